package org.shuzhi.command;

/**
 * A catalogue item of emergency supplies.
 *
 * @param code catalogue code (letters, digits, - and _), e.g. TENT-12
 * @param name item name, e.g. 12 m² 救灾帐篷
 * @param unit unit its quantities count, e.g. 顶
 * @param category optional grouping, e.g. 生活类
 */
public record SupplyItemDraft(String code, String name, String unit, String category) {}
