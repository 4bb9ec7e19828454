package org.shuzhi.monitoring.internal.ingest;

import java.time.Instant;

/**
 * A message admitted to the buffer: its readings, or the dead letter it becomes, and who to tell
 * once it is committed.
 */
record Pending(
    ParsedMessage message, DeadLetter deadLetter, Acknowledgement ack, Instant receivedAt) {

  int values() {
    return message == null ? 0 : message.size();
  }

  /** A refused message as stored: the payload's start only. */
  record DeadLetter(
      IngestSource source,
      String deviceCode,
      Long deviceId,
      DeadLetterReason reason,
      String detail,
      int payloadSize,
      String payload) {}
}
