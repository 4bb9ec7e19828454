package org.shuzhi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.shuzhi.platform.InvalidInputException.Violation;

class PasswordPolicyTest {

  private final PasswordPolicy policy =
      new PasswordPolicy(new SecurityPolicyProperties(null, null, null));

  private java.util.List<String> problems(String password) {
    return policy.check(password, "zhangsan").stream().map(Violation::messageKey).toList();
  }

  @Test
  void defaultPolicyNeedsEightCharactersFromThreeClasses() {
    assertThat(problems("Ab1!")).containsExactly("identity.password.tooShort");
    assertThat(problems("abcdefgh")).containsExactly("identity.password.tooSimple");
    assertThat(problems("abcdefg1")).containsExactly("identity.password.tooSimple");
    assertThat(problems("Abcdefg1")).isEmpty();
    assertThat(problems("abcdef1!")).isEmpty();
    assertThat(problems("密码Abcdefg1")).isEmpty();
  }

  @Test
  void refusesTheUsernameInsideThePassword() {
    assertThat(problems("Zhangsan-2024")).containsExactly("identity.password.containsUsername");
  }

  @Test
  void longPassphrasesAreAllowedUpToTheLimit() {
    assertThat(problems("Correct-horse-battery-staple-" + "x".repeat(60))).isEmpty();
    assertThat(problems("Aa1!" + "x".repeat(200))).containsExactly("identity.password.tooLong");
  }

  @Test
  void expiresAfterNinetyDays() {
    Instant now = Instant.parse("2026-11-24T00:00:00Z");
    assertThat(policy.expired(now.minus(Duration.ofDays(89)), now)).isFalse();
    assertThat(policy.expired(now.minus(Duration.ofDays(91)), now)).isTrue();
  }

  @Test
  void generatedPasswordsSatisfyThePolicy() {
    for (int i = 0; i < 200; i++) {
      String generated = policy.generate();
      assertThat(policy.check(generated, "admin")).isEmpty();
      assertThat(PasswordPolicy.classes(generated)).isEqualTo(4);
    }
  }
}
