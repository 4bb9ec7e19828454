package org.shuzhi.command;

import java.time.Instant;

/**
 * An incident was opened (reported by hand or from an alarm). Published in the opening transaction,
 * delivered to module listeners after its commit (e.g. the cockpit).
 *
 * @param incidentId the incident
 * @param type its type
 * @param level its response level
 * @param townCode NBS 9-digit town of its location
 * @param lon WGS-84 longitude
 * @param lat WGS-84 latitude
 * @param alarmId the monitoring alarm it was opened from, or null
 * @param at when it was reported
 */
public record IncidentOpened(
    long incidentId,
    IncidentType type,
    ResponseLevel level,
    String townCode,
    double lon,
    double lat,
    Long alarmId,
    Instant at) {}
