package org.shuzhi.monitoring.internal.alarms;

import java.util.Collection;
import java.util.Map;
import org.shuzhi.risk.ActiveAlarms;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The safety code's count of active alarms: alarms RAISED or ACKNOWLEDGED on devices watching an
 * enterprise's risk objects or major-hazard units (the enterprise is copied from the device when
 * the alarm is raised; the device registry resolves it through the risk API).
 */
@Component
class MonitoringActiveAlarms implements ActiveAlarms {

  private final AlarmRepository alarms;

  MonitoringActiveAlarms(AlarmRepository alarms) {
    this.alarms = alarms;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, Long> activeAlarmsOf(Collection<String> usccs) {
    return alarms.activeCounts(usccs);
  }
}
