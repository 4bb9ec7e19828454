package org.shuzhi.warning.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuzhi.warning.WarningColour;
import org.shuzhi.warning.WarningEventType;
import org.shuzhi.warning.WarningStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The warning tables: warnings, the CAP messages sent, history, and received messages. */
@Repository
class WarningRepository {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final String SELECT =
      "SELECT w.*, w.areas::text AS areas_json,"
          + " (SELECT m.identifier FROM warning_message m WHERE m.warning_id = w.id"
          + "  ORDER BY m.id DESC LIMIT 1) AS latest_identifier,"
          + " (SELECT count(*) FROM warning_message m WHERE m.warning_id = w.id) AS message_count"
          + " FROM warning w";

  /** Which drafts a reader sees besides every non-draft warning. */
  record DraftVisibility(boolean all, List<String> towns) {
    static DraftVisibility none() {
      return new DraftVisibility(false, List.of());
    }
  }

  /** List filter; null fields match everything. */
  record Filter(WarningStatus status, WarningColour colour, String townCode) {}

  /** A CAP message as sent. */
  record Message(
      String identifier,
      String sender,
      OffsetDateTime sent,
      String msgType,
      String xml,
      String sentBy) {}

  /** One history entry. */
  record HistoryEntry(
      OffsetDateTime at, String actor, String action, String note, String before, String after) {}

  /** A received CAP message. */
  record Received(
      long id,
      String sender,
      String identifier,
      OffsetDateTime sent,
      String status,
      String msgType,
      String event,
      String severity,
      WarningColour colour,
      String headline,
      String areaDesc,
      String receivedBy,
      OffsetDateTime receivedAt) {}

  private final JdbcClient jdbc;
  private final WarningAreasJson areasJson;

  WarningRepository(JdbcClient jdbc, WarningAreasJson areasJson) {
    this.jdbc = jdbc;
    this.areasJson = areasJson;
  }

  long insert(CheckedWarning w, String actor, Instant at) {
    var c = w.content();
    return jdbc.sql(
            "INSERT INTO warning (status, event_type, colour, headline, description, instruction,"
                + " sender_department, effective, onset, expires, areas, geocodes, town_codes,"
                + " centre_lon, centre_lat, created_by, created_at, updated_by, updated_at)"
                + " VALUES ('DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " RETURNING id")
        .params(
            c.eventType().name(),
            c.colour().name(),
            c.headline(),
            c.description(),
            c.instruction(),
            c.senderDepartment(),
            timestamp(c.effective()),
            timestamp(c.onset()),
            timestamp(c.expires()),
            areasJson.write(c.areas()),
            w.geocodes().toArray(String[]::new),
            w.townCodes().toArray(String[]::new),
            w.centre().lon(),
            w.centre().lat(),
            actor,
            Timestamp.from(at),
            actor,
            Timestamp.from(at))
        .query(Long.class)
        .single();
  }

  void updateContent(long id, CheckedWarning w, String actor, Instant at) {
    var c = w.content();
    jdbc.sql(
            "UPDATE warning SET event_type = ?, colour = ?, headline = ?, description = ?,"
                + " instruction = ?, sender_department = ?, effective = ?, onset = ?, expires = ?,"
                + " areas = ?::jsonb, geocodes = ?, town_codes = ?, centre_lon = ?, centre_lat = ?,"
                + " updated_by = ?, updated_at = ? WHERE id = ?")
        .params(
            c.eventType().name(),
            c.colour().name(),
            c.headline(),
            c.description(),
            c.instruction(),
            c.senderDepartment(),
            timestamp(c.effective()),
            timestamp(c.onset()),
            timestamp(c.expires()),
            areasJson.write(c.areas()),
            w.geocodes().toArray(String[]::new),
            w.townCodes().toArray(String[]::new),
            w.centre().lon(),
            w.centre().lat(),
            actor,
            Timestamp.from(at),
            id)
        .update();
  }

  void setStatus(long id, WarningStatus status, String actor, Instant at) {
    jdbc.sql(
            "UPDATE warning SET status = ?, updated_by = ?, updated_at = ?,"
                + " published_at = CASE WHEN ? = 'PUBLISHED' THEN ? ELSE published_at END,"
                + " cancelled_at = CASE WHEN ? = 'CANCELLED' THEN ? ELSE cancelled_at END"
                + " WHERE id = ?")
        .params(
            status.name(),
            actor,
            Timestamp.from(at),
            status.name(),
            Timestamp.from(at),
            status.name(),
            Timestamp.from(at),
            id)
        .update();
  }

  Optional<WarningRow> find(long id) {
    return jdbc.sql(SELECT + " WHERE w.id = ?").param(id).query(this::row).optional();
  }

  /** The warning, its row locked until the transaction ends. */
  Optional<WarningRow> lock(long id) {
    jdbc.sql("SELECT id FROM warning WHERE id = ? FOR UPDATE").param(id).query().listOfRows();
    return find(id);
  }

  List<WarningRow> search(Filter filter, DraftVisibility drafts, int limit) {
    Map<String, Object> params = new HashMap<>();
    List<String> where = new ArrayList<>();
    where.add(visibility(drafts, params));
    if (filter.status() != null) {
      where.add("w.status = :status");
      params.put("status", filter.status().name());
    }
    if (filter.colour() != null) {
      where.add("w.colour = :colour");
      params.put("colour", filter.colour().name());
    }
    if (filter.townCode() != null) {
      // A district-wide warning concerns every town.
      where.add("(cardinality(w.town_codes) = 0 OR :town = ANY(w.town_codes))");
      params.put("town", filter.townCode());
    }
    params.put("limit", limit);
    return jdbc.sql(
            SELECT
                + " WHERE "
                + String.join(" AND ", where)
                + " ORDER BY w.updated_at DESC, w.id DESC LIMIT :limit")
        .params(params)
        .query(this::row)
        .list();
  }

  /** Published or updated, not expired at {@code now}; newest change first. */
  List<WarningRow> inForce(Instant now) {
    return jdbc.sql(
            SELECT
                + " WHERE w.status IN ('PUBLISHED', 'UPDATED')"
                + " AND (w.expires IS NULL OR w.expires > ?)"
                + " ORDER BY w.updated_at DESC, w.id DESC")
        .param(Timestamp.from(now))
        .query(this::row)
        .list();
  }

  List<Message> messages(long warningId) {
    return jdbc.sql(
            "SELECT identifier, sender, sent, msg_type, xml, sent_by FROM warning_message"
                + " WHERE warning_id = ? ORDER BY id")
        .param(warningId)
        .query(
            (rs, n) ->
                new Message(
                    rs.getString(1),
                    rs.getString(2),
                    time(rs, "sent"),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6)))
        .list();
  }

  void insertMessage(long warningId, Message m) {
    jdbc.sql(
            "INSERT INTO warning_message (warning_id, identifier, sender, sent, msg_type, xml,"
                + " sent_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(
            warningId,
            m.identifier(),
            m.sender(),
            timestamp(m.sent()),
            m.msgType(),
            m.xml(),
            m.sentBy())
        .update();
  }

  /**
   * Serialises identifier allocation until the transaction ends, so two messages of the same unit
   * in the same second get different sequence numbers.
   */
  void lockIdentifiers() {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('warning_message.identifier'))")
        .query()
        .listOfRows();
  }

  /** How many identifiers start with the prefix (the next sequence number). */
  int countWithPrefix(String prefix) {
    return jdbc.sql("SELECT count(*) FROM warning_message WHERE identifier LIKE ?")
        .param(prefix.replace("_", "\\_") + "%")
        .query(Integer.class)
        .single();
  }

  void insertHistory(
      long warningId,
      Instant at,
      String actor,
      String action,
      String note,
      String before,
      String after) {
    jdbc.sql(
            "INSERT INTO warning_history (warning_id, at, actor, action, note, before, after)"
                + " VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)")
        .params(warningId, Timestamp.from(at), actor, action, note, before, after)
        .update();
  }

  List<HistoryEntry> history(long warningId) {
    return jdbc.sql(
            "SELECT at, actor, action, note, before::text, after::text FROM warning_history"
                + " WHERE warning_id = ? ORDER BY id")
        .param(warningId)
        .query(
            (rs, n) ->
                new HistoryEntry(
                    time(rs, "at"),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6)))
        .list();
  }

  /** Stores a received message; false when this sender's identifier was received before. */
  boolean insertReceived(Received r, String xml, String receivedBy, Instant at) {
    return jdbc.sql(
                "INSERT INTO warning_received (sender, identifier, sent, status, msg_type, event,"
                    + " severity, colour, headline, area_desc, xml, received_by, received_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (sender, identifier) DO NOTHING")
            .params(
                r.sender(),
                r.identifier(),
                timestamp(r.sent()),
                r.status(),
                r.msgType(),
                r.event(),
                r.severity(),
                r.colour() == null ? null : r.colour().name(),
                r.headline(),
                r.areaDesc(),
                xml,
                receivedBy,
                Timestamp.from(at))
            .update()
        == 1;
  }

  Optional<Received> received(String sender, String identifier) {
    return jdbc.sql("SELECT * FROM warning_received WHERE sender = ? AND identifier = ?")
        .params(sender, identifier)
        .query(WarningRepository::received)
        .optional();
  }

  List<Received> receivedLatest(int limit) {
    return jdbc.sql("SELECT * FROM warning_received ORDER BY received_at DESC, id DESC LIMIT ?")
        .param(limit)
        .query(WarningRepository::received)
        .list();
  }

  private static Received received(ResultSet rs, int n) throws SQLException {
    String colour = rs.getString("colour");
    return new Received(
        rs.getLong("id"),
        rs.getString("sender"),
        rs.getString("identifier"),
        time(rs, "sent"),
        rs.getString("status"),
        rs.getString("msg_type"),
        rs.getString("event"),
        rs.getString("severity"),
        colour == null ? null : WarningColour.valueOf(colour),
        rs.getString("headline"),
        rs.getString("area_desc"),
        rs.getString("received_by"),
        time(rs, "received_at"));
  }

  private static String visibility(DraftVisibility drafts, Map<String, Object> params) {
    if (drafts.all()) {
      return "TRUE";
    }
    if (drafts.towns().isEmpty()) {
      return "w.status <> 'DRAFT'";
    }
    params.put("draftTowns", drafts.towns().toArray(String[]::new));
    return "(w.status <> 'DRAFT' OR w.town_codes && CAST(:draftTowns AS text[]))";
  }

  private WarningRow row(ResultSet rs, int n) throws SQLException {
    return new WarningRow(
        rs.getLong("id"),
        WarningStatus.valueOf(rs.getString("status")),
        WarningEventType.valueOf(rs.getString("event_type")),
        WarningColour.valueOf(rs.getString("colour")),
        rs.getString("headline"),
        rs.getString("description"),
        rs.getString("instruction"),
        rs.getString("sender_department"),
        time(rs, "effective"),
        time(rs, "onset"),
        time(rs, "expires"),
        areasJson.read(rs.getString("areas_json")),
        strings(rs.getArray("geocodes")),
        strings(rs.getArray("town_codes")),
        rs.getString("created_by"),
        time(rs, "created_at"),
        rs.getString("updated_by"),
        time(rs, "updated_at"),
        time(rs, "published_at"),
        time(rs, "cancelled_at"),
        rs.getString("latest_identifier"),
        rs.getInt("message_count"));
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant().atZone(ZONE).toOffsetDateTime();
  }

  private static Timestamp timestamp(OffsetDateTime t) {
    return t == null ? null : Timestamp.from(t.toInstant());
  }
}
