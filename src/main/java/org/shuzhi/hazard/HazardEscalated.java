package org.shuzhi.hazard;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Published when a hazard left unrectified past its deadline reaches a level of the escalation
 * ladder (通报 / 曝光 / 警示约谈), once per hazard and level, in the escalation run's transaction.
 *
 * @param hazardId the hazard
 * @param level the level reached
 * @param townCode the NBS town it lies in
 * @param enterpriseUscc its enterprise, or null for a location-only hazard
 * @param enterpriseName the enterprise's name, or null
 * @param title what the hazard is
 * @param grade its grade, or null
 * @param responsibleUnit who must rectify it, or null
 * @param deadline the deadline it missed
 * @param daysOverdue days past the deadline when escalated
 * @param department the supervising department (the regulator) told at {@link
 *     EscalationLevel#WARNING}
 * @param escalatedAt when it was escalated
 */
public record HazardEscalated(
    long hazardId,
    EscalationLevel level,
    String townCode,
    String enterpriseUscc,
    String enterpriseName,
    String title,
    HazardGrade grade,
    String responsibleUnit,
    LocalDate deadline,
    int daysOverdue,
    String department,
    Instant escalatedAt) {}
