package org.shuzhi.hazard.internal;

import org.shuzhi.hazard.HazardSource;

/**
 * A new hazard as reported. Either {@code enterpriseUscc} or a location ({@code lon}/{@code lat},
 * WGS-84) is needed; with both, the location wins for town and grid.
 *
 * @param source ignored for grid workers (always GRID_REPORT) and enterprise users (SELF_CHECK);
 *     INSPECTION when null
 */
record HazardReport(
    String title,
    String description,
    String enterpriseUscc,
    Double lon,
    Double lat,
    String address,
    HazardSource source) {}
