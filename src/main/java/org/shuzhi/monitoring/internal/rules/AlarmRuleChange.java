package org.shuzhi.monitoring.internal.rules;

import java.time.Instant;

/**
 * One entry of a rule's history.
 *
 * @param code the rule
 * @param version the version the change produced
 * @param change CREATE, UPDATE or DELETE
 * @param viaImport made by a JSON import
 * @param enabled enabled after the change (null for a delete)
 * @param body the rule's JSON after the change (null for a delete)
 * @param changedAt when
 * @param changedBy who
 */
public record AlarmRuleChange(
    String code,
    int version,
    String change,
    boolean viaImport,
    Boolean enabled,
    String body,
    Instant changedAt,
    String changedBy) {}
