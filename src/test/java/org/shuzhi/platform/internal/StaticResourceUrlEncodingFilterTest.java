package org.shuzhi.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaticResourceUrlEncodingFilterTest {

  @Test
  void linksToFilesGoThroughTheResourceLookup() {
    assertThat(StaticResourceUrlEncodingFilter.mayNameStaticFile("/css/shuzhi.css")).isTrue();
    assertThat(
            StaticResourceUrlEncodingFilter.mayNameStaticFile("/webjars/htmx.org/dist/htmx.min.js"))
        .isTrue();
    assertThat(StaticResourceUrlEncodingFilter.mayNameStaticFile("/map/map.js?v=2#x")).isTrue();
    assertThat(StaticResourceUrlEncodingFilter.mayNameStaticFile("/ctx/favicon.ico")).isTrue();
  }

  @Test
  void pageLinksAreWrittenWithoutTheLookup() {
    assertThat(StaticResourceUrlEncodingFilter.mayNameStaticFile("/hazards/123")).isFalse();
    assertThat(StaticResourceUrlEncodingFilter.mayNameStaticFile("/hazards?town=1&page=2.5"))
        .isFalse();
    assertThat(StaticResourceUrlEncodingFilter.mayNameStaticFile("/v1.2/hazards")).isFalse();
    assertThat(StaticResourceUrlEncodingFilter.mayNameStaticFile("/hazards#top.of.page")).isFalse();
    assertThat(StaticResourceUrlEncodingFilter.mayNameStaticFile("/")).isFalse();
    assertThat(StaticResourceUrlEncodingFilter.mayNameStaticFile("")).isFalse();
  }
}
