package org.shuzhi.identity.internal;

import java.util.Set;
import org.shuzhi.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Menu entries of the account pages: one per admin role, each seeing only its own. */
@Configuration(proxyBeanMethods = false)
class AdminNavigation {

  @Bean
  NavigationEntry accountsNavigationEntry() {
    return new NavigationEntry("nav.accounts", "/admin/accounts", 910, Set.of("SYSTEM_ADMIN"));
  }

  @Bean
  NavigationEntry rightsNavigationEntry() {
    return new NavigationEntry("nav.rights", "/admin/rights", 920, Set.of("SECURITY_ADMIN"));
  }
}
