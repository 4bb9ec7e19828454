package org.shuzhi.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class DueRuleTest {

  @Test
  void neverInspectedIsDue() {
    assertThat(DueRule.due(null, 12, YearMonth.of(2025, 3))).isTrue();
  }

  @Test
  void monthlyIsDueTheNextMonth() {
    LocalDate last = LocalDate.of(2025, 1, 15);
    assertThat(DueRule.due(last, 1, YearMonth.of(2025, 1))).isFalse();
    assertThat(DueRule.due(last, 1, YearMonth.of(2025, 2))).isTrue();
  }

  @Test
  void quarterlyIsDueInTheThirdMonthAfter() {
    LocalDate last = LocalDate.of(2025, 1, 15);
    assertThat(DueRule.due(last, 3, YearMonth.of(2025, 3))).isFalse();
    assertThat(DueRule.due(last, 3, YearMonth.of(2025, 4))).isTrue();
  }

  @Test
  void dueOnTheMonthsLastDayCounts() {
    // 31 July + 6 months = 31 January: due in January, not in December.
    LocalDate last = LocalDate.of(2024, 7, 31);
    assertThat(DueRule.due(last, 6, YearMonth.of(2024, 12))).isFalse();
    assertThat(DueRule.due(last, 6, YearMonth.of(2025, 1))).isTrue();
  }

  @Test
  void overdueStaysDue() {
    assertThat(DueRule.due(LocalDate.of(2023, 1, 1), 12, YearMonth.of(2025, 6))).isTrue();
  }
}
