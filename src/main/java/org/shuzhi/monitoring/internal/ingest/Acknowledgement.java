package org.shuzhi.monitoring.internal.ingest;

/**
 * How an entry path learns the fate of a message it handed to the pipeline: called once, after the
 * transaction holding its readings (or its dead letter) committed, or when the platform stops
 * before that (then the message must not be acknowledged: the broker or client sends it again).
 */
public interface Acknowledgement {

  void completed(Outcome outcome);

  default void abandoned() {}

  /**
   * @param rejected the reason when the message was dead-lettered, else null
   * @param detail the technical detail of a rejection
   * @param values channel values stored (duplicates included)
   */
  record Outcome(DeadLetterReason rejected, String detail, int values) {
    public boolean stored() {
      return rejected == null;
    }
  }
}
