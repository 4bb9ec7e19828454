package org.shuzhi.command;

import java.time.Instant;

/**
 * An incident's response level was raised or lowered (by hand or on the one-click confirmation).
 *
 * @param incidentId the incident
 * @param from the level before
 * @param to the level now
 * @param townCode NBS 9-digit town of the incident
 * @param at when
 */
public record IncidentLevelChanged(
    long incidentId, ResponseLevel from, ResponseLevel to, String townCode, Instant at) {}
