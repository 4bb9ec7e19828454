package org.shuzhi.monitoring.internal.ingest;

/** Why ingestion refused a message. Stored by name in {@code monitoring_dead_letter.reason}. */
public enum DeadLetterReason {
  /** Not JSON, or JSON of the wrong shape (missing ts or values, wrong types). */
  BAD_PAYLOAD,
  /** No device has this code (possible on an external broker, which authenticates on its own). */
  UNKNOWN_DEVICE,
  /** The device is registered but disabled. */
  DEVICE_DISABLED,
  /** A value names a channel the device does not have. */
  UNKNOWN_CHANNEL,
  /** A value is not a finite number (text, null, NaN, Infinity). */
  NOT_A_NUMBER,
  /** A timestamp lies further in the future than the configured tolerance. */
  TS_IN_FUTURE,
  /** A timestamp lies before the retention period: it would be dropped at once. */
  TS_TOO_OLD,
  /** The payload exceeds the size limit. */
  TOO_LARGE,
  /** More readings in one message than allowed. */
  TOO_MANY_READINGS,
  /** The device sends faster than its rate limit. */
  RATE_EXCEEDED
}
