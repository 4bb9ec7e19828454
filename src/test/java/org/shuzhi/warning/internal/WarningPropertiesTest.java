package org.shuzhi.warning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * The issuing unit code: configurable, defaulted to the documented placeholder, checked at start.
 */
class WarningPropertiesTest {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(WarningProperties.class)
  static class Bound {}

  private final ApplicationContextRunner context =
      new ApplicationContextRunner().withUserConfiguration(Bound.class);

  @Test
  void theConfiguredUnitCodeIsUsedByEverySenderWithoutOneOfItsOwn() {
    context
        .withPropertyValues(
            "shuzhi.warning.unit-code=12345601", "shuzhi.warning.senders=EMERGENCY,WATER=00000200")
        .run(
            c -> {
              WarningProperties p = c.getBean(WarningProperties.class);
              assertThat(p.unitCodes())
                  .containsExactly(
                      Map.entry("EMERGENCY", "12345601"), Map.entry("WATER", "00000200"));
              assertThat(p.placeholderUnitCode()).isFalse();
            });
  }

  @Test
  void withoutSettingsTheEmergencyBureauIssuesUnderThePlaceholder() {
    context.run(
        c -> {
          WarningProperties p = c.getBean(WarningProperties.class);
          assertThat(p.unitCode()).isEqualTo(WarningProperties.DEFAULT_UNIT_CODE);
          assertThat(p.unitCodes()).containsExactly(Map.entry("EMERGENCY", "00000100"));
          assertThat(p.placeholderUnitCode()).isTrue();
        });
  }

  @Test
  void aMalformedUnitCodeStopsTheStartWithAMessageNamingTheSetting() {
    context
        .withPropertyValues("shuzhi.warning.unit-code=1234-567")
        .run(
            c ->
                assertThat(c)
                    .hasFailed()
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("shuzhi.warning.unit-code (SHUZHI_WARNING_UNIT_CODE)")
                    .hasMessageContaining("8 digits")
                    .hasMessageContaining("'1234-567'"));
    assertThatThrownBy(() -> new WarningProperties("330109", "0000010", null, null))
        .hasMessageContaining("must be 8 digits");
    assertThatThrownBy(() -> new WarningProperties("330109", null, "EMERGENCY=12", null))
        .hasMessageContaining("shuzhi.warning.senders");
    assertThatThrownBy(() -> new WarningProperties("33010", null, null, null))
        .hasMessageContaining("shuzhi.warning.region-code");
  }
}
