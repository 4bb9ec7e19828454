package org.shuzhi.risk.internal.majorhazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.shuzhi.risk.MajorHazardLevel;
import org.shuzhi.risk.MajorHazardSiteDraft.Substance;
import org.shuzhi.risk.MajorHazardSiteDraft.Unit;

/** Worked examples of GB 18218-2018 §4.2 / §4.3, computed by hand in the comments. */
class MajorHazardCalculatorTest {

  private final MajorHazardCalculator calculator = new MajorHazardCalculator();
  private final ReferenceData reference = ReferenceFixture.gb18218();

  private static Substance cas(String cas, String tonnes) {
    return new Substance(cas, new BigDecimal(tonnes), null);
  }

  private static Substance category(String category, String tonnes) {
    return new Substance(null, new BigDecimal(tonnes), category);
  }

  private UnitEvaluation unit(int population, Substance... substances) {
    return calculator
        .evaluate(
            List.of(new Unit("罐区", "STORAGE", Arrays.asList(substances))), population, reference)
        .units()
        .get(0);
  }

  private static void assertNumber(BigDecimal actual, String expected) {
    assertThat(actual).isEqualByComparingTo(expected);
  }

  @Test
  void sulphurDioxideExamFromTheNotes() {
    // SO₂ 200 t: Q = 20 (Table 1), β = 2 (Table 3); 60 people → α = 1.5.
    // S = 200/20 = 10 ≥ 1; R = 1.5 × 2 × 10 = 30 → 10 ≤ R < 50 → 三级.
    UnitEvaluation u = unit(60, cas("7446-09-5", "200"));
    assertNumber(u.s(), "10");
    assertThat(u.majorHazard()).isTrue();
    assertNumber(u.alpha(), "1.5");
    assertNumber(u.r(), "30");
    assertThat(u.level()).isEqualTo(MajorHazardLevel.LEVEL_3);
    SubstanceTerm t = u.substances().get(0);
    assertNumber(t.criticalQuantity(), "20");
    assertThat(t.quantitySource()).isEqualTo(QuantitySource.TABLE_1);
    assertNumber(t.beta(), "2");
    assertThat(t.betaSource()).isEqualTo(BetaSource.CATALOGUE);
    assertNumber(t.ratio(), "10");
    assertNumber(t.weighted(), "20");
  }

  @Test
  void chlorineAndAmmoniaMixture() {
    // Chlorine 3 t (Q 5, β 4) + ammonia 6 t (Q 10, β 2):
    // S = 3/5 + 6/10 = 0.6 + 0.6 = 1.2 ≥ 1 → major hazard.
    // Σβq/Q = 4 × 0.6 + 2 × 0.6 = 2.4 + 1.2 = 3.6; 120 people → α = 2 → R = 7.2 → 四级.
    UnitEvaluation u = unit(120, cas("7782-50-5", "3"), cas("7664-41-7", "6"));
    assertNumber(u.s(), "1.2");
    assertNumber(u.weightedSum(), "3.6");
    assertNumber(u.r(), "7.2");
    assertThat(u.level()).isEqualTo(MajorHazardLevel.LEVEL_4);
    assertNumber(u.substances().get(0).weighted(), "2.4");
    assertNumber(u.substances().get(1).weighted(), "1.2");
  }

  @Test
  void justBelowOneIsNotAMajorHazard() {
    // Chlorine 4.99 t: S = 4.99/5 = 0.998 < 1 → no level.
    UnitEvaluation u = unit(120, cas("7782-50-5", "4.99"));
    assertNumber(u.s(), "0.998");
    assertThat(u.majorHazard()).isFalse();
    assertThat(u.level()).isNull();
  }

  @Test
  void exactlyOneIsAMajorHazard() {
    // Chlorine 5 t: S = 5/5 = 1 → major; nobody within 500 m → α = 0.5; R = 0.5 × 4 × 1 = 2 → 四级.
    UnitEvaluation u = unit(0, cas("7782-50-5", "5"));
    assertNumber(u.s(), "1");
    assertThat(u.majorHazard()).isTrue();
    assertNumber(u.r(), "2");
    assertThat(u.level()).isEqualTo(MajorHazardLevel.LEVEL_4);
  }

  @Test
  void thirdsAddUpToOne() {
    // Three W2 gases of 10/3 t each would be 1/3 + 1/3 + 1/3; with q to the kilogram,
    // 3.334 + 3.333 + 3.333 = 10 t of Q 10 → S = 1 exactly.
    UnitEvaluation u =
        unit(1, category("W2", "3.334"), category("W2", "3.333"), category("W2", "3.333"));
    assertNumber(u.s(), "1");
    assertThat(u.majorHazard()).isTrue();
  }

  @Test
  void unlistedSubstanceByCategory() {
    // An unlisted W5.1 flammable liquid, 20 t: Q 10 (Table 2), β 1.5 (Table 4);
    // S = 2; 40 people → α 1.2; R = 1.2 × 1.5 × 2 = 3.6 → 四级.
    UnitEvaluation u = unit(40, category("W5.1", "20"));
    SubstanceTerm t = u.substances().get(0);
    assertThat(t.quantitySource()).isEqualTo(QuantitySource.CATEGORY);
    assertThat(t.quantityCategory()).isEqualTo("W5.1");
    assertNumber(t.criticalQuantity(), "10");
    assertThat(t.betaSource()).isEqualTo(BetaSource.CATEGORY);
    assertNumber(t.beta(), "1.5");
    assertNumber(u.s(), "2");
    assertNumber(u.r(), "3.6");
  }

  @Test
  void severalCategoriesTakeTheLowestQ() {
    // W5.3 (Q 1000, β 1) and J3 (Q 50, β 2): Q = 50 from J3; β = 2 (the higher);
    // 100 t → S = 2; 1 person → α 1; R = 1 × 2 × 2 = 4.
    UnitEvaluation u = unit(1, new Substance("64-17-5", new BigDecimal("100"), "w5.3, J3"));
    SubstanceTerm t = u.substances().get(0);
    assertThat(t.quantityCategory()).isEqualTo("J3");
    assertNumber(t.criticalQuantity(), "50");
    assertNumber(t.beta(), "2");
    assertThat(t.categories()).containsExactly("W5.3", "J3");
    assertNumber(u.s(), "2");
    assertNumber(u.r(), "4");
  }

  @Test
  void listedChemicalWithoutOwnBetaTakesItFromItsCategories() {
    // Methanol 1000 t: Q 500 (Table 1), β from W5.3 = 1 → S = 2, 1 person → R = 2.
    SubstanceTerm methanol = unit(1, cas("67-56-1", "1000")).substances().get(0);
    assertThat(methanol.quantitySource()).isEqualTo(QuantitySource.TABLE_1);
    assertThat(methanol.betaSource()).isEqualTo(BetaSource.CATEGORY);
    assertThat(methanol.betaCategory()).isEqualTo("W5.3");
    // Formaldehyde catalogued as W2 (β 1.5) and J3 (β 2): the higher β.
    SubstanceTerm formaldehyde = unit(1, cas("50-00-0", "5")).substances().get(0);
    assertNumber(formaldehyde.beta(), "2");
    assertThat(formaldehyde.betaCategory()).isEqualTo("J3");
  }

  @Test
  void table1WinsOverAGivenCategory() {
    SubstanceTerm t =
        unit(1, new Substance("7782-50-5", new BigDecimal("1"), "W5.3")).substances().get(0);
    assertThat(t.quantitySource()).isEqualTo(QuantitySource.TABLE_1);
    assertNumber(t.criticalQuantity(), "5");
  }

  @ParameterizedTest
  @CsvSource({"0, 0.5", "1, 1.0", "29, 1.0", "30, 1.2", "49, 1.2", "50, 1.5", "99, 1.5", "100, 2"})
  void alphaBandEdges(int population, String alpha) {
    assertNumber(MajorHazardCalculator.alphaBand(population, reference).alpha(), alpha);
    // The same α reaches R: chlorine 5 t → Σβq/Q = 4 → R = 4α.
    assertNumber(
        unit(population, cas("7782-50-5", "5")).r(),
        new BigDecimal(alpha).multiply(BigDecimal.valueOf(4)).toPlainString());
  }

  @ParameterizedTest
  @CsvSource({
    "0, LEVEL_4",
    "9.999999, LEVEL_4",
    "10, LEVEL_3",
    "49.999999, LEVEL_3",
    "50, LEVEL_2",
    "99.999999, LEVEL_2",
    "100, LEVEL_1",
    "1000, LEVEL_1"
  })
  void levelBandEdges(String r, MajorHazardLevel level) {
    assertThat(MajorHazardCalculator.level(new BigDecimal(r), reference)).isEqualTo(level);
  }

  @ParameterizedTest
  @CsvSource({
    // Chlorine, 1 person (α 1): R = 1 × 4 × q/5 = 0.8 q.
    "12.499, LEVEL_4",
    "12.5, LEVEL_3",
    "62.499, LEVEL_3",
    "62.5, LEVEL_2",
    "124.999, LEVEL_2",
    "125, LEVEL_1"
  })
  void levelEdgesThroughTheWholeCalculation(String chlorineTonnes, MajorHazardLevel level) {
    UnitEvaluation u = unit(1, cas("7782-50-5", chlorineTonnes));
    assertNumber(
        u.r(), new BigDecimal(chlorineTonnes).multiply(new BigDecimal("0.8")).toPlainString());
    assertThat(u.level()).isEqualTo(level);
  }

  private List<Violation> problems(Integer population, Unit... units) {
    try {
      calculator.evaluate(Arrays.asList(units), population, reference);
    } catch (InvalidInputException e) {
      return e.violations();
    }
    throw new AssertionError("expected the input to be refused");
  }

  private static Unit storage(Substance... substances) {
    return new Unit("罐区", "STORAGE", Arrays.asList(substances));
  }

  @Test
  void unknownCasWithoutCategoryIsRefusedNamingTheCas() {
    var problems = problems(10, storage(cas("7732-18-5", "3")));
    assertThat(problems)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.field()).isEqualTo("units[0].substances[0].cas");
              assertThat(v.messageKey()).isEqualTo("risk.mh.error.casUnknown");
              assertThat(v.arguments()).containsExactly("7732-18-5");
            });
  }

  @Test
  void unknownCasWithCategoryIsGradedByCategory() {
    SubstanceTerm t = unit(1, new Substance("7732-18-5", BigDecimal.TEN, "W2")).substances().get(0);
    assertThat(t.cas()).isEqualTo("7732-18-5");
    assertThat(t.quantitySource()).isEqualTo(QuantitySource.CATEGORY);
  }

  @Test
  void coalGasByCatalogueCodeWithNitrogenDioxide() {
    // 煤气 has no CAS number (Table 1 code GB18218-T1-COAL-GAS): Q 20, β 2 (Table 3 CO).
    // 15 t 煤气 + 0.5 t NO₂ (Q 1, β 10), 150 people → α 2:
    // S = 15/20 + 0.5/1 = 0.75 + 0.5 = 1.25 ≥ 1;
    // Σβq/Q = 2 × 0.75 + 10 × 0.5 = 1.5 + 5 = 6.5; R = 2 × 6.5 = 13 → 三级.
    UnitEvaluation u = unit(150, cas("GB18218-T1-COAL-GAS", "15"), cas("10102-44-0", "0.5"));
    SubstanceTerm gas = u.substances().get(0);
    assertThat(gas.cas()).isEqualTo("GB18218-T1-COAL-GAS");
    assertThat(gas.givenAsCas()).isFalse();
    assertThat(gas.coveredByOtherEntry()).isFalse();
    assertNumber(gas.criticalQuantity(), "20");
    assertThat(gas.quantitySource()).isEqualTo(QuantitySource.TABLE_1);
    assertNumber(gas.beta(), "2");
    assertNumber(gas.ratio(), "0.75");
    assertNumber(gas.weighted(), "1.5");
    SubstanceTerm no2 = u.substances().get(1);
    assertNumber(no2.ratio(), "0.5");
    assertNumber(no2.weighted(), "5");
    assertNumber(u.s(), "1.25");
    assertNumber(u.weightedSum(), "6.5");
    assertNumber(u.r(), "13");
    assertThat(u.level()).isEqualTo(MajorHazardLevel.LEVEL_3);
  }

  @Test
  void carbonMonoxideIsCountedAsCoalGas() {
    // CO (630-08-0) has no Table 1 row of its own: the 煤气 row covers it, Q 20, β 2.
    // 40 t → S = 2; 10 people → α 1; R = 1 × 2 × 2 = 4 → 四级.
    UnitEvaluation u = unit(10, cas("630-08-0", "40"));
    SubstanceTerm t = u.substances().get(0);
    assertThat(t.cas()).isEqualTo("630-08-0");
    assertThat(t.catalogueKey()).isEqualTo("GB18218-T1-COAL-GAS");
    assertThat(t.givenAsCas()).isTrue();
    assertThat(t.coveredByOtherEntry()).isTrue();
    assertThat(t.nameZh()).isEqualTo("煤气");
    assertNumber(t.criticalQuantity(), "20");
    assertNumber(t.beta(), "2");
    assertNumber(u.s(), "2");
    assertNumber(u.r(), "4");
  }

  @Test
  void catalogueCodesAreCaseInsensitiveAndAnUnknownOneIsRefusedEvenWithACategory() {
    assertThat(unit(1, cas(" gb18218-t1-coal-gas ", "20")).substances().get(0).cas())
        .isEqualTo("GB18218-T1-COAL-GAS");
    var problems =
        problems(
            10,
            storage(
                new Substance("GB18218-T1-NONE", BigDecimal.ONE, "W2"),
                cas("煤气", "1"),
                cas("GB18218", "1")));
    assertThat(problems)
        .extracting(Violation::messageKey)
        .containsExactly(
            "risk.mh.error.codeUnknown", "risk.mh.error.casInvalid", "risk.mh.error.casInvalid");
    assertThat(problems.get(0).arguments()).containsExactly("GB18218-T1-NONE");
  }

  @Test
  void everyBadValueIsReportedAgainstItsField() {
    var problems =
        problems(
            -1,
            new Unit(
                " ",
                "TANK",
                List.of(
                    cas("7782-50-4", "1"),
                    cas("7782-50-5", "0"),
                    cas("7782-50-5", "-2"),
                    cas("7782-50-5", "10000000.001"),
                    cas("7782-50-5", "1.0001"),
                    category("X9", "1"),
                    new Substance(null, BigDecimal.ONE, null),
                    new Substance("7782-50-5", null, null))));
    assertThat(problems)
        .extracting(Violation::field, Violation::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "exposedPopulation", "risk.mh.error.populationNegative"),
            org.assertj.core.groups.Tuple.tuple("units[0].name", "risk.mh.error.unitNameRequired"),
            org.assertj.core.groups.Tuple.tuple("units[0].kind", "risk.mh.error.kindInvalid"),
            org.assertj.core.groups.Tuple.tuple(
                "units[0].substances[0].cas", "risk.mh.error.casInvalid"),
            org.assertj.core.groups.Tuple.tuple(
                "units[0].substances[1].quantityTonnes", "risk.mh.error.quantityNotPositive"),
            org.assertj.core.groups.Tuple.tuple(
                "units[0].substances[2].quantityTonnes", "risk.mh.error.quantityNotPositive"),
            org.assertj.core.groups.Tuple.tuple(
                "units[0].substances[3].quantityTonnes", "risk.mh.error.quantityTooLarge"),
            org.assertj.core.groups.Tuple.tuple(
                "units[0].substances[4].quantityTonnes", "risk.mh.error.quantityPrecision"),
            org.assertj.core.groups.Tuple.tuple(
                "units[0].substances[5].category", "risk.mh.error.categoryUnknown"),
            org.assertj.core.groups.Tuple.tuple(
                "units[0].substances[6].cas", "risk.mh.error.substanceUnidentified"),
            org.assertj.core.groups.Tuple.tuple(
                "units[0].substances[7].quantityTonnes", "risk.mh.error.quantityRequired"));
  }

  @Test
  void missingUnitsAndPopulationAreRefused() {
    assertThatThrownBy(() -> calculator.evaluate(List.of(), null, reference))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations())
                    .extracting(Violation::field)
                    .containsExactly("exposedPopulation", "units"));
    assertThat(problems(2_000_000, storage(cas("7782-50-5", "1"))))
        .extracting(Violation::messageKey)
        .containsExactly("risk.mh.error.populationTooLarge");
  }

  @ParameterizedTest
  @CsvSource({
    "7782-50-5, true",
    "7732-18-5, true",
    "8006-14-2, true",
    "7732-18-4, false",
    "7732185, false",
    "1-23-4, false"
  })
  void casCheckDigit(String cas, boolean valid) {
    assertThat(CasNumber.valid(cas)).isEqualTo(valid);
  }
}
