package org.shuzhi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shuzhi.core.InvalidUsccException.Problem;

class UsccTest {

  /**
   * Real codes of registered companies. They are published on the 国家企业信用信息公示系统 (National Enterprise
   * Credit Information Publicity System) and printed in the companies' own filings and invoices;
   * each was checked here under both GB 11714 and GB 32100 rules before being kept. 阿里巴巴（中国）有限公司,
   * 华为技术有限公司, 腾讯科技（深圳）有限公司 (org. code check is 'X'), 小米科技有限责任公司, 中航重机股份有限公司 (listed, SSE 600765),
   * 中国工商银行股份有限公司 (listed, SSE 601398).
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "91330100799655058B",
        "914403001922038216",
        "9144030071526726XG",
        "91110108551385082Q",
        "91520000214434146R",
        "91100000100003962T"
      })
  void acceptsRealPublishedCodes(String code) {
    Uscc uscc = Uscc.parse(code);

    assertThat(uscc.value()).isEqualTo(code);
    assertThat(uscc.divisionCode()).isEqualTo(code.substring(2, 8)).containsOnlyDigits();
    assertThat(uscc.organizationCode()).hasSize(9);
    assertThat(Uscc.checkCharacter(code.substring(0, 17))).isEqualTo(code.charAt(17));
    assertThat(Uscc.organizationCodeCheck(code.substring(8, 16))).isEqualTo(code.charAt(16));
  }

  @Test
  void acceptsLowerCaseAndSurroundingBlanks() {
    assertThat(Uscc.parse("  9144030071526726xg\t")).isEqualTo(new Uscc("9144030071526726XG"));
  }

  @Test
  void canonicalConstructorRejectsLowerCase() {
    assertThat(problemOf(() -> new Uscc("9144030071526726xg")).problem())
        .isEqualTo(Problem.CHARACTER);
  }

  @Test
  void tooShortPointsAtTheFirstMissingPosition() {
    InvalidUsccException e = problemOf(() -> Uscc.parse("91330100799655058"));

    assertThat(e.problem()).isEqualTo(Problem.LENGTH);
    assertThat(e.position()).isEqualTo(18);
    assertThat(e.argumentList()).containsExactly(18, "17");
  }

  @Test
  void tooLongPointsAtTheFirstSurplusPosition() {
    InvalidUsccException e = problemOf(() -> Uscc.parse("91330100799655058B1"));

    assertThat(e.problem()).isEqualTo(Problem.LENGTH);
    assertThat(e.position()).isEqualTo(19);
  }

  @Test
  void emptyOrNullIsALengthProblemAtPositionOne() {
    assertThat(problemOf(() -> Uscc.parse("   ")).position()).isEqualTo(1);
    assertThat(problemOf(() -> Uscc.parse(null)).problem()).isEqualTo(Problem.LENGTH);
  }

  @ParameterizedTest
  @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z', '-', '中'})
  void rejectsCharactersOutsideTheCodeSet(char bad) {
    String code = replaceAt("91330100799655058B", 12, bad);

    InvalidUsccException e = problemOf(() -> Uscc.parse(code));

    assertThat(e.problem()).isEqualTo(Problem.CHARACTER);
    assertThat(e.position()).isEqualTo(12);
    assertThat(e.argumentList()).containsExactly(12, String.valueOf(bad));
  }

  @Test
  void divisionCodeMustBeDigits() {
    InvalidUsccException e = problemOf(() -> Uscc.parse("913301A0799655058B"));

    assertThat(e.problem()).isEqualTo(Problem.DIVISION_CODE);
    assertThat(e.position()).isEqualTo(7);
  }

  @Test
  void wrongOrganizationCodeCheckReportsPosition17AndTheExpectedCharacter() {
    String real = "9144030071526726XG";

    InvalidUsccException e = problemOf(() -> Uscc.parse(replaceAt(real, 17, '3')));

    assertThat(e.problem()).isEqualTo(Problem.ORGANIZATION_CODE_CHECK);
    assertThat(e.position()).isEqualTo(17);
    assertThat(e.argumentList()).containsExactly(17, "X");
  }

  @Test
  void wrongCheckCharacterReportsPosition18AndTheExpectedCharacter() {
    String real = "91330100799655058B";

    InvalidUsccException e = problemOf(() -> Uscc.parse(replaceAt(real, 18, 'C')));

    assertThat(e.problem()).isEqualTo(Problem.CHECK_CHARACTER);
    assertThat(e.position()).isEqualTo(18);
    assertThat(e.argumentList()).containsExactly(18, "B");
    assertThat(e.messageKey()).isEqualTo("core.uscc.check_character");
  }

  @Test
  void everySingleCharacterSubstitutionIsDetected() {
    String real = "914403001922038216";
    for (int position = 1; position <= 18; position++) {
      for (char c : Uscc.CHARSET.toCharArray()) {
        if (c == real.charAt(position - 1)) {
          continue;
        }
        String typo = replaceAt(real, position, c);
        assertThatThrownBy(() -> Uscc.parse(typo))
            .as("typo %s", typo)
            .isInstanceOf(InvalidUsccException.class);
      }
    }
  }

  @Test
  void withCheckCharactersRebuildsARealCode() {
    String real = "91110108551385082Q";

    assertThat(Uscc.withCheckCharacters(real.substring(0, 16)).value()).isEqualTo(real);
  }

  @Test
  void organizationCheckMapsTenToXAndElevenToZero() {
    // Walk synthetic bodies until both special cases have been produced and validated.
    boolean sawX = false;
    boolean sawZero = false;
    for (int n = 0; n < 200 && !(sawX && sawZero); n++) {
      String body = String.format("%08d", 10_000_000 + n * 7919);
      char check = Uscc.organizationCodeCheck(body);
      int sum = 0;
      int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
      for (int i = 0; i < 8; i++) {
        sum += (body.charAt(i) - '0') * weights[i];
      }
      int expected = 11 - sum % 11;
      if (expected == 10) {
        sawX = true;
        assertThat(check).isEqualTo('X');
      } else if (expected == 11) {
        sawZero = true;
        assertThat(check).isEqualTo('0');
      } else {
        assertThat(check).isEqualTo((char) ('0' + expected));
      }
      Uscc generated = Uscc.withCheckCharacters("91330109" + body);
      assertThat(Uscc.parse(generated.value())).isEqualTo(generated);
    }
    assertThat(sawX).isTrue();
    assertThat(sawZero).isTrue();
  }

  @Test
  void toStringIsTheCode() {
    assertThat(Uscc.parse("91330100799655058B")).hasToString("91330100799655058B");
  }

  private static InvalidUsccException problemOf(Runnable action) {
    InvalidUsccException e = catchThrowableOfType(InvalidUsccException.class, action::run);
    assertThat(e).as("expected an InvalidUsccException").isNotNull();
    return e;
  }

  private static String replaceAt(String s, int position, char c) {
    return s.substring(0, position - 1) + c + s.substring(position);
  }
}
