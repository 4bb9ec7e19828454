package org.shuzhi.monitoring.internal.ingest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The device ingestion endpoint has its own filter chain ahead of the API chain: devices present
 * device tokens, not user tokens, and the controller checks them against the registry. No session,
 * no CSRF (no cookies are involved), nothing else reachable through this chain.
 */
@Configuration(proxyBeanMethods = false)
class TelemetrySecurityConfiguration {

  @Bean
  @Order(0)
  SecurityFilterChain telemetryChain(HttpSecurity http) throws Exception {
    http.securityMatcher(
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/telemetry/*"))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(c -> c.disable())
        .securityContext(c -> c.disable())
        .anonymous(a -> {})
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'")));
    return http.build();
  }
}
