package org.shuzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumberInputTest {

  @Test
  void blankMeansNotGiven() {
    assertThat(NumberInput.decimal("  ", "x")).isNull();
    assertThat(NumberInput.decimalNumber(null, "x")).isNull();
    assertThat(NumberInput.integer("", "x")).isNull();
  }

  @Test
  void numbersParseWithFullPrecision() {
    assertThat(NumberInput.decimal(" 120.248412 ", "lon")).isEqualByComparingTo("120.248412");
    assertThat(NumberInput.decimalNumber("30.1673", "lat")).isEqualTo(30.1673);
    assertThat(NumberInput.integer("120", "employees")).isEqualTo(120);
    assertThat(NumberInput.decimal("1e3", "q")).isEqualByComparingTo(new BigDecimal("1000"));
  }

  @Test
  void badTextNamesTheFieldAndKeepsWhatWasTyped() {
    assertThatThrownBy(() -> NumberInput.decimal("十二", "landAreaMu"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.violations().get(0).field()).isEqualTo("landAreaMu");
              assertThat(e.violations().get(0).messageKey()).isEqualTo("input.number.invalid");
              assertThat(e.violations().get(0).arguments()).containsExactly("十二");
            });
    assertThatThrownBy(() -> NumberInput.integer("12.5", "employees"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("input.integer.invalid"));
  }
}
