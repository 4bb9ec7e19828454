package org.shuzhi.monitoring.internal.rules;

/**
 * Characteristic water levels of a flood station (domain notes §5: each 测站 stores 警戒水位, 保证水位 and
 * 历史最高), metres in the station's datum; any may be unknown (null).
 *
 * @param warningLevel 警戒水位
 * @param guaranteeLevel 保证水位
 * @param historicalMax 历史最高水位
 */
public record StationLevels(Double warningLevel, Double guaranteeLevel, Double historicalMax) {}
