package org.shuzhi.risk.internal.points;

import java.util.Set;
import org.shuzhi.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RiskNavigation {

  private static final Set<String> READERS =
      Set.of("DISTRICT_LEADER", "DEPARTMENT_STAFF", "TOWN_STAFF", "GRID_WORKER", "ENTERPRISE_USER");

  @Bean
  NavigationEntry riskObjectsMenu() {
    return new NavigationEntry("risk.points.nav.objects", "/risk/objects", 300, READERS);
  }

  @Bean
  NavigationEntry riskOverviewMenu() {
    return new NavigationEntry("risk.points.nav.overview", "/risk/overview", 310, READERS);
  }

  @Bean
  NavigationEntry riskBandsMenu() {
    return new NavigationEntry("risk.points.nav.bands", "/risk/bands", 935, Set.of("SYSTEM_ADMIN"));
  }
}
