package org.shuzhi.efficiency.internal.improvement;

import java.util.Set;
import org.shuzhi.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ImprovementNavigation {

  /** Towns and the bureau work on cases; enterprises see their own. */
  @Bean
  NavigationEntry efficiencyImprovementMenu() {
    return new NavigationEntry(
        "efficiency.improvement.nav",
        "/efficiency/improvement",
        712,
        Set.of(
            "DISTRICT_LEADER", "DEPARTMENT_STAFF", "TOWN_STAFF", "GRID_WORKER", "ENTERPRISE_USER"));
  }
}
