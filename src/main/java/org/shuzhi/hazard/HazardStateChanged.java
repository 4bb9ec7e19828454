package org.shuzhi.hazard;

/**
 * Published after every report and transition (in its transaction), so modules whose figures depend
 * on hazards, such as the enterprise safety code, can recompute.
 *
 * @param hazardId the hazard
 * @param enterpriseUscc its enterprise, or null for a location-only hazard
 * @param state the state it is in now
 */
public record HazardStateChanged(long hazardId, String enterpriseUscc, HazardState state) {}
