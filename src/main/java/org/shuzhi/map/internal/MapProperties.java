package org.shuzhi.map.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Optional basemap tiles. Offline by default (the district outline and towns are the basemap); set
 * {@code shuzhi.map.tile-url} (e.g. 天地图 with your key) to add a tile layer.
 *
 * @param tileUrl Leaflet URL template, e.g. {@code
 *     https://t{s}.tianditu.gov.cn/vec_w/wmts?...&tk=KEY}
 * @param tileSubdomains subdomains for {s}
 * @param tileAttribution attribution text (审图号 etc.)
 */
@ConfigurationProperties("shuzhi.map")
record MapProperties(String tileUrl, String tileSubdomains, String tileAttribution) {}
