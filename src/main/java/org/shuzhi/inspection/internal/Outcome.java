package org.shuzhi.inspection.internal;

/** The answer to a checklist item. */
enum Outcome {
  PASS,
  FAIL,
  /** Not applicable to this enterprise. */
  NA
}
