package org.shuzhi.inspection.internal;

import java.util.Set;
import org.shuzhi.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InspectionNavigation {

  static final Set<String> READERS =
      Set.of("DISTRICT_LEADER", "DEPARTMENT_STAFF", "TOWN_STAFF", "GRID_WORKER");

  @Bean
  NavigationEntry inspectionPlanMenu() {
    return new NavigationEntry("inspection.nav.plan", "/inspections/plan", 420, READERS);
  }

  @Bean
  NavigationEntry supervisionMenu() {
    return new NavigationEntry(
        "inspection.nav.supervision", "/inspections/supervision", 422, READERS);
  }

  @Bean
  NavigationEntry enforcementMenu() {
    return new NavigationEntry(
        "inspection.nav.enforcement",
        "/inspections/enforcement",
        421,
        Set.of("DISTRICT_LEADER", "DEPARTMENT_STAFF", "TOWN_STAFF"));
  }

  @Bean
  NavigationEntry inspectionRulesMenu() {
    return new NavigationEntry(
        "inspection.nav.rules", "/inspections/rules", 940, Set.of("SYSTEM_ADMIN"));
  }
}
