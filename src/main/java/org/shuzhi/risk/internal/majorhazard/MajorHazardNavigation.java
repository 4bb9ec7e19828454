package org.shuzhi.risk.internal.majorhazard;

import java.util.Set;
import org.shuzhi.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MajorHazardNavigation {

  @Bean
  NavigationEntry majorHazardsMenu() {
    return new NavigationEntry(
        "risk.mh.nav.sites",
        "/risk/major-hazards",
        320,
        Set.of(
            "DISTRICT_LEADER", "DEPARTMENT_STAFF", "TOWN_STAFF", "GRID_WORKER", "ENTERPRISE_USER"));
  }

  @Bean
  NavigationEntry chemicalsMenu() {
    return new NavigationEntry(
        "risk.mh.nav.chemicals", "/admin/chemicals", 930, Set.of("SYSTEM_ADMIN"));
  }
}
