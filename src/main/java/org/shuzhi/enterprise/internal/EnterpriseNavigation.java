package org.shuzhi.enterprise.internal;

import java.util.Set;
import org.shuzhi.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EnterpriseNavigation {
  @Bean
  NavigationEntry enterprisesMenu() {
    return new NavigationEntry(
        "nav.enterprises",
        "/enterprises",
        200,
        Set.of(
            "DISTRICT_LEADER", "DEPARTMENT_STAFF", "TOWN_STAFF", "GRID_WORKER", "ENTERPRISE_USER"));
  }
}
