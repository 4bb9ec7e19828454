package org.shuzhi.platform.internal;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Registers {@link StaticResourceUrlEncodingFilter} in place of Spring Boot's plain resource URL
 * encoding filter (Boot backs off when a filter of that type is registered), for the same
 * dispatcher types Boot uses.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfiguration {

  /** Typed as Boot's own bean so that its {@code @ConditionalOnMissingFilterBean} sees it. */
  @Bean
  FilterRegistrationBean<ResourceUrlEncodingFilter> staticResourceUrlEncodingFilter() {
    FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
        new FilterRegistrationBean<>(new StaticResourceUrlEncodingFilter());
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
    return registration;
  }
}
