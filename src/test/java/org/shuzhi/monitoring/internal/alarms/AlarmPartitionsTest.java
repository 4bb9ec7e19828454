package org.shuzhi.monitoring.internal.alarms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Every node must put a device in the same partition, whatever JVM or version it runs: the hash
 * builds on {@link String#hashCode()}, whose formula the language fixes, so these worked examples
 * hold everywhere; and sequential device codes spread evenly enough over the partitions.
 */
class AlarmPartitionsTest {

  @Test
  void aDeviceCodeHasTheSamePartitionOnEveryNode() {
    assertThat(AlarmPartitions.hash("DEMO-GAS-0001", 64)).isEqualTo(36);
    assertThat(AlarmPartitions.hash("DEMO-WL-0042", 64)).isEqualTo(6);
    assertThat(AlarmPartitions.hash("", 64)).isZero();
  }

  @Test
  void sequentialCodesSpreadOverThePartitions() {
    int[] counts = new int[64];
    for (int i = 0; i < 10_000; i++) {
      counts[AlarmPartitions.hash(String.format("330109-GAS-%05d", i), 64)]++;
    }
    // 156 per partition on average; none empty, none with twice its share.
    assertThat(Arrays.stream(counts).min().orElseThrow()).isGreaterThanOrEqualTo(100);
    assertThat(Arrays.stream(counts).max().orElseThrow()).isLessThanOrEqualTo(220);
  }

  @Test
  void everyPartitionIsWithinTheCount() {
    for (int count : new int[] {1, 7, 64, 100}) {
      for (int i = 0; i < 1000; i++) {
        assertThat(AlarmPartitions.hash("D-" + i, count)).isBetween(0, count - 1);
      }
    }
  }
}
