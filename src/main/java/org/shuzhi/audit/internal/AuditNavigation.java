package org.shuzhi.audit.internal;

import java.util.Set;
import org.shuzhi.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The menu entry of the audit page, shown to the audit admin only. */
@Configuration(proxyBeanMethods = false)
class AuditNavigation {

  @Bean
  NavigationEntry auditNavigationEntry() {
    return new NavigationEntry("nav.audit", "/audit", 900, Set.of("AUDIT_ADMIN"));
  }
}
