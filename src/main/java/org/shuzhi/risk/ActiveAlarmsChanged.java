package org.shuzhi.risk;

/**
 * Published by the provider of {@link ActiveAlarms} (in its transaction, delivered after commit)
 * when an enterprise's count of active alarms changed, so that its safety code is recomputed.
 *
 * @param uscc the enterprise's USCC
 */
public record ActiveAlarmsChanged(String uscc) {}
