package org.shuzhi.hazard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shuzhi.hazard.EscalationLevel.BULLETIN;
import static org.shuzhi.hazard.EscalationLevel.EXPOSURE;
import static org.shuzhi.hazard.EscalationLevel.WARNING;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EscalationRuleTest {

  final EscalationRule rule =
      EscalationRule.of(new HazardProperties(null, null, null).escalation());
  final LocalDate deadline = LocalDate.of(2026, 1, 31);

  @Test
  void thirtySixtyNinetyDaysAfterTheDeadlineByDefault() {
    assertThat(rule.reached(deadline, deadline)).isEmpty();
    assertThat(rule.reached(deadline, deadline.plusDays(29))).isEmpty();
    assertThat(rule.reached(deadline, deadline.plusDays(30))).containsExactly(BULLETIN);
    assertThat(rule.reached(deadline, deadline.plusDays(59))).containsExactly(BULLETIN);
    assertThat(rule.reached(deadline, deadline.plusDays(60))).containsExactly(BULLETIN, EXPOSURE);
    assertThat(rule.reached(deadline, deadline.plusDays(89))).containsExactly(BULLETIN, EXPOSURE);
    assertThat(rule.reached(deadline, deadline.plusDays(90)))
        .containsExactly(BULLETIN, EXPOSURE, WARNING);
    assertThat(EscalationRule.daysOverdue(deadline, LocalDate.of(2026, 3, 2))).isEqualTo(30);
  }

  @Test
  void theDaysAreConfiguration() {
    var custom = new EscalationRule(7, 14, 21);
    assertThat(custom.reached(deadline, deadline.plusDays(6))).isEmpty();
    assertThat(custom.reached(deadline, deadline.plusDays(14))).containsExactly(BULLETIN, EXPOSURE);
    assertThat(custom.cutoff(WARNING, deadline.plusDays(21))).isEqualTo(deadline);
    assertThatThrownBy(() -> new HazardProperties.Escalation(60, 30, 90, null, true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
