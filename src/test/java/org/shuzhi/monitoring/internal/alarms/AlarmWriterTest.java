package org.shuzhi.monitoring.internal.alarms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.shuzhi.monitoring.AlarmSeverity;
import org.shuzhi.monitoring.internal.rules.AlarmDecision;
import org.shuzhi.monitoring.internal.rules.AlarmReason;
import org.shuzhi.monitoring.internal.rules.DecisionKind;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.UncategorizedSQLException;

/**
 * The writer keeps decisions through passing failures, in order, and gives up only a poison one.
 */
class AlarmWriterTest {

  static AlarmDecision decision(String device) {
    return new AlarmDecision(
        DecisionKind.RAISE,
        "R",
        device,
        AlarmSeverity.RED,
        1,
        Instant.parse("2025-07-01T00:00:00Z"),
        new AlarmReason(List.of()));
  }

  @Test
  void passingFailuresAreRetriedAndTheOrderIsKept() {
    List<String> written = new ArrayList<>();
    AtomicInteger failures = new AtomicInteger(3);
    AlarmWriter writer =
        new AlarmWriter(
            batch -> {
              if (failures.getAndDecrement() > 0) {
                // SQLSTATE 08006: connection failure.
                throw new UncategorizedSQLException(
                    "write", "INSERT", new SQLException("connection lost", "08006"));
              }
              batch.forEach(d -> written.add(d.deviceCode()));
            },
            2,
            100);
    writer.start();
    try {
      writer.submit(List.of(decision("A"), decision("B"), decision("C"), decision("D")));
      await().atMost(Duration.ofSeconds(10)).until(() -> writer.pending() == 0);
      assertThat(written).containsExactly("A", "B", "C", "D");
      assertThat(writer.retries()).isEqualTo(3);
      assertThat(writer.givenUp()).isZero();
    } finally {
      writer.stop(Duration.ofSeconds(1));
    }
  }

  @Test
  void aDecisionThatFailsOnItsOwnIsGivenUpAndTheOthersAreWritten() {
    List<String> written = new ArrayList<>();
    AlarmWriter writer =
        new AlarmWriter(
            batch -> {
              if (batch.stream().anyMatch(d -> d.deviceCode().equals("POISON"))) {
                throw new DataIntegrityViolationException("check constraint");
              }
              batch.forEach(d -> written.add(d.deviceCode()));
            },
            10,
            100);
    writer.start();
    try {
      writer.submit(List.of(decision("A"), decision("POISON"), decision("B")));
      await().atMost(Duration.ofSeconds(10)).until(() -> writer.pending() == 0);
      assertThat(written).containsExactly("A", "B");
      assertThat(writer.givenUp()).isEqualTo(1);
    } finally {
      writer.stop(Duration.ofSeconds(1));
    }
  }
}
