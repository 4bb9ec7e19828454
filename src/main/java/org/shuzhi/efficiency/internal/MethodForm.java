package org.shuzhi.efficiency.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shuzhi.efficiency.EfficiencyGroup;
import org.shuzhi.efficiency.internal.scoring.AdjustmentRule;
import org.shuzhi.efficiency.internal.scoring.Classification;
import org.shuzhi.efficiency.internal.scoring.EvaluationMethod;
import org.shuzhi.efficiency.internal.scoring.GroupMethod;
import org.shuzhi.efficiency.internal.scoring.IndicatorCode;
import org.shuzhi.efficiency.internal.scoring.IndicatorSpec;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.shuzhi.platform.NumberInput;

/**
 * The method page's form, as typed: one section per group (always the four of {@link
 * EfficiencyGroup}, in that order) with indicator rows, classification by shares or cut-offs and
 * adjustment rules, plus the small-land threshold. Kept as text so a refused form comes back as the
 * user typed it. Parameter names: {@code groups[g].group}, {@code groups[g].scored}, {@code
 * groups[g].indicators[i].code|weight|benchmark|cap}, {@code groups[g].mode}, {@code
 * groups[g].shareA|shareB|shareD}, {@code groups[g].cutoffA|cutoffB|cutoffC}, {@code
 * groups[g].rules[r].flag|effect|points}, {@code smallLandMu}. Row indices may have gaps (rows
 * removed in the browser); a row left completely blank is ignored.
 */
record MethodForm(List<GroupForm> groups, String smallLandMu) {

  record GroupForm(
      String group,
      boolean scored,
      List<IndicatorRow> indicators,
      String mode,
      String shareA,
      String shareB,
      String shareD,
      String cutoffA,
      String cutoffB,
      String cutoffC,
      List<RuleRow> rules) {}

  record IndicatorRow(String code, String weight, String benchmark, String cap) {
    boolean blank() {
      return isBlank(code) && isBlank(weight) && isBlank(benchmark) && isBlank(cap);
    }
  }

  record RuleRow(String flag, String effect, String points) {
    boolean blank() {
      return isBlank(flag) && isBlank(effect) && isBlank(points);
    }
  }

  private static final Pattern INDICATOR =
      Pattern.compile("groups\\[(\\d+)]\\.indicators\\[(\\d+)]\\.(code|weight|benchmark|cap)");
  private static final Pattern RULE =
      Pattern.compile("groups\\[(\\d+)]\\.rules\\[(\\d+)]\\.(flag|effect|points)");
  private static final int MAX_GROUPS = EfficiencyGroup.values().length;

  /** The form showing a stored method; a group the method lacks shows as listed only, empty. */
  static MethodForm of(EvaluationMethod method) {
    List<GroupForm> groups = new ArrayList<>();
    for (EfficiencyGroup g : EfficiencyGroup.values()) {
      GroupMethod m = method.group(g).orElse(null);
      if (m == null) {
        groups.add(
            new GroupForm(g.name(), false, List.of(), "SHARE", "", "", "", "", "", "", List.of()));
        continue;
      }
      List<IndicatorRow> indicators =
          m.indicators().stream()
              .map(
                  s ->
                      new IndicatorRow(
                          s.code() == null ? "" : s.code().name(),
                          text(s.weight()),
                          text(s.benchmark()),
                          text(s.cap())))
              .toList();
      Classification c = m.classification();
      boolean cutoff = c != null && c.mode() == Classification.Mode.CUTOFF;
      boolean share = c != null && c.mode() == Classification.Mode.SHARE;
      groups.add(
          new GroupForm(
              g.name(),
              m.isScored(),
              indicators,
              cutoff ? "CUTOFF" : "SHARE",
              share ? text(c.a()) : "",
              share ? text(c.b()) : "",
              share ? text(c.d()) : "",
              cutoff ? text(c.a()) : "",
              cutoff ? text(c.b()) : "",
              cutoff ? text(c.c()) : "",
              m.rules().stream()
                  .map(
                      r ->
                          new RuleRow(
                              r.flag(),
                              r.effect() == null ? "" : r.effect().name(),
                              text(r.points())))
                  .toList()));
    }
    return new MethodForm(groups, text(method.smallLandMu()));
  }

  /** The form as posted (request parameters as the servlet API gives them). */
  static MethodForm parse(Map<String, String[]> params) {
    Map<Integer, Map<Integer, Map<String, String>>> indicators = new TreeMap<>();
    Map<Integer, Map<Integer, Map<String, String>>> rules = new TreeMap<>();
    for (Map.Entry<String, String[]> p : params.entrySet()) {
      collect(INDICATOR.matcher(p.getKey()), p.getValue(), indicators);
      collect(RULE.matcher(p.getKey()), p.getValue(), rules);
    }
    List<GroupForm> groups = new ArrayList<>();
    for (int g = 0; g < MAX_GROUPS && params.containsKey("groups[" + g + "].group"); g++) {
      String at = "groups[" + g + "].";
      List<IndicatorRow> rows = new ArrayList<>();
      for (Map<String, String> r : indicators.getOrDefault(g, Map.of()).values()) {
        rows.add(
            new IndicatorRow(
                r.getOrDefault("code", ""),
                r.getOrDefault("weight", ""),
                r.getOrDefault("benchmark", ""),
                r.getOrDefault("cap", "")));
      }
      List<RuleRow> ruleRows = new ArrayList<>();
      for (Map<String, String> r : rules.getOrDefault(g, Map.of()).values()) {
        ruleRows.add(
            new RuleRow(
                r.getOrDefault("flag", ""),
                r.getOrDefault("effect", ""),
                r.getOrDefault("points", "")));
      }
      groups.add(
          new GroupForm(
              value(params, at + "group"),
              !"false".equals(value(params, at + "scored")),
              rows,
              value(params, at + "mode"),
              value(params, at + "shareA"),
              value(params, at + "shareB"),
              value(params, at + "shareD"),
              value(params, at + "cutoffA"),
              value(params, at + "cutoffB"),
              value(params, at + "cutoffC"),
              ruleRows));
    }
    return new MethodForm(groups, value(params, "smallLandMu"));
  }

  /**
   * The method the form describes. Text that is not a number, or a code, effect or mode that does
   * not exist, is refused here with every problem at once; the method's own rules (weights add up
   * to 100, shares at most 100 %, …) are {@link EvaluationMethod#validate()}'s.
   */
  EvaluationMethod toMethod() {
    List<Violation> problems = new ArrayList<>();
    List<GroupMethod> methods = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      GroupForm form = groups.get(g);
      String at = "groups[" + g + "].";
      EfficiencyGroup group = constant(EfficiencyGroup.class, form.group());
      if (group == null) {
        problems.add(new Violation(at + "group", "efficiency.method.groupMissing"));
        continue;
      }
      List<IndicatorSpec> specs = new ArrayList<>();
      for (int i = 0; i < form.indicators().size(); i++) {
        IndicatorRow row = form.indicators().get(i);
        if (row.blank()) {
          continue;
        }
        String field = at + "indicators[" + i + "].";
        IndicatorCode code = constant(IndicatorCode.class, row.code());
        if (code == null && !isBlank(row.code())) {
          problems.add(
              new Violation(
                  field + "code", "efficiencyMethod.codeUnknown", group.name(), row.code()));
        }
        specs.add(
            new IndicatorSpec(
                code,
                number(field + "weight", row.weight(), problems),
                number(field + "benchmark", row.benchmark(), problems),
                number(field + "cap", row.cap(), problems)));
      }
      List<AdjustmentRule> adjustments = new ArrayList<>();
      for (int r = 0; r < form.rules().size(); r++) {
        RuleRow row = form.rules().get(r);
        if (row.blank()) {
          continue;
        }
        String field = at + "rules[" + r + "].";
        AdjustmentRule.Effect effect = constant(AdjustmentRule.Effect.class, row.effect());
        if (effect == null && !isBlank(row.effect())) {
          problems.add(
              new Violation(
                  field + "effect", "efficiencyMethod.effectUnknown", group.name(), row.effect()));
        }
        Double points =
            effect == AdjustmentRule.Effect.VETO
                ? null
                : number(field + "points", row.points(), problems);
        adjustments.add(
            new AdjustmentRule(isBlank(row.flag()) ? null : row.flag().trim(), effect, points));
      }
      methods.add(
          new GroupMethod(
              group, form.scored(), specs, classification(form, at, problems), adjustments));
    }
    Double smallLand = number("smallLandMu", smallLandMu, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new EvaluationMethod(methods, smallLand);
  }

  private static Classification classification(
      GroupForm form, String at, List<Violation> problems) {
    Classification.Mode mode = constant(Classification.Mode.class, form.mode());
    if (mode == Classification.Mode.SHARE) {
      return new Classification(
          mode,
          number(at + "shareA", form.shareA(), problems),
          number(at + "shareB", form.shareB(), problems),
          null,
          number(at + "shareD", form.shareD(), problems));
    }
    if (mode == Classification.Mode.CUTOFF) {
      return new Classification(
          mode,
          number(at + "cutoffA", form.cutoffA(), problems),
          number(at + "cutoffB", form.cutoffB(), problems),
          number(at + "cutoffC", form.cutoffC(), problems),
          null);
    }
    return null; // validate() asks for a mode
  }

  /** Sum of the weights that are numbers, for the page (the browser keeps it live). */
  static String weightSum(GroupForm group) {
    double sum = 0;
    for (IndicatorRow row : group.indicators()) {
      try {
        sum += isBlank(row.weight()) ? 0 : Double.parseDouble(row.weight().trim());
      } catch (NumberFormatException e) {
        // not a number: the server refuses it on save
      }
    }
    return text(sum);
  }

  private static void collect(
      Matcher m, String[] values, Map<Integer, Map<Integer, Map<String, String>>> into) {
    if (!m.matches()) {
      return;
    }
    int group = Integer.parseInt(m.group(1));
    int row = Integer.parseInt(m.group(2));
    if (group >= MAX_GROUPS || row > 1_000) {
      return; // no page makes such indices: ignore rather than allocate
    }
    into.computeIfAbsent(group, k -> new TreeMap<>())
        .computeIfAbsent(row, k -> new java.util.HashMap<>())
        .put(m.group(3), values.length == 0 || values[0] == null ? "" : values[0].trim());
  }

  private static String value(Map<String, String[]> params, String name) {
    String[] v = params.get(name);
    return v == null || v.length == 0 || v[0] == null ? "" : v[0].trim();
  }

  /** {@link NumberInput}'s reading, with the problem collected instead of thrown. */
  private static Double number(String field, String text, List<Violation> problems) {
    try {
      return NumberInput.decimalNumber(text, field);
    } catch (InvalidInputException e) {
      problems.addAll(e.violations());
      return null;
    }
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String name) {
    if (isBlank(name)) {
      return null;
    }
    try {
      return Enum.valueOf(type, name.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String text(Double value) {
    return value == null ? "" : text(value.doubleValue());
  }

  private static String text(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
