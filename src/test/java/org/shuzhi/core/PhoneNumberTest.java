package org.shuzhi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

  @ParameterizedTest
  @CsvSource({
    "13800138000, 13800138000",
    "' 138 0013 8000 ', 13800138000",
    "138-0013-8000, 13800138000",
    "+86 138 0013 8000, 13800138000",
    "0086-19912345678, 19912345678",
    "0571-82881234, 0571-82881234",
    "057182881234, 0571-82881234",
    "0571 8288123, 0571-8288123",
    "01012345678, 010-12345678",
    "021-6232 1234, 021-62321234",
    "0755-86013388, 0755-86013388"
  })
  void normalisesMobileAndLandlineForms(String input, String canonical) {
    assertThat(PhoneNumber.parse(input).value()).isEqualTo(canonical);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "12800138000", // second digit 2: no such mobile range
        "1380013800", // 10 digits
        "138001380001", // 12 digits starting with 1
        "0571-123456", // local part too short
        "0571-123456789", // local part too long
        "571-82881234", // no trunk prefix
        "1380013800O", // letter O instead of zero
        "110",
        "+1 415 555 2671"
      })
  void rejectsOtherForms(String input) {
    assertThatThrownBy(() -> PhoneNumber.parse(input))
        .isInstanceOfSatisfying(
            InvalidPhoneNumberException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("core.phone.invalid");
              // The rejected number must not travel into logs through the exception.
              if (input != null && !input.isBlank()) {
                assertThat(e.getMessage()).doesNotContain(input);
              }
            });
  }

  @Test
  void masksAMobileKeepingFirstThreeAndLastFour() {
    PhoneNumber phone = PhoneNumber.parse("138 0013 1234");

    assertThat(phone.isMobile()).isTrue();
    assertThat(phone.masked()).isEqualTo("138****1234");
  }

  @Test
  void masksALandlineKeepingAreaCodeAndLastFour() {
    assertThat(PhoneNumber.parse("0571-82881234").masked()).isEqualTo("0571-****1234");
    assertThat(PhoneNumber.parse("010-1234567").masked()).isEqualTo("010-***4567");
    assertThat(PhoneNumber.parse("0571-82881234").isMobile()).isFalse();
  }

  @Test
  void masksAnythingElseKeepingOnlyTheLastTwo() {
    assertThat(PhoneNumber.mask("12345")).isEqualTo("***45");
    assertThat(PhoneNumber.mask("+44 20 7946 0958")).endsWith("58").doesNotContain("7946");
    assertThat(PhoneNumber.mask("12")).isEqualTo("**");
    assertThat(PhoneNumber.mask("")).isEmpty();
    assertThat(PhoneNumber.mask(null)).isEmpty();
  }

  @Test
  void toStringDoesNotLeakTheNumber() {
    PhoneNumber phone = PhoneNumber.parse("13812345678");

    assertThat(phone.toString()).isEqualTo(phone.masked()).doesNotContain("1234567");
  }

  @Test
  void canonicalConstructorRejectsUnnormalisedInput() {
    assertThatThrownBy(() -> new PhoneNumber("138 0013 8000"))
        .isInstanceOf(InvalidPhoneNumberException.class);
    // Without the dash the area code length is ambiguous, so only the dashed form is canonical.
    assertThatThrownBy(() -> new PhoneNumber("057182881234"))
        .isInstanceOf(InvalidPhoneNumberException.class);
    assertThatThrownBy(() -> new PhoneNumber("057-182881234"))
        .isInstanceOf(InvalidPhoneNumberException.class);
  }
}
