package org.shuzhi.efficiency.internal.scoring;

import static org.shuzhi.efficiency.internal.scoring.IndicatorCode.ADDED_VALUE_PER_EMISSION;
import static org.shuzhi.efficiency.internal.scoring.IndicatorCode.ADDED_VALUE_PER_ENERGY;
import static org.shuzhi.efficiency.internal.scoring.IndicatorCode.ADDED_VALUE_PER_MU;
import static org.shuzhi.efficiency.internal.scoring.IndicatorCode.LABOR_PRODUCTIVITY;
import static org.shuzhi.efficiency.internal.scoring.IndicatorCode.RD_INTENSITY;
import static org.shuzhi.efficiency.internal.scoring.IndicatorCode.REVENUE_PER_MU;
import static org.shuzhi.efficiency.internal.scoring.IndicatorCode.TAX_PER_KWH;
import static org.shuzhi.efficiency.internal.scoring.IndicatorCode.TAX_PER_MU;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shuzhi.efficiency.EfficiencyGroup;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;

/**
 * The scoring method of a year: one {@link GroupMethod} per group, and the land area below which a
 * below-scale industrial enterprise falls in {@link EfficiencyGroup#BELOW_SCALE_SMALL}.
 *
 * @param groups the groups' methods
 * @param smallLandMu the small-land threshold in mu (default 3, 遂昌 / 慈溪 practice); null = 3
 */
public record EvaluationMethod(List<GroupMethod> groups, Double smallLandMu) {

  static final double WEIGHT_TOTAL = 100;
  private static final double EPSILON = 1e-6;

  public EvaluationMethod {
    groups = groups == null ? List.of() : List.copyOf(groups);
  }

  public double smallLandThreshold() {
    return smallLandMu == null ? 3 : smallLandMu;
  }

  public Optional<GroupMethod> group(EfficiencyGroup group) {
    return groups.stream().filter(g -> g.group() == group).findFirst();
  }

  /**
   * The defaults of issue 6 (Zhejiang county practice, 黄岩 weights, economy.md §1.3): 规上工业 = tax/mu
   * 30, added value/mu 20, added value per tce 20, per emission unit 10, labour productivity 10,
   * R&amp;D intensity 10; 规下 = tax/mu 50, tax per kWh 50; 规上服务业 (unsure: no weights published) =
   * tax/mu 60, revenue/mu 40. Benchmarks are the group averages, each item is capped at twice its
   * weight, A = top 10 %, B = next 40 %, D = bottom 10 %; a major safety accident or environmental
   * violation forces D.
   */
  public static EvaluationMethod defaults() {
    List<AdjustmentRule> vetoes =
        List.of(
            new AdjustmentRule("MAJOR_SAFETY_ACCIDENT", AdjustmentRule.Effect.VETO, null),
            new AdjustmentRule("ENVIRONMENTAL_VIOLATION", AdjustmentRule.Effect.VETO, null));
    List<IndicatorSpec> belowScale = List.of(capped(TAX_PER_MU, 50), capped(TAX_PER_KWH, 50));
    return new EvaluationMethod(
        List.of(
            new GroupMethod(
                EfficiencyGroup.ABOVE_SCALE_INDUSTRY,
                true,
                List.of(
                    capped(TAX_PER_MU, 30),
                    capped(ADDED_VALUE_PER_MU, 20),
                    capped(ADDED_VALUE_PER_ENERGY, 20),
                    capped(ADDED_VALUE_PER_EMISSION, 10),
                    capped(LABOR_PRODUCTIVITY, 10),
                    capped(RD_INTENSITY, 10)),
                Classification.defaultShares(),
                vetoes),
            new GroupMethod(
                EfficiencyGroup.BELOW_SCALE_INDUSTRY,
                true,
                belowScale,
                Classification.defaultShares(),
                vetoes),
            new GroupMethod(
                EfficiencyGroup.BELOW_SCALE_SMALL,
                false,
                belowScale,
                Classification.defaultShares(),
                vetoes),
            new GroupMethod(
                EfficiencyGroup.ABOVE_SCALE_SERVICES,
                true,
                List.of(capped(TAX_PER_MU, 60), capped(REVENUE_PER_MU, 40)),
                Classification.defaultShares(),
                vetoes)),
        3.0);
  }

  private static IndicatorSpec capped(IndicatorCode code, double weight) {
    return new IndicatorSpec(code, weight, null, 2 * weight);
  }

  /**
   * Checks the method; every problem is reported at once (fields like {@code
   * groups[0].indicators[2].weight}), nothing is half-accepted.
   */
  public void validate() {
    List<Violation> problems = new ArrayList<>();
    if (smallLandMu != null && smallLandMu < 0) {
      problems.add(new Violation("smallLandMu", "efficiency.method.negative", smallLandMu));
    }
    if (groups.isEmpty()) {
      problems.add(new Violation("groups", "efficiency.method.noGroups"));
    }
    Set<EfficiencyGroup> seen = EnumSet.noneOf(EfficiencyGroup.class);
    for (int g = 0; g < groups.size(); g++) {
      GroupMethod group = groups.get(g);
      String at = "groups[" + g + "]";
      if (group == null || group.group() == null) {
        problems.add(new Violation(at + ".group", "efficiency.method.groupMissing"));
        continue;
      }
      if (!seen.add(group.group())) {
        problems.add(
            new Violation(at + ".group", "efficiency.method.groupTwice", group.group().name()));
      }
      validateGroup(group, at, problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static void validateGroup(GroupMethod group, String at, List<Violation> problems) {
    String name = group.group().name();
    Set<IndicatorCode> codes = new HashSet<>();
    double sum = 0;
    for (int i = 0; i < group.indicators().size(); i++) {
      IndicatorSpec spec = group.indicators().get(i);
      String field = at + ".indicators[" + i + "]";
      if (spec == null || spec.code() == null) {
        problems.add(new Violation(field + ".code", "efficiency.method.codeMissing", name));
        continue;
      }
      if (!codes.add(spec.code())) {
        problems.add(
            new Violation(field + ".code", "efficiency.method.codeTwice", name, spec.code()));
      }
      if (spec.weight() == null || spec.weight() <= 0) {
        problems.add(
            new Violation(
                field + ".weight", "efficiency.method.weightPositive", name, spec.code()));
      } else {
        sum += spec.weight();
      }
      if (spec.benchmark() != null && spec.benchmark() <= 0) {
        problems.add(
            new Violation(
                field + ".benchmark", "efficiency.method.benchmarkPositive", name, spec.code()));
      }
      if (spec.cap() != null && spec.cap() <= 0) {
        problems.add(
            new Violation(field + ".cap", "efficiency.method.capPositive", name, spec.code()));
      }
    }
    if (group.isScored()) {
      if (group.indicators().isEmpty()) {
        problems.add(new Violation(at + ".indicators", "efficiency.method.noIndicators", name));
      } else if (Math.abs(sum - WEIGHT_TOTAL) > EPSILON) {
        problems.add(
            new Violation(
                at + ".indicators", "efficiency.method.weightsSum", name, format(sum), 100));
      }
      validateClassification(group.classification(), name, at + ".classification", problems);
    }
    for (int r = 0; r < group.rules().size(); r++) {
      AdjustmentRule rule = group.rules().get(r);
      String field = at + ".rules[" + r + "]";
      if (rule == null || rule.flag() == null || rule.flag().isBlank() || rule.effect() == null) {
        problems.add(new Violation(field, "efficiency.method.ruleIncomplete", name));
      } else if (rule.effect() != AdjustmentRule.Effect.VETO
          && (rule.points() == null || rule.points() < 0)) {
        problems.add(
            new Violation(field + ".points", "efficiency.method.rulePoints", name, rule.flag()));
      }
    }
  }

  private static void validateClassification(
      Classification c, String group, String field, List<Violation> problems) {
    if (c == null || c.mode() == null) {
      problems.add(new Violation(field + ".mode", "efficiency.method.modeMissing", group));
      return;
    }
    if (c.mode() == Classification.Mode.SHARE) {
      if (c.a() == null || c.d() == null) {
        problems.add(new Violation(field, "efficiency.method.shareMissing", group));
        return;
      }
      boolean negative = c.a() < 0 || c.d() < 0 || (c.b() != null && c.b() < 0);
      double total = c.a() + c.d() + (c.b() == null ? 0 : c.b());
      if (negative) {
        problems.add(new Violation(field, "efficiency.method.shareNegative", group));
      } else if (total > WEIGHT_TOTAL + EPSILON) {
        problems.add(new Violation(field, "efficiency.method.sharesOver100", group, format(total)));
      }
    } else {
      if (c.a() == null || c.b() == null || c.c() == null) {
        problems.add(new Violation(field, "efficiency.method.cutoffMissing", group));
      } else if (!(c.a() > c.b() && c.b() > c.c())) {
        problems.add(
            new Violation(
                field,
                "efficiency.method.cutoffOrder",
                group,
                format(c.a()),
                format(c.b()),
                format(c.c())));
      }
    }
  }

  private static String format(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
