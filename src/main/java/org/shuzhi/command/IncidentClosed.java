package org.shuzhi.command;

import java.time.Instant;

/**
 * An incident was closed with its after-action review; its dispatches and reservations were
 * released.
 *
 * @param incidentId the incident
 * @param level its level when closed
 * @param townCode NBS 9-digit town of the incident
 * @param at when
 */
public record IncidentClosed(long incidentId, ResponseLevel level, String townCode, Instant at) {}
