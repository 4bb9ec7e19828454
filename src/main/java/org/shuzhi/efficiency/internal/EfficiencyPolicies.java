package org.shuzhi.efficiency.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditTrail;
import org.shuzhi.efficiency.internal.YearPolicy.ClassPolicy;
import org.shuzhi.efficiency.internal.YearPolicy.RebateRule;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The differentiated policies of each year (economy.md §1.5): read by everyone who reads results,
 * edited by the bureau only, validated (no negative surcharge, relief 0–100 %, quota change
 * −100–100 %), versioned against concurrent edits, audited, with the whole old and new policy in
 * the history. A year nobody edited uses {@link PolicyDefaults}.
 */
@Service
class EfficiencyPolicies {

  static final List<String> CLASSES = List.of("A", "B", "C", "D");
  static final Set<String> BASES = Set.of(PolicyDefaults.TAX_PERCENT, PolicyDefaults.FIXED);
  static final int MAX_REBATES = 50;

  /** Beyond any real surcharge; keeps typing errors (and the column's range) out. */
  static final BigDecimal MAX_SURCHARGE = new BigDecimal("10000");

  static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private final PolicyRepository repository;
  private final EfficiencyYears years;
  private final EfficiencyAccess access;
  private final AuditTrail audit;
  private final JsonMapper json;

  EfficiencyPolicies(
      PolicyRepository repository,
      EfficiencyYears years,
      EfficiencyAccess access,
      AuditTrail audit,
      JsonMapper json) {
    this.repository = repository;
    this.years = years;
    this.access = access;
    this.audit = audit;
    this.json = json;
  }

  /** The year's policy: stored, or the defaults. */
  YearPolicy policy(int year) {
    years.requireYear(year);
    return repository.find(year).orElseGet(() -> PolicyDefaults.of(year));
  }

  List<PolicyRepository.Change> changes(int year) {
    return repository.changes(year);
  }

  @Transactional
  YearPolicy update(
      int year,
      Integer expectedVersion,
      List<ClassPolicy> classes,
      List<RebateRule> rebates,
      CurrentUser user) {
    access.requireManage(user);
    years.requireYear(year);
    if (expectedVersion == null) {
      throw new InvalidInputException("version", "efficiency.policy.versionMissing");
    }
    List<ClassPolicy> checkedClasses = checkClasses(classes);
    List<RebateRule> checkedRebates = checkRebates(rebates);
    repository.lockYear(year);
    YearPolicy before = policy(year);
    if (before.version() != expectedVersion) {
      throw new ConflictException("efficiency.policy.stale");
    }
    YearPolicy after =
        new YearPolicy(
            year, before.version() + 1, user.username(), null, checkedClasses, checkedRebates);
    repository.replace(after, user.username());
    String oldJson = json.writeValueAsString(content(before));
    String newJson = json.writeValueAsString(content(after));
    repository.history(year, after.version(), oldJson, newJson, user.username());
    audit.record(AuditEntry.updated("efficiency_policy", year, content(before), content(after)));
    return policy(year);
  }

  /** What the history and the audit keep: the values, not the bookkeeping. */
  private static Map<String, Object> content(YearPolicy policy) {
    return Map.of(
        "version", policy.version(), "classes", policy.classes(), "rebates", policy.rebates());
  }

  private static List<ClassPolicy> checkClasses(List<ClassPolicy> classes) {
    List<Violation> problems = new ArrayList<>();
    List<ClassPolicy> ordered = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ClassPolicy c : classes == null ? List.<ClassPolicy>of() : classes) {
      if (c == null) {
        continue;
      }
      String letter = c.efficiencyClass() == null ? "" : c.efficiencyClass().trim();
      if (!CLASSES.contains(letter)) {
        problems.add(new Violation("classes", "efficiency.policy.classUnknown", letter));
        continue;
      }
      if (!seen.add(letter)) {
        problems.add(new Violation("classes", "efficiency.policy.classTwice", letter));
        continue;
      }
      nonNegative(letter, "electricitySurcharge", c.electricitySurcharge(), problems);
      nonNegative(letter, "waterSurcharge", c.waterSurcharge(), problems);
      nonNegative(letter, "emissionSurcharge", c.emissionSurcharge(), problems);
      range(letter, "landUseTaxReliefPercent", c.landUseTaxReliefPercent(), false, problems);
      range(letter, "energyQuotaChangePercent", c.energyQuotaChangePercent(), true, problems);
      range(letter, "emissionQuotaChangePercent", c.emissionQuotaChangePercent(), true, problems);
      ordered.add(
          new ClassPolicy(
              letter,
              c.electricitySurcharge(),
              c.waterSurcharge(),
              c.emissionSurcharge(),
              c.landUseTaxReliefPercent(),
              c.energyQuotaChangePercent(),
              c.emissionQuotaChangePercent()));
    }
    for (String letter : CLASSES) {
      if (!seen.contains(letter)) {
        problems.add(new Violation("classes", "efficiency.policy.classMissing", letter));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    ordered.sort(java.util.Comparator.comparing(ClassPolicy::efficiencyClass));
    return ordered;
  }

  private static void nonNegative(
      String letter, String field, BigDecimal value, List<Violation> problems) {
    if (value == null) {
      problems.add(new Violation(field, "efficiency.policy.valueMissing", letter, label(field)));
    } else if (value.signum() < 0) {
      problems.add(
          new Violation(
              field, "efficiency.policy.negative", letter, label(field), value.toPlainString()));
    } else if (value.compareTo(MAX_SURCHARGE) > 0) {
      problems.add(
          new Violation(
              field,
              "efficiency.policy.tooLarge",
              letter,
              label(field),
              value.toPlainString(),
              MAX_SURCHARGE.toPlainString()));
    }
  }

  /** Relief 0–100 %; a quota change may also cut, −100–100 %. */
  private static void range(
      String letter, String field, BigDecimal value, boolean mayCut, List<Violation> problems) {
    BigDecimal low = mayCut ? HUNDRED.negate() : BigDecimal.ZERO;
    if (value == null) {
      problems.add(new Violation(field, "efficiency.policy.valueMissing", letter, label(field)));
    } else if (value.compareTo(low) < 0 || value.compareTo(HUNDRED) > 0) {
      problems.add(
          new Violation(
              field,
              "efficiency.policy.percentRange",
              letter,
              label(field),
              value.toPlainString(),
              low.toPlainString()));
    }
  }

  private static List<RebateRule> checkRebates(List<RebateRule> rebates) {
    List<RebateRule> list = rebates == null ? List.of() : rebates;
    if (list.size() > MAX_REBATES) {
      throw new InvalidInputException("rebates", "efficiency.policy.tooManyRebates", MAX_REBATES);
    }
    List<Violation> problems = new ArrayList<>();
    List<RebateRule> checked = new ArrayList<>();
    int n = 0;
    for (RebateRule r : list) {
      n++;
      if (r == null) {
        continue;
      }
      String name = r.name() == null ? "" : r.name().trim();
      String letter = r.efficiencyClass() == null ? "" : r.efficiencyClass().trim();
      String basis = r.basis() == null ? "" : r.basis().trim();
      if (name.isEmpty() || name.length() > 100) {
        problems.add(new Violation("rebates", "efficiency.policy.rebateName", n));
      }
      if (!CLASSES.contains(letter)) {
        problems.add(new Violation("rebates", "efficiency.policy.rebateClass", n, letter));
      }
      if (!BASES.contains(basis)) {
        problems.add(new Violation("rebates", "efficiency.policy.rebateBasis", n, basis));
      }
      if (r.rate() == null || r.rate().signum() < 0 || r.rate().compareTo(MAX_AMOUNT) > 0) {
        problems.add(
            new Violation(
                "rebates",
                "efficiency.policy.rebateRate",
                n,
                r.rate() == null ? "—" : r.rate().toPlainString()));
      } else if (PolicyDefaults.TAX_PERCENT.equals(basis) && r.rate().compareTo(HUNDRED) > 0) {
        problems.add(
            new Violation(
                "rebates", "efficiency.policy.rebatePercent", n, r.rate().toPlainString()));
      }
      if (r.cap() != null && (r.cap().signum() < 0 || r.cap().compareTo(MAX_AMOUNT) > 0)) {
        problems.add(
            new Violation("rebates", "efficiency.policy.rebateCap", n, r.cap().toPlainString()));
      }
      checked.add(new RebateRule(name, letter, basis, r.rate(), r.cap()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return checked;
  }

  /** The field's name in the user's language, resolved when the message is. */
  private static DefaultMessageSourceResolvable label(String field) {
    return new DefaultMessageSourceResolvable("efficiency.policy.field." + field);
  }
}
