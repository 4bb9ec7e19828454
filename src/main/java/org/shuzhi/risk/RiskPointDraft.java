package org.shuzhi.risk;

/** A risk point (风险点) as entered. */
public record RiskPointDraft(
    String name, String hazardDescription, ControlLevel controlLevel, String responsiblePerson) {}
