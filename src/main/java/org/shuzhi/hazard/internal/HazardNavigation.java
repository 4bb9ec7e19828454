package org.shuzhi.hazard.internal;

import java.util.Set;
import org.shuzhi.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HazardNavigation {

  @Bean
  NavigationEntry hazardsMenu() {
    return new NavigationEntry(
        "hazard.nav.list",
        "/hazards",
        400,
        Set.of(
            "DISTRICT_LEADER", "DEPARTMENT_STAFF", "TOWN_STAFF", "GRID_WORKER", "ENTERPRISE_USER"));
  }

  @Bean
  NavigationEntry hazardReportMenu() {
    return new NavigationEntry(
        "hazard.nav.report", "/hazards/report", 401, Set.of("GRID_WORKER", "TOWN_STAFF"));
  }

  @Bean
  NavigationEntry hazardBulletinMenu() {
    return new NavigationEntry(
        "hazard.nav.bulletin",
        "/hazards/bulletin",
        402,
        Set.of("DISTRICT_LEADER", "DEPARTMENT_STAFF", "TOWN_STAFF"));
  }
}
