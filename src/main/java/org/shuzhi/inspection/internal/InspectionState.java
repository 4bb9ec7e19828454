package org.shuzhi.inspection.internal;

/** Planned (from the monthly plan, not started), in progress, finished (findings reported). */
enum InspectionState {
  PLANNED,
  IN_PROGRESS,
  FINISHED
}
