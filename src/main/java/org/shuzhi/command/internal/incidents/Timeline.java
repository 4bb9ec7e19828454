package org.shuzhi.command.internal.incidents;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only timeline of an incident ({@code command_incident_event}; the database refuses
 * UPDATE and DELETE). Entries are written in the caller's transaction, so an action and its entry
 * commit or roll back together. The stored message is the Chinese text of {@code
 * incident.timeline.<KIND>} with the entry's arguments (kept in the detail for other languages).
 */
@Component
class Timeline {

  /** What an entry records. */
  enum Kind {
    REPORTED,
    OPENED_FROM_ALARM,
    STATUS,
    LEVEL,
    MESSAGE,
    DISPATCH,
    SUPPLIES,
    SHELTER,
    TASK_CREATED,
    TASK_STATUS,
    NOTIFIED,
    RESPONSE_CONFIRMED,
    CONSUMED,
    RELEASED,
    WARNING_DRAFTED,
    CLOSED
  }

  private final JdbcClient jdbc;
  private final MessageSource messages;
  private final JsonMapper json = JsonMapper.builder().build();

  Timeline(JdbcClient jdbc, MessageSource messages) {
    this.jdbc = jdbc;
    this.messages = messages;
  }

  /** Appends an entry; {@code args} fill the kind's message, {@code extra} is kept as detail. */
  void append(
      long incidentId,
      Kind kind,
      List<Object> args,
      Map<String, Object> extra,
      String actor,
      Instant at) {
    String text =
        kind == Kind.MESSAGE
            ? String.valueOf(args.get(0))
            : messages.getMessage(
                "incident.timeline." + kind.name(), args.toArray(), java.util.Locale.CHINA);
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("args", args.stream().map(String::valueOf).toList());
    if (extra != null) {
      detail.putAll(extra);
    }
    jdbc.sql(
            "INSERT INTO command_incident_event (incident_id, kind, message, detail, at, actor)"
                + " VALUES (?, ?, ?, ?::jsonb, ?, ?)")
        .param(incidentId)
        .param(kind.name())
        .param(text)
        .param(json.writeValueAsString(detail))
        .param(Timestamp.from(at))
        .param(actor)
        .update();
  }

  /** The incident's entries, oldest first. */
  List<TimelineEntry> of(long incidentId) {
    return jdbc.sql(
            "SELECT id, kind, message, detail::text, at, actor FROM command_incident_event"
                + " WHERE incident_id = ? ORDER BY id")
        .param(incidentId)
        .query(
            (rs, n) ->
                new TimelineEntry(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getTimestamp(5).toInstant(),
                    rs.getString(6)))
        .list();
  }

  /** The entry's text in a language: the kind's message with the stored arguments. */
  String text(TimelineEntry entry, java.util.Locale locale) {
    if (Kind.MESSAGE.name().equals(entry.kind()) || entry.detail() == null) {
      return entry.message();
    }
    try {
      var node = json.readTree(entry.detail()).get("args");
      Object[] args = new Object[node == null ? 0 : node.size()];
      for (int i = 0; i < args.length; i++) {
        args[i] = node.get(i).asString();
      }
      return messages.getMessage(
          "incident.timeline." + entry.kind(), args, entry.message(), locale);
    } catch (RuntimeException e) {
      return entry.message();
    }
  }
}
