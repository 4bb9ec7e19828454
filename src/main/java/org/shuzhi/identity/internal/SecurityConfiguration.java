package org.shuzhi.identity.internal;

import java.time.Clock;
import java.util.List;
import org.shuzhi.identity.PublicApiReads;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutSuccessEventPublishingLogoutHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Two filter chains: the stateless API ({@code /api/**}, Prometheus) authenticated by Bearer tokens
 * (GET requests to the paths modules list in {@link PublicApiReads} are open without sign-in; a
 * token, when sent, still authenticates), and the browser pages with form login, server-side
 * sessions in PostgreSQL, CSRF on every form and htmx request, and a strict Content Security Policy
 * (all assets self-hosted).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityPolicyProperties.class)
class SecurityConfiguration {

  /**
   * All assets are self-hosted (no CDN), so the policy stays strict; the optional basemap's tile
   * host is the one exception, added to img-src when configured.
   */
  static String contentSecurityPolicy(String tileUrl) {
    return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data: blob:"
        + tileSource(tileUrl)
        + "; connect-src 'self'; font-src 'self'; object-src 'none'; "
        + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
  }

  /** {@code https://t{s}.tianditu.gov.cn/...} → {@code https://*.tianditu.gov.cn}. */
  static String tileSource(String tileUrl) {
    if (tileUrl == null || tileUrl.isBlank()) {
      return "";
    }
    var matcher = java.util.regex.Pattern.compile("^(https?)://([^/]+)").matcher(tileUrl.trim());
    if (!matcher.find()) {
      return "";
    }
    String host = matcher.group(2);
    if (host.contains("{")) {
      host = "*" + host.substring(host.indexOf('.'));
    }
    return " " + matcher.group(1) + "://" + host;
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
    return new DefaultAuthenticationEventPublisher(publisher);
  }

  @Bean
  AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
    return new SpringAuthorizationEventPublisher(publisher);
  }

  @Bean
  AuthenticationManager authenticationManager(
      AccountUserDetailsService users,
      PasswordEncoder encoder,
      AuthenticationEventPublisher events) {
    DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
    provider.setPasswordEncoder(encoder);
    ProviderManager manager = new ProviderManager(provider);
    manager.setAuthenticationEventPublisher(events);
    return manager;
  }

  @Bean
  LogoutSuccessEventPublishingLogoutHandler logoutEvents() {
    return new LogoutSuccessEventPublishingLogoutHandler();
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(
      HttpSecurity http,
      ApiTokens tokens,
      AccountUserDetailsService users,
      List<PublicApiReads> publicReads)
      throws Exception {
    List<PathPatternRequestMatcher> publicPatterns =
        publicReads.stream()
            .flatMap(p -> p.patterns().stream())
            .map(p -> PathPatternRequestMatcher.pathPattern(HttpMethod.GET, p))
            .toList();
    http.securityMatcher("/api/**", "/actuator/prometheus")
        .csrf(csrf -> csrf.disable()) // no cookies: a Bearer token cannot be sent cross-site
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(HttpMethod.POST, "/api/v1/auth/token")
                    .permitAll()
                    .requestMatchers(
                        request -> publicPatterns.stream().anyMatch(m -> m.matches(request)))
                    .permitAll()
                    .requestMatchers("/actuator/prometheus")
                    .hasAnyRole("SYSTEM_ADMIN", "SECURITY_ADMIN", "AUDIT_ADMIN")
                    .anyRequest()
                    .authenticated())
        .addFilterBefore(new BearerTokenFilter(tokens, users), BasicAuthenticationFilter.class)
        .exceptionHandling(
            e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
        .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'")));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webChain(
      HttpSecurity http,
      PasswordPolicy passwordPolicy,
      Clock clock,
      LogoutSuccessEventPublishingLogoutHandler logoutEvents,
      AccountLanguages languages,
      LocaleResolver localeResolver,
      @org.springframework.beans.factory.annotation.Value("${shuzhi.map.tile-url:}") String tileUrl)
      throws Exception {
    http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        "/login",
                        "/css/**",
                        "/js/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/error",
                        "/actuator/health",
                        "/actuator/health/**",
                        "/public/**")
                    .permitAll()
                    .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                    .hasAnyRole("SYSTEM_ADMIN", "SECURITY_ADMIN", "AUDIT_ADMIN")
                    .requestMatchers("/actuator/**")
                    .hasRole("SYSTEM_ADMIN")
                    .anyRequest()
                    .authenticated())
        .formLogin(
            form ->
                form.loginPage("/login")
                    .successHandler(
                        new LoginSuccessHandler(passwordPolicy, clock, languages, localeResolver))
                    .failureHandler(new LoginFailureHandler())
                    .permitAll())
        .logout(
            logout ->
                logout
                    .addLogoutHandler(logoutEvents)
                    .logoutSuccessUrl("/login?logout")
                    .deleteCookies("SESSION"))
        .addFilterBefore(new PendingLoginStepsFilter(), AuthorizationFilter.class)
        .headers(
            h ->
                h.contentSecurityPolicy(c -> c.policyDirectives(contentSecurityPolicy(tileUrl)))
                    .frameOptions(f -> f.deny()));
    return http.build();
  }
}
