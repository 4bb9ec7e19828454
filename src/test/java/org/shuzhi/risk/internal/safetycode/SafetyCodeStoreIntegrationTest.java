package org.shuzhi.risk.internal.safetycode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.hazard.EscalationLevel;
import org.shuzhi.risk.MajorHazardLevel;
import org.shuzhi.risk.RiskColour;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Storing a batch: new codes inserted with a token, unchanged ones left alone (same token, same
 * computation time), changed ones rewritten with their token kept; nulls survive the round trip.
 */
class SafetyCodeStoreIntegrationTest extends IntegrationTest {

  static final Instant T1 = Instant.parse("2026-03-01T02:00:00Z");
  static final Instant T2 = Instant.parse("2026-03-02T02:00:00Z");
  static final SafetyCodeRule RED_RULE =
      new SafetyCodeRule(1, RiskColour.RED, Map.of(SafetyCodeInput.MAX_DAYS_OVERDUE, "60"));

  @Autowired SafetyCodeRepository codes;

  static EnterpriseRoster.Entry enterprise(String name, Double lon) {
    String uscc = "TEST" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
    return new EnterpriseRoster.Entry(
        0, uscc, name, CHENGXIANG, lon, lon == null ? null : 30.1, true);
  }

  static SafetyCodeRepository.Computed blue(EnterpriseRoster.Entry e) {
    return new SafetyCodeRepository.Computed(
        e, SafetyCodeInputs.nothing(), new SafetyCodeRuleSet.Verdict(RiskColour.BLUE, null), 1);
  }

  static SafetyCodeRepository.Computed red(EnterpriseRoster.Entry e) {
    SafetyCodeInputs inputs =
        new SafetyCodeInputsBuilder()
            .riskColour(RiskColour.ORANGE)
            .level(MajorHazardLevel.LEVEL_3)
            .open(2)
            .overdue(1)
            .daysOverdue(75)
            .escalation(EscalationLevel.EXPOSURE)
            .findings(1)
            .build();
    return new SafetyCodeRepository.Computed(
        e, inputs, new SafetyCodeRuleSet.Verdict(RiskColour.RED, RED_RULE), 1);
  }

  @Test
  void onlyNewAndChangedCodesAreWrittenAndTokensStay() {
    var a = enterprise("甲", 120.2);
    var b = enterprise("乙", null);
    var c = enterprise("丙", 120.3);
    assertThat(codes.store(List.of(blue(a), red(b), blue(c)), T1)).isEqualTo(3);
    SafetyCodeView storedA = codes.byUscc(a.uscc()).orElseThrow();
    SafetyCodeView storedB = codes.byUscc(b.uscc()).orElseThrow();
    assertThat(storedB.colour()).isEqualTo(RiskColour.RED);
    assertThat(storedB.inputs()).isEqualTo(red(b).inputs());
    assertThat(storedB.ruleText()).isEqualTo(RED_RULE.text());
    assertThat(storedB.lon()).isNull();
    assertThat(storedA.inputs()).isEqualTo(SafetyCodeInputs.nothing());
    assertThat(storedA.computedAt()).isEqualTo(T1);

    // Unchanged: nothing written, not even the computation time.
    assertThat(codes.store(List.of(blue(a), red(b), blue(c)), T2)).isZero();
    assertThat(codes.byUscc(a.uscc()).orElseThrow()).isEqualTo(storedA);
    assertThat(codes.byUscc(b.uscc()).orElseThrow()).isEqualTo(storedB);

    // b recovers, c moves: both rewritten with their tokens kept; a untouched.
    var moved = new EnterpriseRoster.Entry(0, c.uscc(), "丙", BEIGAN, 120.3, 30.1, true);
    assertThat(codes.store(List.of(blue(a), blue(b), blue(moved)), T2)).isEqualTo(2);
    SafetyCodeView recovered = codes.byUscc(b.uscc()).orElseThrow();
    assertThat(recovered.colour()).isEqualTo(RiskColour.BLUE);
    assertThat(recovered.ruleText()).isNull();
    assertThat(recovered.token()).isEqualTo(storedB.token());
    assertThat(recovered.computedAt()).isEqualTo(T2);
    assertThat(codes.byUscc(c.uscc()).orElseThrow().townCode()).isEqualTo(BEIGAN);
    assertThat(codes.byUscc(a.uscc()).orElseThrow()).isEqualTo(storedA);
    assertThat(codes.store(List.of(), T2)).isZero();
  }
}
