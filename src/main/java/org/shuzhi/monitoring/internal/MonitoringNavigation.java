package org.shuzhi.monitoring.internal;

import java.util.Set;
import org.shuzhi.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MonitoringNavigation {

  private static final Set<String> READERS =
      Set.of("DISTRICT_LEADER", "DEPARTMENT_STAFF", "TOWN_STAFF", "GRID_WORKER", "ENTERPRISE_USER");

  @Bean
  NavigationEntry monitoringDevicesMenu() {
    return new NavigationEntry("monitoring.nav.devices", "/monitoring/devices", 500, READERS);
  }

  @Bean
  NavigationEntry monitoringStationsMenu() {
    return new NavigationEntry(
        "monitoring.nav.stations",
        "/monitoring/stations",
        510,
        Set.of("DISTRICT_LEADER", "DEPARTMENT_STAFF", "TOWN_STAFF", "GRID_WORKER"));
  }

  @Bean
  NavigationEntry monitoringDeadLettersMenu() {
    return new NavigationEntry(
        "monitoring.nav.deadLetters",
        "/monitoring/dead-letters",
        950,
        Set.of("SYSTEM_ADMIN", "DEPARTMENT_STAFF"));
  }
}
