package org.shuzhi.risk;

import java.util.Collection;
import java.util.Map;

/**
 * Port served by the monitoring module: the number of active alarms per enterprise (raised and not
 * yet cleared, acknowledged or not — an acknowledged gas leak is still a leak), an input of the
 * safety code. The provider publishes {@link ActiveAlarmsChanged} when a count changes. Without a
 * bean of this type the safety code uses {@link #none()}, so every enterprise has 0 alarms.
 */
public interface ActiveAlarms {

  /** Active alarms per USCC, for many enterprises in one call; absent means 0. */
  Map<String, Long> activeAlarmsOf(Collection<String> usccs);

  static ActiveAlarms none() {
    return usccs -> Map.of();
  }
}
