package org.shuzhi.area;

/**
 * A town (镇街).
 *
 * @param code NBS 9-digit code (统计用区划代码 without the 3-digit village part), e.g. {@code 330109001}
 * @param code12 NBS 12-digit code, e.g. {@code 330109001000}
 * @param amapCode town code used by Amap/Tencent maps; differs from {@code code} for some towns
 * @param name Chinese name, e.g. 城厢街道
 * @param kind town or subdistrict
 * @param labelLon label point longitude, WGS-84 (a map label, not a centroid)
 * @param labelLat label point latitude, WGS-84
 * @param approximateBoundary whether the boundary is the generated approximation rather than an
 *     imported one
 */
public record Town(
    String code,
    String code12,
    String amapCode,
    String name,
    TownKind kind,
    double labelLon,
    double labelLat,
    boolean approximateBoundary) {}
