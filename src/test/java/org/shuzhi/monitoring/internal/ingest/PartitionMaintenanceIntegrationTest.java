package org.shuzhi.monitoring.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Day partitions are created ahead, rows that fell into the default partition move into the
 * partition created for their day, and partitions past the retention are dropped. Runs in 1990 so
 * it never touches the partitions other tests write to.
 */
class PartitionMaintenanceIntegrationTest extends IntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  PartitionMaintenance at(String instant, Duration retention) {
    return new PartitionMaintenance(
        jdbc,
        transactions,
        Clock.fixed(Instant.parse(instant), ZoneOffset.UTC),
        new TelemetryProperties(null, 0, null, 0, 0, 0, 0, 0, retention, 7, null, null, 1));
  }

  @AfterEach
  void dropTestPartitions() {
    for (String name :
        jdbc.sql(
                "SELECT relname FROM pg_class WHERE relkind = 'r' AND relname LIKE 'monitoring_reading_p1990%'")
            .query(String.class)
            .list()) {
      jdbc.sql("DROP TABLE " + name).update();
    }
    jdbc.sql("DELETE FROM monitoring_reading_default WHERE device_id = -1990").update();
  }

  @Test
  void createsAheadMovesStrayRowsAndDropsExpiredPartitions() {
    jdbc.sql(
            "INSERT INTO monitoring_reading (device_id, channel, ts, seq, value)"
                + " VALUES (-1990, 1, '1990-01-12T06:00:00Z', 1, 2.5)")
        .update();
    assertThat(partitionOf()).isEqualTo("monitoring_reading_default");

    var first = at("1990-01-10T12:00:00Z", Duration.ofDays(400)).maintain();
    assertThat(first.created())
        .contains("monitoring_reading_p19900110", "monitoring_reading_p19900117")
        .hasSize(8);
    assertThat(partitionOf()).isEqualTo("monitoring_reading_p19900112");

    var second = at("1990-01-20T12:00:00Z", Duration.ofDays(5)).maintain();
    assertThat(second.dropped())
        .containsExactlyInAnyOrder(
            "monitoring_reading_p19900110",
            "monitoring_reading_p19900111",
            "monitoring_reading_p19900112",
            "monitoring_reading_p19900113",
            "monitoring_reading_p19900114");
    assertThat(second.created()).contains("monitoring_reading_p19900120");
    assertThat(
            jdbc.sql("SELECT count(*) FROM monitoring_reading WHERE device_id = -1990")
                .query(Long.class)
                .single())
        .isZero();
    List<String> today =
        jdbc.sql(
                "SELECT relname FROM pg_class WHERE relname = 'monitoring_reading_p'"
                    + " || to_char(now() AT TIME ZONE 'UTC', 'YYYYMMDD')")
            .query(String.class)
            .list();
    assertThat(today).as("today's partition is untouched").hasSize(1);
  }

  private String partitionOf() {
    return jdbc.sql(
            "SELECT tableoid::regclass::text FROM monitoring_reading WHERE device_id = -1990")
        .query(String.class)
        .single();
  }
}
