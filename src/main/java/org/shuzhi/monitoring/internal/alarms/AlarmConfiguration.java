package org.shuzhi.monitoring.internal.alarms;

import java.util.Set;
import org.shuzhi.platform.NavigationEntry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AlarmProperties.class)
class AlarmConfiguration {

  @Bean
  NavigationEntry alarmsMenu() {
    return new NavigationEntry(
        "monitoring.alarm.nav",
        "/monitoring/alarms",
        490,
        Set.of(
            "DISTRICT_LEADER", "DEPARTMENT_STAFF", "TOWN_STAFF", "GRID_WORKER", "ENTERPRISE_USER"));
  }
}
