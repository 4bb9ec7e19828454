package org.shuzhi.monitoring.internal.rules;

/**
 * Flood warning colour of a water-level station from its own characteristic levels, per the
 * Ministry of Water Resources flood warning signals (水利部 水情预警信号, domain notes §5; "meet any one
 * condition", the gravest wins):
 *
 * <ul>
 *   <li>RED: level ≥ 历史最高水位 (historical maximum);
 *   <li>ORANGE: level ≥ 保证水位 (guarantee level);
 *   <li>YELLOW: level ≥ 警戒水位 (warning level);
 *   <li>BLUE: level "approaching" the warning level, here ≥ warning level − {@code approach}.
 * </ul>
 *
 * The notes give no figure for "approaching", so {@code approach} is configured per rule (0 turns
 * BLUE off). The return-period criteria (5/20/50-year floods) need hydrological frequency levels
 * the stations do not carry yet and are not evaluated. A level the station lacks is skipped.
 *
 * @param channel the water-level channel, metres
 * @param approach metres below the warning level from which BLUE is given; ≥ 0
 */
public record FloodLevel(String channel, Double approach) implements Condition {}
