package org.shuzhi.notification.internal;

import java.util.Set;
import org.shuzhi.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotificationNavigation {

  @Bean
  NavigationEntry subscriptionsMenu() {
    return new NavigationEntry(
        "notification.nav.subscriptions",
        "/notifications/subscriptions",
        960,
        Set.of(
            "DISTRICT_LEADER", "DEPARTMENT_STAFF", "TOWN_STAFF", "GRID_WORKER", "ENTERPRISE_USER"));
  }

  @Bean
  NavigationEntry deliveriesMenu() {
    return new NavigationEntry(
        "notification.nav.deliveries", "/admin/notifications", 962, Set.of("SYSTEM_ADMIN"));
  }
}
