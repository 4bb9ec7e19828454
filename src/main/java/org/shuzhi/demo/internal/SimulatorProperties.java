package org.shuzhi.demo.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Telemetry simulator settings ({@code shuzhi.simulator.*}).
 *
 * @param enabled {@code true}, {@code false}, or blank to follow the demo (on whenever the demo
 *     district is on)
 * @param rate channel readings per second across all demo devices
 */
@ConfigurationProperties("shuzhi.simulator")
record SimulatorProperties(String enabled, double rate) {

  SimulatorProperties {
    rate = rate <= 0 ? 100 : rate;
  }

  boolean on(boolean demoEnabled) {
    return enabled == null || enabled.isBlank() ? demoEnabled : Boolean.parseBoolean(enabled);
  }
}
