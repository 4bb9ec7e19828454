package org.shuzhi.monitoring.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.monitoring.Device;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Rainfall sums over the last 1/3/6/12 hours for many rain gauges in one query. */
@Component
class RainfallQueries {

  private final JdbcClient jdbc;

  RainfallQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Sums by device id for gauges with a {@code rainfall} channel; the others are absent. */
  Map<Long, RainSums> sums(List<Device> gauges, Instant now) {
    List<Device> withChannel =
        gauges.stream().filter(g -> g.channel("rainfall").isPresent()).toList();
    Map<Long, RainSums> sums = new HashMap<>();
    if (withChannel.isEmpty()) {
      return sums;
    }
    Long[] ids = withChannel.stream().map(Device::id).toArray(Long[]::new);
    Integer[] channels =
        withChannel.stream()
            .map(g -> g.channel("rainfall").orElseThrow().no())
            .toArray(Integer[]::new);
    jdbc.sql(
            "SELECT r.device_id,"
                + " coalesce(sum(r.value) FILTER (WHERE r.ts >= :h1), 0),"
                + " coalesce(sum(r.value) FILTER (WHERE r.ts >= :h3), 0),"
                + " coalesce(sum(r.value) FILTER (WHERE r.ts >= :h6), 0),"
                + " coalesce(sum(r.value), 0)"
                + " FROM monitoring_reading r"
                + " JOIN unnest(CAST(:ids AS BIGINT[]), CAST(:channels AS INT[])) AS g(d, c)"
                + " ON r.device_id = g.d AND r.channel = g.c"
                + " WHERE r.ts >= :h12 AND r.ts <= :now GROUP BY r.device_id")
        .param("ids", ids)
        .param("channels", channels)
        .param("h1", Timestamp.from(now.minus(Duration.ofHours(1))))
        .param("h3", Timestamp.from(now.minus(Duration.ofHours(3))))
        .param("h6", Timestamp.from(now.minus(Duration.ofHours(6))))
        .param("h12", Timestamp.from(now.minus(Duration.ofHours(12))))
        .param("now", Timestamp.from(now))
        .query(
            rs -> {
              sums.put(
                  rs.getLong(1),
                  new RainSums(rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5)));
            });
    for (Long id : ids) {
      sums.putIfAbsent(id, new RainSums(0, 0, 0, 0));
    }
    return sums;
  }
}
