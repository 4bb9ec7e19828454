package org.shuzhi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

  @Test
  void offlineByDefaultOnlySelfHostedImages() {
    assertThat(SecurityConfiguration.contentSecurityPolicy(""))
        .contains("img-src 'self' data: blob:;")
        .contains("script-src 'self';");
  }

  @Test
  void aConfiguredTileLayerAddsOnlyItsHost() {
    String url = "https://t{s}.tianditu.gov.cn/vec_w/wmts?tk=KEY&x={x}&y={y}&l={z}";
    assertThat(SecurityConfiguration.contentSecurityPolicy(url))
        .contains("img-src 'self' data: blob: https://*.tianditu.gov.cn;")
        .contains("script-src 'self';");
    assertThat(SecurityConfiguration.tileSource("http://tiles.example.org/{z}/{x}/{y}.png"))
        .isEqualTo(" http://tiles.example.org");
  }
}
