package org.shuzhi.monitoring.internal.ingest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the readings table's day partitions (UTC days): creates today's and the next {@code
 * partitionsAhead} days', and drops partitions entirely older than the retention. Runs at start and
 * then every {@code maintenanceInterval}; a transaction-scoped advisory lock lets one node do it at
 * a time. A day whose readings already sit in the default partition (the job did not run in time)
 * gets its partition with those rows moved in, in one transaction.
 */
@Component
class PartitionMaintenance {

  private static final Logger log = LoggerFactory.getLogger(PartitionMaintenance.class);
  private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final String PREFIX = "monitoring_reading_p";

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final TelemetryProperties settings;

  PartitionMaintenance(
      JdbcClient jdbc,
      TransactionTemplate transactions,
      Clock clock,
      TelemetryProperties settings) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.clock = clock;
    this.settings = settings;
  }

  @Scheduled(initialDelay = 0, fixedDelayString = "${shuzhi.telemetry.maintenance-interval:PT1H}")
  void run() {
    try {
      maintain();
    } catch (RuntimeException e) {
      log.error("Telemetry partition maintenance failed; readings go to the default partition", e);
    }
  }

  /** Returns the names of the partitions created and dropped. */
  Result maintain() {
    return transactions.execute(
        tx -> {
          boolean locked =
              jdbc.sql(
                      "SELECT pg_try_advisory_xact_lock(hashtext('monitoring_reading_partitions'))")
                  .query(Boolean.class)
                  .single();
          if (!locked) {
            return new Result(List.of(), List.of());
          }
          LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
          List<String> existing =
              jdbc.sql(
                      "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
                          + " JOIN pg_class p ON p.oid = i.inhparent"
                          + " WHERE p.relname = 'monitoring_reading' AND c.relname LIKE ?")
                  .param(PREFIX + "%")
                  .query(String.class)
                  .list();
          List<String> created = new ArrayList<>();
          for (int d = 0; d <= settings.partitionsAhead(); d++) {
            LocalDate day = today.plusDays(d);
            String name = PREFIX + SUFFIX.format(day);
            if (!existing.contains(name)) {
              create(name, day);
              created.add(name);
            }
          }
          LocalDate cutoff =
              LocalDate.ofInstant(clock.instant().minus(settings.retention()), ZoneOffset.UTC);
          List<String> dropped = new ArrayList<>();
          for (String name : existing) {
            LocalDate day = LocalDate.parse(name.substring(PREFIX.length()), SUFFIX);
            if (day.plusDays(1).isBefore(cutoff) || day.plusDays(1).isEqual(cutoff)) {
              jdbc.sql("DROP TABLE " + name).update();
              dropped.add(name);
            }
          }
          int stale =
              jdbc.sql("DELETE FROM monitoring_reading_default WHERE ts < ?")
                  .param(java.sql.Timestamp.from(cutoff.atStartOfDay(ZoneOffset.UTC).toInstant()))
                  .update();
          if (!created.isEmpty() || !dropped.isEmpty() || stale > 0) {
            log.info(
                "Telemetry partitions: created {}, dropped {}, {} stale rows removed",
                created,
                dropped,
                stale);
          }
          return new Result(created, dropped);
        });
  }

  private void create(String name, LocalDate day) {
    String from = day.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    String to = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    // Names and bounds come from dates formatted here, never from input.
    jdbc.sql(
            "CREATE TABLE "
                + name
                + " (LIKE monitoring_reading INCLUDING DEFAULTS INCLUDING CONSTRAINTS)")
        .update();
    jdbc.sql(
            "WITH moved AS (DELETE FROM monitoring_reading_default WHERE ts >= '"
                + from
                + "' AND ts < '"
                + to
                + "' RETURNING *) INSERT INTO "
                + name
                + " SELECT * FROM moved")
        .update();
    jdbc.sql(
            "ALTER TABLE monitoring_reading ATTACH PARTITION "
                + name
                + " FOR VALUES FROM ('"
                + from
                + "') TO ('"
                + to
                + "')")
        .update();
  }

  record Result(List<String> created, List<String> dropped) {}
}
