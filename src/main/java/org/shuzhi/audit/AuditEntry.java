package org.shuzhi.audit;

import java.util.Objects;

/**
 * One event for the audit trail.
 *
 * <p>{@code before} and {@code after} are serialised to JSON. Properties named like a secret
 * ({@code password}, {@code passwordHash}, {@code totpSecret}, {@code token}, …) are removed before
 * storing (ASVS 16.2.5); personal information such as phone and ID numbers must be passed masked.
 *
 * @param action what happened
 * @param targetType kind of record concerned (e.g. {@code enterprise}), or null
 * @param targetId id of that record, or null
 * @param before state before the change (null for a create)
 * @param after state after the change (null for a delete)
 * @param outcome how it ended; SUCCESS when null
 * @param detail free text (failure reason, request path, …), or null
 * @param actor who did it; null to take the signed-in user (set it for login failures, where nobody
 *     is signed in)
 * @param actorRole role of an explicitly named actor (without {@code ROLE_}), or null
 */
public record AuditEntry(
    AuditAction action,
    String targetType,
    String targetId,
    Object before,
    Object after,
    AuditOutcome outcome,
    String detail,
    String actor,
    String actorRole) {

  public AuditEntry {
    Objects.requireNonNull(action, "action");
    outcome = outcome == null ? AuditOutcome.SUCCESS : outcome;
  }

  /** A successful event with no record concerned (login, logout, …). */
  public static AuditEntry of(AuditAction action) {
    return new AuditEntry(action, null, null, null, null, AuditOutcome.SUCCESS, null, null, null);
  }

  /** A successful change of a record. */
  public static AuditEntry change(
      AuditAction action, String targetType, Object targetId, Object before, Object after) {
    return new AuditEntry(
        action,
        targetType,
        targetId == null ? null : targetId.toString(),
        before,
        after,
        AuditOutcome.SUCCESS,
        null,
        null,
        null);
  }

  public static AuditEntry created(String targetType, Object targetId, Object after) {
    return change(AuditAction.CREATE, targetType, targetId, null, after);
  }

  public static AuditEntry updated(
      String targetType, Object targetId, Object before, Object after) {
    return change(AuditAction.UPDATE, targetType, targetId, before, after);
  }

  public static AuditEntry deleted(String targetType, Object targetId, Object before) {
    return change(AuditAction.DELETE, targetType, targetId, before, null);
  }

  public AuditEntry withOutcome(AuditOutcome newOutcome) {
    return new AuditEntry(
        action, targetType, targetId, before, after, newOutcome, detail, actor, actorRole);
  }

  public AuditEntry withDetail(String newDetail) {
    return new AuditEntry(
        action, targetType, targetId, before, after, outcome, newDetail, actor, actorRole);
  }

  /** Names the actor explicitly instead of taking the signed-in user. */
  public AuditEntry asActor(String newActor, String newActorRole) {
    return new AuditEntry(
        action, targetType, targetId, before, after, outcome, detail, newActor, newActorRole);
  }
}
