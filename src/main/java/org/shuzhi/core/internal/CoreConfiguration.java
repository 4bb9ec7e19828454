package org.shuzhi.core.internal;

import org.shuzhi.core.CoordinateConverter;
import org.shuzhi.core.IndustryCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Offers the core's stateless helpers as beans so other modules can take them by constructor. */
@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

  @Bean
  IndustryCatalogue industryCatalogue() {
    return IndustryCatalogue.load();
  }

  @Bean
  CoordinateConverter coordinateConverter() {
    return new CoordinateConverter();
  }
}
