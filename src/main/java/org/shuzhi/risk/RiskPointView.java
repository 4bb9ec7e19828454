package org.shuzhi.risk;

import java.util.List;

/**
 * A risk point with its assessment history, newest first; its colour is the latest assessment's
 * (null while not assessed).
 */
public record RiskPointView(
    long id,
    long riskObjectId,
    String name,
    String hazardDescription,
    ControlLevel controlLevel,
    String responsiblePerson,
    RiskColour colour,
    List<RiskPointAssessmentView> assessments) {}
