package org.shuzhi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.shuzhi.core.InvalidIndustryCodeException.Problem;

class IndustryCodeTest {

  @Test
  void parsesAClassCodeWithItsSection() {
    IndustryCode code = IndustryCode.parse("C2823");

    assertThat(code.value()).isEqualTo("C2823");
    assertThat(code.section()).isEqualTo('C');
    assertThat(code.division()).isEqualTo("28");
    assertThat(code.digits()).isEqualTo("2823");
    assertThat(code.digitCount()).isEqualTo(4);
    assertThat(code.toDivision()).isEqualTo(IndustryCode.parse("C28"));
  }

  @ParameterizedTest
  @CsvSource({
    "c2823, C2823",
    "' C282 ', C282",
    "2823, C2823",
    "01, A01",
    "0511, A0511",
    "06, B06",
    "12, B12",
    "4411, D4411",
    "70, K70",
    "83, P83",
    "96, S96",
    "97, T97",
    "T97, T97"
  })
  void acceptsLettersInAnyCaseAndDerivesTheSectionOfBareDigits(String input, String canonical) {
    assertThat(IndustryCode.parse(input).value()).isEqualTo(canonical);
  }

  @ParameterizedTest
  @CsvSource({"A05, A", "B06, B", "C13, C", "C43, C", "D44, D", "S91, S", "T97, T"})
  void sectionBoundariesFollowTheStandard(String input, char section) {
    assertThat(IndustryCode.parse(input).section()).isEqualTo(section);
  }

  @ParameterizedTest
  @CsvSource({"A06, B", "B05, A", "C44, D", "E46, D", "S97, T", "T96, S", "K71, L"})
  void rejectsADivisionUnderTheWrongSection(String input, String rightSection) {
    InvalidIndustryCodeException e = problemOf(input);

    assertThat(e.problem()).isEqualTo(Problem.SECTION_MISMATCH);
    assertThat(e.argumentList()).containsExactly(input, rightSection);
  }

  @ParameterizedTest
  @ValueSource(strings = {"00", "98", "99", "C00", "9800"})
  void rejectsDivisionsOutsideTheStandard(String input) {
    assertThat(problemOf(input).problem()).isEqualTo(Problem.DIVISION);
  }

  @Test
  void rejectsSectionsAfterT() {
    InvalidIndustryCodeException e = problemOf("U01");

    assertThat(e.problem()).isEqualTo(Problem.SECTION);
    assertThat(e.messageKey()).isEqualTo("core.industry.section");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"C", "C2", "C28231", "28a", "CC28", "C 28", "２８"})
  void rejectsMalformedInput(String input) {
    assertThat(problemOf(input).problem()).isEqualTo(Problem.FORMAT);
  }

  @Test
  void canonicalConstructorAcceptsOnlyTheCanonicalForm() {
    assertThat(new IndustryCode("C2823").section()).isEqualTo('C');
    assertThat(
            catchThrowableOfType(
                InvalidIndustryCodeException.class, () -> new IndustryCode("2823")))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                InvalidIndustryCodeException.class, () -> new IndustryCode("c2823")))
        .isNotNull();
  }

  @Test
  void everyDivisionFrom01To97HasExactlyOneSection() {
    char previous = 'A';
    for (int division = 1; division <= 97; division++) {
      char section = IndustryCode.parse(String.format("%02d", division)).section();
      // Sections are contiguous and in letter order, with no gaps.
      assertThat(section).isBetween(previous, (char) (previous + 1));
      previous = section;
    }
    assertThat(previous).isEqualTo('T');
  }

  private static InvalidIndustryCodeException problemOf(String input) {
    InvalidIndustryCodeException e =
        catchThrowableOfType(InvalidIndustryCodeException.class, () -> IndustryCode.parse(input));
    assertThat(e).as("expected rejection of %s", input).isNotNull();
    return e;
  }
}
