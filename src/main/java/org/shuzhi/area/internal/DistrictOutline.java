package org.shuzhi.area.internal;

import org.locationtech.jts.geom.Geometry;

/**
 * The district and its outline.
 *
 * @param code GB/T 2260 code
 * @param name Chinese name
 * @param outline MultiPolygon, WGS-84
 */
public record DistrictOutline(String code, String name, Geometry outline) {}
