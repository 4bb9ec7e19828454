package org.shuzhi.monitoring.internal.ingest;

/** A message refused with a reason and a technical detail (for the dead-letter page). */
final class Rejection extends Exception {

  private final DeadLetterReason reason;

  Rejection(DeadLetterReason reason, String detail) {
    super(detail, null, false, false);
    this.reason = reason;
  }

  DeadLetterReason reason() {
    return reason;
  }

  String detail() {
    return getMessage();
  }
}
