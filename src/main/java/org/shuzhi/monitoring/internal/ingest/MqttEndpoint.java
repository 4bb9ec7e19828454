package org.shuzhi.monitoring.internal.ingest;

/** Where devices reach this node's embedded broker (the simulator, tests and benchmarks use it). */
public interface MqttEndpoint {

  /** The TCP port the embedded broker listens on; -1 when none runs (external broker). */
  int port();
}
