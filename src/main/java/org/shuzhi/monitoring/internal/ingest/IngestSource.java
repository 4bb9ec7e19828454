package org.shuzhi.monitoring.internal.ingest;

/** The entry path of a message. */
public enum IngestSource {
  MQTT,
  HTTP
}
