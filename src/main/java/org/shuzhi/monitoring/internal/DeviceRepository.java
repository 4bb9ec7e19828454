package org.shuzhi.monitoring.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.ScopeColumns;
import org.shuzhi.monitoring.Channel;
import org.shuzhi.monitoring.DeviceDraft;
import org.shuzhi.monitoring.DeviceKind;
import org.shuzhi.monitoring.DeviceTargetKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Devices and their channels in {@code monitoring_device} / {@code monitoring_channel}. */
@Repository
class DeviceRepository {

  static final ScopeColumns SCOPE =
      new ScopeColumns("d.town_code", "d.grid_id", "d.enterprise_uscc");

  private static final String COLUMNS =
      "d.id, d.code, d.name, d.kind, d.target_kind, d.target_id, d.target_name, d.enterprise_uscc,"
          + " d.lon, d.lat, d.town_code, d.grid_id, d.token_hash, d.enabled, d.synthetic,"
          + " d.updated_at, d.updated_by, d.version";

  private final JdbcClient jdbc;

  DeviceRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<DeviceRow> all() {
    return withChannels(
        jdbc.sql("SELECT " + COLUMNS + " FROM monitoring_device d ORDER BY d.id")
            .query(DeviceRepository::row)
            .list());
  }

  Optional<DeviceRow> find(long id, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    params.put("id", id);
    String where = SCOPE.predicate(scope, params);
    return withChannels(
            jdbc.sql(
                    "SELECT " + COLUMNS + " FROM monitoring_device d WHERE d.id = :id AND " + where)
                .params(params)
                .query(DeviceRepository::row)
                .list())
        .stream()
        .findFirst();
  }

  Optional<DeviceRow> find(long id) {
    return find(id, DataScope.district());
  }

  boolean codeTaken(String code, Long exceptId) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM monitoring_device WHERE lower(code) = lower(?)"
                + " AND id <> ?)")
        .param(code)
        .param(exceptId == null ? -1L : exceptId)
        .query(Boolean.class)
        .single();
  }

  DevicePage search(DeviceQuery q, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    String where = where(q, scope, params);
    long total =
        jdbc.sql("SELECT count(*) FROM monitoring_device d WHERE " + where)
            .params(params)
            .query(Long.class)
            .single();
    params.put("limit", q.size());
    params.put("offset", (long) q.page() * q.size());
    List<DeviceRow> rows =
        withChannels(
            jdbc.sql(
                    "SELECT "
                        + COLUMNS
                        + " FROM monitoring_device d WHERE "
                        + where
                        + " ORDER BY d.code LIMIT :limit OFFSET :offset")
                .params(params)
                .query(DeviceRepository::row)
                .list());
    return new DevicePage(rows, total, q);
  }

  void forEach(DeviceQuery q, DataScope scope, Consumer<DeviceRow> consumer) {
    Map<String, Object> params = new HashMap<>();
    String where = where(q, scope, params);
    withChannels(
            jdbc.sql(
                    "SELECT "
                        + COLUMNS
                        + " FROM monitoring_device d WHERE "
                        + where
                        + " ORDER BY d.code")
                .params(params)
                .query(DeviceRepository::row)
                .list())
        .forEach(consumer);
  }

  private static String where(DeviceQuery q, DataScope scope, Map<String, Object> params) {
    StringBuilder where = new StringBuilder(SCOPE.predicate(scope, params));
    if (q.townCode() != null) {
      where.append(" AND d.town_code = :town");
      params.put("town", q.townCode());
    }
    if (q.kind() != null) {
      where.append(" AND d.kind = :kind");
      params.put("kind", q.kind().name());
    }
    if (q.targetKind() != null) {
      where.append(" AND d.target_kind = :targetKind");
      params.put("targetKind", q.targetKind().name());
    }
    if (q.text() != null) {
      where.append(" AND (d.code ILIKE :text OR d.name ILIKE :text)");
      params.put("text", "%" + q.text().replace("%", "\\%").replace("_", "\\_") + "%");
    }
    return where.toString();
  }

  long insert(ValidDevice v, String tokenHash, String actor, Instant now) {
    long id =
        jdbc.sql(
                "INSERT INTO monitoring_device (code, name, kind, target_kind, target_id, target_name,"
                    + " enterprise_uscc, lon, lat, town_code, grid_id, token_hash, enabled, synthetic,"
                    + " created_at, created_by, updated_at, updated_by)"
                    + " VALUES (:code, :name, :kind, :targetKind, :targetId, :targetName, :uscc, :lon,"
                    + " :lat, :town, :grid, :hash, :enabled, :synthetic, :now, :actor, :now, :actor)"
                    + " RETURNING id")
            .params(values(v))
            .param("hash", tokenHash)
            .param("now", Timestamp.from(now))
            .param("actor", actor)
            .query(Long.class)
            .single();
    replaceChannels(id, v.channels());
    return id;
  }

  boolean update(long id, int version, ValidDevice v, String actor, Instant now) {
    int n =
        jdbc.sql(
                "UPDATE monitoring_device SET code = :code, name = :name, kind = :kind,"
                    + " target_kind = :targetKind, target_id = :targetId, target_name = :targetName,"
                    + " enterprise_uscc = :uscc, lon = :lon, lat = :lat, town_code = :town,"
                    + " grid_id = :grid, enabled = :enabled, updated_at = :now, updated_by = :actor,"
                    + " version = version + 1 WHERE id = :id AND version = :version")
            .params(values(v))
            .param("now", Timestamp.from(now))
            .param("actor", actor)
            .param("id", id)
            .param("version", version)
            .update();
    if (n == 1) {
      replaceChannels(id, v.channels());
    }
    return n == 1;
  }

  void setToken(long id, String tokenHash, String actor, Instant now) {
    jdbc.sql(
            "UPDATE monitoring_device SET token_hash = ?, updated_at = ?, updated_by = ?,"
                + " version = version + 1 WHERE id = ?")
        .param(tokenHash)
        .param(Timestamp.from(now))
        .param(actor)
        .param(id)
        .update();
  }

  void delete(long id) {
    jdbc.sql("DELETE FROM monitoring_device WHERE id = ?").param(id).update();
  }

  /**
   * Keeps the numbers of channels whose names stay, numbers new channels from the device's counter
   * and removes the rest (their stored readings keep their number, never given to another name).
   */
  private void replaceChannels(long deviceId, List<DeviceDraft.ChannelDraft> channels) {
    Map<String, Integer> existing = new HashMap<>();
    jdbc.sql("SELECT name, no FROM monitoring_channel WHERE device_id = ?")
        .param(deviceId)
        .query((rs, n) -> existing.put(rs.getString(1), rs.getInt(2)))
        .list();
    List<String> names = channels.stream().map(DeviceDraft.ChannelDraft::name).toList();
    for (var e : existing.entrySet()) {
      if (!names.contains(e.getKey())) {
        jdbc.sql("DELETE FROM monitoring_channel WHERE device_id = ? AND no = ?")
            .param(deviceId)
            .param(e.getValue())
            .update();
      }
    }
    for (DeviceDraft.ChannelDraft c : channels) {
      Integer no = existing.get(c.name());
      if (no != null) {
        jdbc.sql("UPDATE monitoring_channel SET unit = ? WHERE device_id = ? AND no = ?")
            .param(c.unit())
            .param(deviceId)
            .param(no)
            .update();
      } else {
        jdbc.sql(
                "WITH n AS (UPDATE monitoring_device SET next_channel = next_channel + 1"
                    + " WHERE id = ? RETURNING next_channel - 1 AS no)"
                    + " INSERT INTO monitoring_channel (device_id, no, name, unit)"
                    + " SELECT ?, n.no, ?, ? FROM n")
            .param(deviceId)
            .param(deviceId)
            .param(c.name())
            .param(c.unit())
            .update();
      }
    }
  }

  private List<DeviceRow> withChannels(List<DeviceRow> rows) {
    if (rows.isEmpty()) {
      return rows;
    }
    Map<Long, List<Channel>> channels = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT device_id, no, name, unit FROM monitoring_channel WHERE device_id = ANY(?)"
                + " ORDER BY device_id, no")
        .param(rows.stream().map(DeviceRow::id).toArray(Long[]::new))
        .query(
            (rs, n) ->
                channels
                    .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new Channel(rs.getInt(2), rs.getString(3), rs.getString(4))))
        .list();
    return rows.stream()
        .map(
            r ->
                new DeviceRow(
                    r.id(),
                    r.code(),
                    r.name(),
                    r.kind(),
                    channels.getOrDefault(r.id(), List.of()),
                    r.targetKind(),
                    r.targetId(),
                    r.targetName(),
                    r.enterpriseUscc(),
                    r.lon(),
                    r.lat(),
                    r.townCode(),
                    r.gridId(),
                    r.tokenHash(),
                    r.enabled(),
                    r.synthetic(),
                    r.updatedAt(),
                    r.updatedBy(),
                    r.version()))
        .toList();
  }

  private static Map<String, Object> values(ValidDevice v) {
    Map<String, Object> m = new HashMap<>();
    m.put("code", v.code());
    m.put("name", v.name());
    m.put("kind", v.kind().name());
    m.put("targetKind", v.targetKind().name());
    m.put("targetId", v.targetId());
    m.put("targetName", v.targetName());
    m.put("uscc", v.enterpriseUscc());
    m.put("lon", v.lon());
    m.put("lat", v.lat());
    m.put("town", v.townCode());
    m.put("grid", v.gridId());
    m.put("enabled", v.enabled());
    m.put("synthetic", v.synthetic());
    return m;
  }

  private static DeviceRow row(ResultSet rs, int n) throws SQLException {
    return new DeviceRow(
        rs.getLong("id"),
        rs.getString("code"),
        rs.getString("name"),
        DeviceKind.valueOf(rs.getString("kind")),
        List.of(),
        DeviceTargetKind.valueOf(rs.getString("target_kind")),
        rs.getLong("target_id"),
        rs.getString("target_name"),
        rs.getString("enterprise_uscc"),
        rs.getDouble("lon"),
        rs.getDouble("lat"),
        rs.getString("town_code"),
        (Long) rs.getObject("grid_id"),
        rs.getString("token_hash"),
        rs.getBoolean("enabled"),
        rs.getBoolean("synthetic"),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("updated_by"),
        rs.getInt("version"));
  }
}
