package org.shuzhi.monitoring.internal.alarms;

/**
 * An alarm as the pages show it: the row, its reason in the viewer's language, its town's name and
 * its rule's name (the code when the rule is gone).
 */
public record AlarmLine(AlarmRow alarm, String reason, String townName, String ruleName) {}
