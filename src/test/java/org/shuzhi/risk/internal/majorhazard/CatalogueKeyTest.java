package org.shuzhi.risk.internal.majorhazard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogueKeyTest {

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "7782-50-5, 7782-50-5",
        "' 630-08-0 ', 630-08-0",
        "GB18218-T1-COAL-GAS, GB18218-T1-COAL-GAS",
        "gb18218-t1-an-fertilizer, GB18218-T1-AN-FERTILIZER",
        // A CAS number with a wrong check digit is not a code either.
        "7782-50-4, null",
        "GB18218, null",
        "-T1-X, null",
        "GB18218--X, null",
        "煤气, null",
        "'', null",
        "GB18218-T1-ABCDEFGHIJKLMNOPQRSTUVWXYZ0123, null"
      })
  void parse(String text, String key) {
    assertThat(CatalogueKey.parse(text).orElse(null)).isEqualTo(key);
  }

  @ParameterizedTest
  @CsvSource({"GB18218-T1-COAL-GAS, true", "630-08-0, false"})
  void isCode(String key, boolean code) {
    assertThat(CatalogueKey.isCode(key)).isEqualTo(code);
  }
}
