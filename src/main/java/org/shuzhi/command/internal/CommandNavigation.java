package org.shuzhi.command.internal;

import org.shuzhi.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Menu entries of the resource registries and plans (incidents 599, registries and plans 600–605).
 */
@Configuration(proxyBeanMethods = false)
class CommandNavigation {

  @Bean
  NavigationEntry commandIncidentsMenu() {
    return new NavigationEntry("incident.nav", "/command/incidents", 599, CommandRights.READERS);
  }

  @Bean
  NavigationEntry commandTeamsMenu() {
    return new NavigationEntry("command.nav.teams", "/command/teams", 600, CommandRights.READERS);
  }

  @Bean
  NavigationEntry commandSuppliesMenu() {
    return new NavigationEntry(
        "command.nav.supplies", "/command/stock", 601, CommandRights.READERS);
  }

  @Bean
  NavigationEntry commandSheltersMenu() {
    return new NavigationEntry(
        "command.nav.shelters", "/command/shelters", 602, CommandRights.READERS);
  }

  @Bean
  NavigationEntry commandDutyMenu() {
    return new NavigationEntry("command.nav.duty", "/command/duty", 603, CommandRights.READERS);
  }

  @Bean
  NavigationEntry commandPlansMenu() {
    return new NavigationEntry("command.nav.plans", "/command/plans", 604, CommandRights.READERS);
  }
}
