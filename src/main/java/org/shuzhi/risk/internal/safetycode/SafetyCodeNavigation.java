package org.shuzhi.risk.internal.safetycode;

import java.util.Set;
import org.shuzhi.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SafetyCodeNavigation {

  @Bean
  NavigationEntry safetyCodesMenu() {
    return new NavigationEntry(
        "risk.sc.nav.list",
        "/risk/safety-codes",
        330,
        Set.of(
            "DISTRICT_LEADER", "DEPARTMENT_STAFF", "TOWN_STAFF", "GRID_WORKER", "ENTERPRISE_USER"));
  }

  @Bean
  NavigationEntry safetyCodeRulesMenu() {
    return new NavigationEntry(
        "risk.sc.nav.rules", "/risk/safety-code-rules", 937, Set.of("SYSTEM_ADMIN"));
  }
}
