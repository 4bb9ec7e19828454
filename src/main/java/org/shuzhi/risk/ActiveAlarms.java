package org.shuzhi.risk;

import java.util.Collection;
import java.util.Map;

/**
 * Port for the monitoring issue, which is not built yet: the number of active (unacknowledged)
 * alarms per enterprise, an input of the safety code. Until a module declares a bean of this type
 * the safety code uses {@link #none()}, so every enterprise has 0 alarms.
 */
public interface ActiveAlarms {

  /** Active alarms per USCC, for many enterprises in one call; absent means 0. */
  Map<String, Long> activeAlarmsOf(Collection<String> usccs);

  static ActiveAlarms none() {
    return usccs -> Map.of();
  }
}
