package org.shuzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class ProblemMessagesTest {

  private final ProblemMessages problems = new ProblemMessages(bundle());

  private static StaticMessageSource bundle() {
    StaticMessageSource source = new StaticMessageSource();
    source.addMessage("name.missing", Locale.ENGLISH, "Name is missing");
    source.addMessage("name.tooLong", Locale.ENGLISH, "Name is longer than {0}");
    source.addMessage("name.taken", Locale.ENGLISH, "{0} is taken");
    return source;
  }

  @Test
  void aRefusedInputGivesOneMessagePerViolation() {
    RuntimeException refused =
        new InvalidInputException(
            List.of(
                new InvalidInputException.Violation("name", "name.missing"),
                new InvalidInputException.Violation("name", "name.tooLong", 100)));

    assertThat(problems.ofRefusal(refused, Locale.ENGLISH))
        .containsExactly("Name is missing", "Name is longer than 100");
  }

  @Test
  void aConflictGivesItsOneMessage() {
    RuntimeException refused = new ConflictException("name.taken", "Xiaoshan");

    assertThat(problems.ofRefusal(refused, Locale.ENGLISH)).containsExactly("Xiaoshan is taken");
  }

  @Test
  void anUnknownKeyIsShownAsTheKey() {
    assertThat(problems.ofRefusal(new ConflictException("no.such.key"), Locale.ENGLISH))
        .containsExactly("no.such.key");
  }

  @Test
  void anyOtherExceptionIsNotARefusalAndPropagates() {
    RuntimeException bug = new IllegalStateException("bug");

    assertThatThrownBy(() -> problems.ofRefusal(bug, Locale.ENGLISH)).isSameAs(bug);
  }
}
