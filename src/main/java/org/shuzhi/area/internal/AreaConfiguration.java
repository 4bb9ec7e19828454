package org.shuzhi.area.internal;

import java.util.Set;
import org.shuzhi.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class AreaConfiguration {

  @Bean
  GeoJsonCodec areaGeoJsonCodec(JsonMapper mapper) {
    return new GeoJsonCodec(mapper);
  }

  /** Role name as a string: depending on the identity module here would risk a module cycle. */
  @Bean
  NavigationEntry areaAdminNavigation() {
    return new NavigationEntry("area.nav.admin", "/admin/areas", 905, Set.of("SYSTEM_ADMIN"));
  }

  @Bean
  NavigationEntry gridAdminNavigation() {
    return new NavigationEntry("area.nav.grids", "/admin/grids", 915, Set.of("SYSTEM_ADMIN"));
  }
}
