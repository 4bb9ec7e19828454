package org.shuzhi.monitoring.internal.rules;

import java.util.Set;
import org.shuzhi.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MonitoringRulesConfiguration {

  @Bean
  AlarmRuleJson alarmRuleJson() {
    return new AlarmRuleJson();
  }

  @Bean
  NavigationEntry alarmRulesMenu() {
    return new NavigationEntry(
        "monitoring.rules.nav",
        "/monitoring/alarm-rules",
        945,
        Set.of("SYSTEM_ADMIN", "DISTRICT_LEADER", "DEPARTMENT_STAFF"));
  }
}
