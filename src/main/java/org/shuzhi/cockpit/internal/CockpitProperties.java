package org.shuzhi.cockpit.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code shuzhi.cockpit.*}.
 *
 * @param cacheTtl how long a tile's figures are reused for the same data scope when no change was
 *     signalled (default 10 s); bounds staleness of what changes without an event, e.g. a hazard
 *     deadline passing at midnight
 * @param pushInterval the least time between two pushes of one tile to open cockpits (default 1 s)
 */
@ConfigurationProperties("shuzhi.cockpit")
record CockpitProperties(Duration cacheTtl, Duration pushInterval) {

  CockpitProperties {
    cacheTtl = cacheTtl == null ? Duration.ofSeconds(10) : cacheTtl;
    pushInterval = pushInterval == null ? Duration.ofSeconds(1) : pushInterval;
  }
}
