package org.shuzhi.efficiency.internal;

import java.util.Set;
import org.shuzhi.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class EfficiencyNavigation {

  @Bean
  NavigationEntry efficiencyMenu() {
    return new NavigationEntry(
        "efficiency.nav",
        "/efficiency",
        710,
        Set.of(
            "DISTRICT_LEADER", "DEPARTMENT_STAFF", "TOWN_STAFF", "GRID_WORKER", "ENTERPRISE_USER"));
  }
}
