package org.shuzhi.efficiency.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.efficiency.internal.YearPolicy.ClassPolicy;
import org.shuzhi.efficiency.internal.YearPolicy.RebateRule;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.springframework.util.MultiValueMap;

/**
 * The policy form's texts as typed (so a refused form shows them again): class fields named {@code
 * <letter>.<field>}, rebate rows as parallel {@code rebate.*} lists with blank rows ignored.
 */
record PolicyForm(Map<String, String> values, List<RebateText> rebates) {

  static final List<String> FIELDS =
      List.of(
          "electricitySurcharge",
          "waterSurcharge",
          "emissionSurcharge",
          "landUseTaxReliefPercent",
          "energyQuotaChangePercent",
          "emissionQuotaChangePercent");

  /** Empty rebate rows the form offers for new rules. */
  static final int BLANK_REBATES = 3;

  record RebateText(String name, String efficiencyClass, String basis, String rate, String cap) {
    boolean blank() {
      return isBlank(name) && isBlank(rate) && isBlank(cap);
    }
  }

  public String value(String letter, String field) {
    return values.getOrDefault(letter + "." + field, "");
  }

  static PolicyForm of(YearPolicy policy) {
    Map<String, String> values = new HashMap<>();
    for (ClassPolicy c : policy.classes()) {
      String l = c.efficiencyClass();
      values.put(l + ".electricitySurcharge", text(c.electricitySurcharge()));
      values.put(l + ".waterSurcharge", text(c.waterSurcharge()));
      values.put(l + ".emissionSurcharge", text(c.emissionSurcharge()));
      values.put(l + ".landUseTaxReliefPercent", text(c.landUseTaxReliefPercent()));
      values.put(l + ".energyQuotaChangePercent", text(c.energyQuotaChangePercent()));
      values.put(l + ".emissionQuotaChangePercent", text(c.emissionQuotaChangePercent()));
    }
    List<RebateText> rebates = new ArrayList<>();
    for (RebateRule r : policy.rebates()) {
      rebates.add(
          new RebateText(r.name(), r.efficiencyClass(), r.basis(), text(r.rate()), text(r.cap())));
    }
    return new PolicyForm(values, withBlanks(rebates));
  }

  static PolicyForm of(MultiValueMap<String, String> params) {
    Map<String, String> values = new HashMap<>();
    for (String letter : EfficiencyPolicies.CLASSES) {
      for (String field : FIELDS) {
        String key = letter + "." + field;
        values.put(key, params.getFirst(key) == null ? "" : params.getFirst(key));
      }
    }
    List<String> names = list(params, "rebate.name");
    List<RebateText> rebates = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      RebateText r =
          new RebateText(
              names.get(i),
              at(params, "rebate.class", i),
              at(params, "rebate.basis", i),
              at(params, "rebate.rate", i),
              at(params, "rebate.cap", i));
      if (!r.blank()) {
        rebates.add(r);
      }
    }
    return new PolicyForm(values, rebates);
  }

  PolicyForm withBlankRows() {
    return new PolicyForm(values, withBlanks(rebates));
  }

  /** The typed policy; every text that is not a number is reported at once. */
  List<ClassPolicy> classes() {
    List<Violation> problems = new ArrayList<>();
    List<ClassPolicy> classes = new ArrayList<>();
    for (String l : EfficiencyPolicies.CLASSES) {
      classes.add(
          new ClassPolicy(
              l,
              number(value(l, FIELDS.get(0)), l, problems),
              number(value(l, FIELDS.get(1)), l, problems),
              number(value(l, FIELDS.get(2)), l, problems),
              number(value(l, FIELDS.get(3)), l, problems),
              number(value(l, FIELDS.get(4)), l, problems),
              number(value(l, FIELDS.get(5)), l, problems)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return classes;
  }

  List<RebateRule> rebateRules() {
    List<Violation> problems = new ArrayList<>();
    List<RebateRule> rules = new ArrayList<>();
    int n = 0;
    for (RebateText r : rebates) {
      n++;
      String row = String.valueOf(n);
      rules.add(
          new RebateRule(
              r.name(),
              r.efficiencyClass(),
              r.basis(),
              number(r.rate(), row, problems),
              number(r.cap(), row, problems)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return rules;
  }

  private static BigDecimal number(String text, String where, List<Violation> problems) {
    if (isBlank(text)) {
      return null;
    }
    try {
      return new BigDecimal(text.trim().replace(",", ""));
    } catch (NumberFormatException e) {
      problems.add(new Violation(where, "efficiency.policy.notNumber", where, text));
      return null;
    }
  }

  private static List<RebateText> withBlanks(List<RebateText> rebates) {
    List<RebateText> all = new ArrayList<>(rebates);
    for (int i = 0; i < BLANK_REBATES; i++) {
      all.add(new RebateText("", "A", PolicyDefaults.TAX_PERCENT, "", ""));
    }
    return all;
  }

  private static List<String> list(MultiValueMap<String, String> params, String key) {
    List<String> values = params.get(key);
    return values == null ? List.of() : values;
  }

  private static String at(MultiValueMap<String, String> params, String key, int i) {
    List<String> values = list(params, key);
    return i < values.size() ? values.get(i) : "";
  }

  private static String text(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
