package org.shuzhi.hazard;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Published when a hazard is assigned to a unit for rectification with a deadline (交办), in the
 * transaction of the assignment, so that the people responsible can be told.
 *
 * @param hazardId the hazard
 * @param townCode the NBS town it lies in
 * @param enterpriseUscc its enterprise, or null for a location-only hazard
 * @param enterpriseName the enterprise's name, or null
 * @param title what the hazard is
 * @param grade its grade (assignment follows grading)
 * @param responsibleUnit who must rectify it
 * @param deadline the rectification deadline
 * @param assignedAt when it was assigned
 */
public record HazardAssigned(
    long hazardId,
    String townCode,
    String enterpriseUscc,
    String enterpriseName,
    String title,
    HazardGrade grade,
    String responsibleUnit,
    LocalDate deadline,
    Instant assignedAt) {}
