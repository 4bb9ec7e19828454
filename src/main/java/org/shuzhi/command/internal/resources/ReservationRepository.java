package org.shuzhi.command.internal.resources;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The command_reservation ledger. */
@Repository
class ReservationRepository {

  enum Kind {
    SUPPLY,
    SHELTER,
    TEAM
  }

  record Reservation(
      long id, Kind kind, long recordId, long quantity, String reference, boolean released) {}

  private final JdbcClient jdbc;

  ReservationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(Kind kind, long recordId, long quantity, String reference, String actor, Instant at) {
    return jdbc.sql(
            "INSERT INTO command_reservation (kind, record_id, quantity, reference, created_at,"
                + " created_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
        .param(kind.name())
        .param(recordId)
        .param(quantity)
        .param(reference)
        .param(Timestamp.from(at))
        .param(actor)
        .query(Long.class)
        .single();
  }

  Optional<Reservation> lock(long id) {
    return jdbc.sql(
            "SELECT id, kind, record_id, quantity, reference, released_at IS NOT NULL"
                + " FROM command_reservation WHERE id = ? FOR UPDATE")
        .param(id)
        .query(
            (rs, n) ->
                new Reservation(
                    rs.getLong(1),
                    Kind.valueOf(rs.getString(2)),
                    rs.getLong(3),
                    rs.getLong(4),
                    rs.getString(5),
                    rs.getBoolean(6)))
        .optional();
  }

  void consumed(long id, long used, String actor, Instant at) {
    jdbc.sql(
            "UPDATE command_reservation SET released_at = ?, released_by = ?, consumed = ?"
                + " WHERE id = ?")
        .param(Timestamp.from(at))
        .param(actor)
        .param(used)
        .param(id)
        .update();
  }

  void release(long id, String actor, Instant at) {
    jdbc.sql("UPDATE command_reservation SET released_at = ?, released_by = ? WHERE id = ?")
        .param(Timestamp.from(at))
        .param(actor)
        .param(id)
        .update();
  }
}
