package org.shuzhi.efficiency.internal.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.shuzhi.efficiency.EfficiencyClass.A_PRIORITY;
import static org.shuzhi.efficiency.EfficiencyClass.B_UPGRADE;
import static org.shuzhi.efficiency.EfficiencyClass.C_ADJUST;
import static org.shuzhi.efficiency.EfficiencyClass.D_RECTIFY;
import static org.shuzhi.efficiency.EfficiencyGroup.ABOVE_SCALE_INDUSTRY;
import static org.shuzhi.efficiency.EfficiencyGroup.BELOW_SCALE_INDUSTRY;
import static org.shuzhi.efficiency.EfficiencyGroup.BELOW_SCALE_SMALL;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shuzhi.efficiency.EfficiencyGroup;
import org.shuzhi.efficiency.internal.scoring.AdjustmentRule.Effect;
import org.shuzhi.efficiency.internal.scoring.Classification.Mode;
import org.shuzhi.platform.InvalidInputException;

/**
 * Worked examples of the ratio-to-benchmark method (economy.md §1.3), every expected figure
 * computed by hand in the comments.
 */
class ScoringEngineTest {

  private final ScoringEngine engine = new ScoringEngine();

  /**
   * Four 规上 enterprises; method: tax/mu weight 60 capped at 90, added value per emission unit
   * weight 40; shares A/B/D 25 % each (one enterprise each).
   *
   * <pre>
   * tax/mu benchmark = (40+20+0+20) / (10+20+10+10) = 1.6
   *   E1 4 → 60×4/1.6 = 150, capped 90;  E2 1 → 37.5;  E3 0 → 0;  E4 2 → 75
   * emission benchmark (E3 has no emission data) = (100+100+60) / (2+5+3) = 26
   *   E1 50 → 40×50/26 = 1000/13;  E2 20 → 400/13;  E4 20 → 400/13
   *   E3 → mean of the others' item scores = (1000+400+400)/13/3 = 600/13
   * totals: E1 90+1000/13 = 166.92;  E4 75+400/13 = 105.77;  E2 37.5+400/13 = 68.27;  E3 46.15
   * </pre>
   */
  @Test
  void benchmarksAreGroupAveragesWithCapAndMissingEmission() {
    List<EnterpriseScore> results = engine.score(twoItemMethod(List.of()), fourEnterprises(null));

    EnterpriseScore e1 = results.get(0);
    assertThat(e1.items().get(0).value()).isCloseTo(4.0, within(1e-9));
    assertThat(e1.items().get(0).benchmark()).isCloseTo(1.6, within(1e-9));
    assertThat(e1.items().get(0).score()).isCloseTo(90.0, within(1e-9));
    assertThat(e1.items().get(1).benchmark()).isCloseTo(26.0, within(1e-9));
    assertThat(e1.items().get(1).score()).isCloseTo(1000.0 / 13, within(1e-9));
    assertThat(e1.total()).isCloseTo(90 + 1000.0 / 13, within(1e-9));

    EnterpriseScore e3 = results.get(2);
    assertThat(e3.items().get(0).score()).isZero();
    assertThat(e3.items().get(1).value()).isNull();
    assertThat(e3.items().get(1).score()).isCloseTo(600.0 / 13, within(1e-9));

    assertThat(results.get(1).total()).isCloseTo(37.5 + 400.0 / 13, within(1e-9));
    assertThat(results.get(3).total()).isCloseTo(75 + 400.0 / 13, within(1e-9));
    assertThat(results).extracting(EnterpriseScore::rank).containsExactly(1, 3, 4, 2);
    assertThat(results)
        .extracting(EnterpriseScore::efficiencyClass)
        .containsExactly(A_PRIORITY, C_ADJUST, D_RECTIFY, B_UPGRADE);
  }

  /**
   * The same four; E1 had a major safety accident (veto), E2 gets a 5-point bonus. E1 is D and
   * ranks last; the three others share the classes: E4 105.77 A, E2 73.27 B, E3 46.15 D (3 × 25 %
   * rounds to 1 each).
   */
  @Test
  void aVetoForcesClassDAndBonusAddsPoints() {
    List<AdjustmentRule> rules =
        List.of(
            new AdjustmentRule("MAJOR_SAFETY_ACCIDENT", Effect.VETO, null),
            new AdjustmentRule("HIGH_TECH", Effect.BONUS, 5.0));
    List<EnterpriseScore> results = engine.score(twoItemMethod(rules), fourEnterprises(true));

    assertThat(results.get(0).vetoed()).isTrue();
    assertThat(results.get(0).total()).isCloseTo(90 + 1000.0 / 13, within(1e-9));
    assertThat(results.get(1).adjustment()).isEqualTo(5.0);
    assertThat(results.get(1).total()).isCloseTo(42.5 + 400.0 / 13, within(1e-9));
    assertThat(results).extracting(EnterpriseScore::rank).containsExactly(4, 2, 3, 1);
    assertThat(results)
        .extracting(EnterpriseScore::efficiencyClass)
        .containsExactly(D_RECTIFY, B_UPGRADE, D_RECTIFY, A_PRIORITY);
  }

  /**
   * Ten 规下 enterprises, tax/mu weight 100 with a fixed benchmark 10 (score = 10 × tax/mu), shares A
   * 10 %, B 40 %, D 10 % → 1, 4 and 1 enterprises. Tax/mu 10, 10, 8, 7, 6, 5, 4, 3, 1, 1: the two
   * 10s tie for A (rank 1, 1); B is then 8, 7, 6 (positions up to 5); the last 1 would be D but
   * ties with the C before it, so both are C and nobody is D.
   */
  @Test
  void equalScoresAtABoundaryShareTheBetterClass() {
    double[] taxPerMu = {10, 10, 8, 7, 6, 5, 4, 3, 1, 1};
    List<EnterpriseFigures> figures = new ArrayList<>();
    for (int i = 0; i < taxPerMu.length; i++) {
      figures.add(figures("T" + i, BELOW_SCALE_INDUSTRY, 2.0, taxPerMu[i] * 2, null, null, null));
    }
    var method =
        new EvaluationMethod(
            List.of(
                new GroupMethod(
                    BELOW_SCALE_INDUSTRY,
                    true,
                    List.of(new IndicatorSpec(IndicatorCode.TAX_PER_MU, 100.0, 10.0, null)),
                    new Classification(Mode.SHARE, 10.0, 40.0, null, 10.0),
                    null)),
            null);

    List<EnterpriseScore> results = engine.score(method, figures);

    assertThat(results.get(0).total()).isCloseTo(100.0, within(1e-9));
    assertThat(results)
        .extracting(EnterpriseScore::rank)
        .containsExactly(1, 1, 3, 4, 5, 6, 7, 8, 9, 9);
    assertThat(results)
        .extracting(EnterpriseScore::efficiencyClass)
        .containsExactly(
            A_PRIORITY,
            A_PRIORITY,
            B_UPGRADE,
            B_UPGRADE,
            B_UPGRADE,
            C_ADJUST,
            C_ADJUST,
            C_ADJUST,
            C_ADJUST,
            C_ADJUST);
  }

  /** Cut-offs A ≥ 80, B ≥ 60, C ≥ 40: a score exactly at a cut-off takes the better class. */
  @Test
  void cutoffClassification() {
    double[] taxPerMu = {8, 7.99, 6, 4, 3.99};
    List<EnterpriseFigures> figures = new ArrayList<>();
    for (int i = 0; i < taxPerMu.length; i++) {
      figures.add(figures("C" + i, BELOW_SCALE_INDUSTRY, 1.0, taxPerMu[i], null, null, null));
    }
    var method =
        new EvaluationMethod(
            List.of(
                new GroupMethod(
                    BELOW_SCALE_INDUSTRY,
                    true,
                    List.of(new IndicatorSpec(IndicatorCode.TAX_PER_MU, 100.0, 10.0, null)),
                    new Classification(Mode.CUTOFF, 80.0, 60.0, 40.0, null),
                    null)),
            null);

    assertThat(engine.score(method, figures))
        .extracting(EnterpriseScore::efficiencyClass)
        .containsExactly(A_PRIORITY, B_UPGRADE, B_UPGRADE, C_ADJUST, D_RECTIFY);
  }

  /**
   * 黄岩 2022 规下 formula with its published benchmarks (亩均税收/11.5932×50 + 单位用电税收/0.2352×50): 4 mu,
   * tax 23.52 (万元), 1,000,000 kWh → 5.88 万元/亩 and 0.2352 元/kWh → 50×5.88/11.5932 + 50.
   */
  @Test
  void huangyanBelowScaleFormulaWithFixedBenchmarks() {
    var method =
        new EvaluationMethod(
            List.of(
                new GroupMethod(
                    BELOW_SCALE_INDUSTRY,
                    true,
                    List.of(
                        new IndicatorSpec(IndicatorCode.TAX_PER_MU, 50.0, 11.5932, null),
                        new IndicatorSpec(IndicatorCode.TAX_PER_KWH, 50.0, 0.2352, null)),
                    Classification.defaultShares(),
                    null)),
            null);
    var firm =
        new EnterpriseFigures(
            "H1",
            BELOW_SCALE_INDUSTRY,
            4.0,
            23.52,
            null,
            null,
            null,
            null,
            null,
            null,
            1_000_000.0,
            null);

    EnterpriseScore result = engine.score(method, List.of(firm)).get(0);

    assertThat(result.items().get(1).value()).isCloseTo(0.2352, within(1e-12));
    assertThat(result.total()).isCloseTo(50 * 5.88 / 11.5932 + 50, within(1e-9));
  }

  /**
   * Default method: two identical 规上 enterprises are both exactly at the group averages, so each
   * scores the weights' sum, 100; they tie for rank 1 and, as 2 × 10 % rounds to no A and 2 × 40 %
   * to one B, both are B. A 规下 enterprise under 3 mu is listed without score.
   */
  @Test
  void defaultMethodScoresTheAverageFirm100AndListsSmallOnesUnscored() {
    EvaluationMethod method = EvaluationMethod.defaults();
    method.validate();
    var twin =
        new EnterpriseFigures(
            "X1",
            ABOVE_SCALE_INDUSTRY,
            20.0,
            480.0,
            2700.0,
            1000.0,
            0.5,
            150.0,
            90.0,
            3000.0,
            2e6,
            null);
    var small =
        new EnterpriseFigures(
            "S1", BELOW_SCALE_SMALL, 2.0, 1.0, null, null, null, null, null, null, 1e4, null);

    List<EnterpriseScore> results =
        engine.score(
            method,
            List.of(
                twin,
                new EnterpriseFigures(
                    "X2",
                    ABOVE_SCALE_INDUSTRY,
                    20.0,
                    480.0,
                    2700.0,
                    1000.0,
                    0.5,
                    150.0,
                    90.0,
                    3000.0,
                    2e6,
                    null),
                small));

    assertThat(results.get(0).items()).hasSize(6);
    assertThat(results.get(0).total()).isCloseTo(100.0, within(1e-9));
    assertThat(results.get(1).rank()).isEqualTo(1);
    assertThat(results.get(0).efficiencyClass()).isEqualTo(B_UPGRADE);
    assertThat(results.get(1).efficiencyClass()).isEqualTo(B_UPGRADE);
    assertThat(results.get(2).total()).isNull();
    assertThat(results.get(2).efficiencyClass()).isNull();
    assertThat(results.get(2).items()).isEmpty();
  }

  @Test
  void weightsMustAddUpTo100AndSharesStayWithin100() {
    var method =
        new EvaluationMethod(
            List.of(
                new GroupMethod(
                    ABOVE_SCALE_INDUSTRY,
                    true,
                    List.of(
                        new IndicatorSpec(IndicatorCode.TAX_PER_MU, 60.0, null, null),
                        new IndicatorSpec(IndicatorCode.RD_INTENSITY, 30.0, null, null)),
                    new Classification(Mode.SHARE, 30.0, 50.0, null, 30.0),
                    null)),
            null);

    assertThatThrownBy(method::validate)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(InvalidInputException.Violation::messageKey)
                    .containsExactlyInAnyOrder(
                        "efficiency.method.weightsSum", "efficiency.method.sharesOver100"));
  }

  @Test
  void cutoffsMustDescendAndIndicatorsAppearOnce() {
    var method =
        new EvaluationMethod(
            List.of(
                new GroupMethod(
                    BELOW_SCALE_INDUSTRY,
                    true,
                    List.of(
                        new IndicatorSpec(IndicatorCode.TAX_PER_MU, 50.0, null, null),
                        new IndicatorSpec(IndicatorCode.TAX_PER_MU, 50.0, null, -1.0)),
                    new Classification(Mode.CUTOFF, 60.0, 80.0, 40.0, null),
                    null)),
            null);

    assertThatThrownBy(method::validate)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(InvalidInputException.Violation::messageKey)
                    .containsExactlyInAnyOrder(
                        "efficiency.method.codeTwice",
                        "efficiency.method.capPositive",
                        "efficiency.method.cutoffOrder"));
  }

  private static EvaluationMethod twoItemMethod(List<AdjustmentRule> rules) {
    return new EvaluationMethod(
        List.of(
            new GroupMethod(
                ABOVE_SCALE_INDUSTRY,
                true,
                List.of(
                    new IndicatorSpec(IndicatorCode.TAX_PER_MU, 60.0, null, 90.0),
                    new IndicatorSpec(IndicatorCode.ADDED_VALUE_PER_EMISSION, 40.0, null, null)),
                new Classification(Mode.SHARE, 25.0, 25.0, null, 25.0),
                rules)),
        null);
  }

  private static List<EnterpriseFigures> fourEnterprises(Boolean flagged) {
    Set<String> e1Flags = flagged == null ? Set.of() : Set.of("MAJOR_SAFETY_ACCIDENT");
    Set<String> e2Flags = flagged == null ? Set.of() : Set.of("HIGH_TECH");
    return List.of(
        withFlags(figures("E1", ABOVE_SCALE_INDUSTRY, 10.0, 40.0, 100.0, 2.0, null), e1Flags),
        withFlags(figures("E2", ABOVE_SCALE_INDUSTRY, 20.0, 20.0, 100.0, 5.0, null), e2Flags),
        figures("E3", ABOVE_SCALE_INDUSTRY, 10.0, 0.0, 50.0, null, null),
        figures("E4", ABOVE_SCALE_INDUSTRY, 10.0, 20.0, 60.0, 3.0, null));
  }

  private static EnterpriseFigures figures(
      String uscc,
      EfficiencyGroup group,
      Double land,
      Double tax,
      Double addedValue,
      Double emission,
      Set<String> flags) {
    return new EnterpriseFigures(
        uscc, group, land, tax, addedValue, null, emission, null, null, null, null, flags);
  }

  private static EnterpriseFigures withFlags(EnterpriseFigures f, Set<String> flags) {
    return new EnterpriseFigures(
        f.uscc(),
        f.group(),
        f.landAreaMu(),
        f.tax(),
        f.addedValue(),
        f.energyTce(),
        f.emission(),
        f.employees(),
        f.rdSpending(),
        f.revenue(),
        f.electricityKwh(),
        flags);
  }
}
