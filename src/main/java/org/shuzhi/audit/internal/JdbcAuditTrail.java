package org.shuzhi.audit.internal;

import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Inserts audit rows; the table itself refuses every other change (see V4_0__audit.sql). */
@Service
class JdbcAuditTrail implements AuditTrail {

  /**
   * Caps on caller- and attacker-controlled text (a login failure stores whatever was typed as the
   * user name), so that one request cannot bloat the trail.
   */
  private static final int MAX_NAME = 200;

  private static final int MAX_DETAIL = 2000;

  private final JdbcClient jdbc;
  private final AuditContext context;
  private final AuditStateSerializer serializer;

  JdbcAuditTrail(JdbcClient jdbc, AuditContext context, AuditStateSerializer serializer) {
    this.jdbc = jdbc;
    this.context = context;
    this.serializer = serializer;
  }

  @Override
  @Transactional
  public void record(AuditEntry entry) {
    insert(entry);
  }

  @Override
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordIndependently(AuditEntry entry) {
    insert(entry);
  }

  private void insert(AuditEntry entry) {
    AuditActor actor =
        entry.actor() != null
            ? new AuditActor(entry.actor(), entry.actorRole())
            : context.currentActor();
    // clock_timestamp(), not the column default now(): now() is the start of the transaction,
    // while the event happens at this statement.
    jdbc.sql(
            """
            INSERT INTO audit_event (occurred_at, actor, actor_role, action, target_type,
                                     target_id, before_state, after_state, outcome, client_ip,
                                     detail)
            VALUES (clock_timestamp(), :actor, :role, :action, :targetType, :targetId,
                    CAST(:before AS jsonb), CAST(:after AS jsonb), :outcome, :ip, :detail)
            """)
        .param("actor", cap(actor.name(), MAX_NAME))
        .param("role", cap(actor.role(), MAX_NAME))
        .param("action", entry.action().name())
        .param("targetType", cap(entry.targetType(), MAX_NAME))
        .param("targetId", cap(entry.targetId(), MAX_NAME))
        .param("before", serializer.toJson(entry.before()))
        .param("after", serializer.toJson(entry.after()))
        .param("outcome", entry.outcome().name())
        .param("ip", context.clientIp())
        .param("detail", cap(entry.detail(), MAX_DETAIL))
        .update();
  }

  private static String cap(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max) + "…";
  }
}
