package org.shuzhi.enterprise;

/**
 * What other modules may know of an enterprise: no personal data.
 *
 * @param id registry id
 * @param uscc 统一社会信用代码
 * @param name registered name
 * @param industryCode GB/T 4754-2017 code
 * @param townCode NBS 9-digit town code
 * @param gridId the grid its location lies in (kept current when grids change), null when unknown
 * @param lon WGS-84 longitude, may be null
 * @param lat WGS-84 latitude, may be null
 * @param synthetic demo data
 * @param aboveScale 规上 (above designated size)
 */
public record EnterpriseSummary(
    long id,
    String uscc,
    String name,
    String industryCode,
    String townCode,
    Long gridId,
    Double lon,
    Double lat,
    boolean synthetic,
    boolean aboveScale) {}
