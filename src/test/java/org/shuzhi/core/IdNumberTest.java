package org.shuzhi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shuzhi.core.InvalidIdNumberException.Problem;

class IdNumberTest {

  /** The two worked examples printed in GB 11643-1999 itself (not real persons' numbers). */
  @ParameterizedTest
  @ValueSource(strings = {"11010519491231002X", "440524188001010014"})
  void acceptsTheStandardsWorkedExamples(String number) {
    IdNumber id = IdNumber.parse(number);

    assertThat(id.value()).isEqualTo(number);
    assertThat(IdNumber.checkCharacter(number.substring(0, 17))).isEqualTo(number.charAt(17));
  }

  @Test
  void exposesDivisionCodeAndBirthDate() {
    IdNumber id = IdNumber.parse("11010519491231002X");

    assertThat(id.divisionCode()).isEqualTo("110105");
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
  }

  @Test
  void acceptsLowerCaseXAndBlanks() {
    assertThat(IdNumber.parse(" 11010519491231002x "))
        .isEqualTo(new IdNumber("11010519491231002X"));
  }

  @Test
  void masksKeepingFirstFourAndLastFour() {
    IdNumber id = IdNumber.parse("11010519491231002X");

    assertThat(id.masked()).isEqualTo("1101**********002X");
    assertThat(id.toString()).isEqualTo(id.masked());
    assertThat(IdNumber.mask("12345678")).isEqualTo("********");
    assertThat(IdNumber.mask(null)).isEmpty();
  }

  @Test
  void rejectsOldFifteenDigitNumbersAsWrongLength() {
    InvalidIdNumberException e = problemOf("110105491231002");

    assertThat(e.problem()).isEqualTo(Problem.LENGTH);
    assertThat(e.position()).isEqualTo(16);
    assertThat(e.argumentList()).containsExactly(16, "15");
  }

  @Test
  void rejectsXAnywhereButTheLastPosition() {
    InvalidIdNumberException e = problemOf("1101051949123100X2");

    assertThat(e.problem()).isEqualTo(Problem.CHARACTER);
    assertThat(e.position()).isEqualTo(17);
  }

  @Test
  void rejectsImpossibleBirthDates() {
    String first17 = "11010519490230002"; // 30 February
    String number = first17 + IdNumber.checkCharacter(first17);

    InvalidIdNumberException e = problemOf(number);

    assertThat(e.problem()).isEqualTo(Problem.BIRTH_DATE);
    assertThat(e.position()).isEqualTo(7);
  }

  @Test
  void everySingleDigitTypoIsCaught() {
    String real = "440524188001010014";
    for (int i = 0; i < 18; i++) {
      for (char c = '0'; c <= '9'; c++) {
        if (c == real.charAt(i)) {
          continue;
        }
        String typo = real.substring(0, i) + c + real.substring(i + 1);
        assertThat(catchThrowableOfType(InvalidIdNumberException.class, () -> IdNumber.parse(typo)))
            .as("typo %s", typo)
            .isNotNull();
      }
    }
  }

  @Test
  void wrongCheckCharacterIsReportedWithoutEchoingTheNumber() {
    InvalidIdNumberException e = problemOf("110105194912310021");

    assertThat(e.problem()).isEqualTo(Problem.CHECK_DIGIT);
    assertThat(e.position()).isEqualTo(18);
    assertThat(e.getMessage()).doesNotContain("11010519491231");
  }

  private static InvalidIdNumberException problemOf(String input) {
    InvalidIdNumberException e =
        catchThrowableOfType(InvalidIdNumberException.class, () -> IdNumber.parse(input));
    assertThat(e).as("expected rejection of %s", input).isNotNull();
    return e;
  }
}
