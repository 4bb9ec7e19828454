package org.shuzhi.warning.internal;

import java.util.List;
import java.util.Set;
import org.shuzhi.identity.PublicApiReads;
import org.shuzhi.platform.NavigationEntry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Settings, the menu entry, and the API paths open without sign-in. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WarningProperties.class)
class WarningConfiguration {

  @Bean
  NavigationEntry warningsMenu() {
    return new NavigationEntry(
        "warning.nav",
        "/warnings",
        520,
        Set.of(
            "DISTRICT_LEADER", "DEPARTMENT_STAFF", "TOWN_STAFF", "GRID_WORKER", "ENTERPRISE_USER"));
  }

  /**
   * The feed and single warnings are public; the controller serves drafts only to signed-in users
   * who may see them. The list and writes need sign-in.
   */
  @Bean
  PublicApiReads publicWarningReads() {
    return new PublicApiReads(
        List.of(
            "/api/v1/warnings/feed",
            "/api/v1/warnings/{id:\\d+}",
            "/api/v1/warnings/{id:\\d+}.xml"));
  }
}
