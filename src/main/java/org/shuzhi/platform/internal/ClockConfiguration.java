package org.shuzhi.platform.internal;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for all time-dependent rules, so tests can move time instead of sleeping; and
 * scheduling for the modules' jobs (each job guards itself with a database lock, so several nodes
 * may run it).
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.scheduling.annotation.EnableScheduling
class ClockConfiguration {
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
