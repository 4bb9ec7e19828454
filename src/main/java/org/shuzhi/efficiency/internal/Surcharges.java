package org.shuzhi.efficiency.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.platform.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The surcharges of a run's C/D (or any class with a non-zero rate) enterprises, with totals per
 * class and per town, within the reader's data scope. A/B enterprises get the land-use tax relief
 * percentage only: the land-use tax amount is not among the evaluation figures.
 */
@Service
class Surcharges {

  private final SurchargeRepository repository;
  private final RunRepository runs;
  private final EfficiencyPolicies policies;
  private final EfficiencyAccess access;
  private final AreaDirectory areas;

  Surcharges(
      SurchargeRepository repository,
      RunRepository runs,
      EfficiencyPolicies policies,
      EfficiencyAccess access,
      AreaDirectory areas) {
    this.repository = repository;
    this.runs = runs;
    this.policies = policies;
    this.access = access;
    this.areas = areas;
  }

  /** Sums of one class or town. */
  record Totals(
      String key,
      String label,
      long enterprises,
      long charged,
      BigDecimal electricity,
      BigDecimal water,
      BigDecimal emission,
      BigDecimal total) {}

  record Line(
      String uscc,
      String name,
      String townName,
      String efficiencyClass,
      Double electricityKwh,
      BigDecimal electricity,
      Double waterM3,
      BigDecimal water,
      Double emission,
      BigDecimal emissionAmount,
      BigDecimal total,
      boolean incomplete) {}

  record Report(
      RunRepository.RunSummary run,
      YearPolicy policy,
      List<Totals> byClass,
      List<Totals> byTown,
      Totals overall,
      long charged,
      int page,
      int size,
      List<Line> lines) {}

  /** The run that stands for the year (latest published, else latest), or the one asked for. */
  RunRepository.RunSummary run(int year, Long runId) {
    if (runId == null) {
      return runs.currentRun(year).orElseThrow(() -> new NotFoundException("run"));
    }
    RunRepository.RunSummary run = runs.run(runId).orElseThrow(() -> new NotFoundException("run"));
    if (run.year() != year) {
      throw new NotFoundException("run");
    }
    return run;
  }

  Report report(RunRepository.RunSummary run, int page, int size, CurrentUser user) {
    access.requireRead(user);
    YearPolicy policy = policies.policy(run.year());
    Map<String, String> townNames = new HashMap<>();
    areas.towns().forEach(t -> townNames.put(t.code(), t.name()));
    Map<String, Sum> byClass = new LinkedHashMap<>();
    for (String letter : EfficiencyPolicies.CLASSES) {
      byClass.put(letter, new Sum(letter, letter));
    }
    Map<String, Sum> byTown = new java.util.TreeMap<>();
    Sum overall = new Sum("", "");
    List<Line> lines = new ArrayList<>();
    long[] charged = {0};
    int from = page * size;
    each(
        run,
        policy,
        user,
        s -> {
          var c = s.consumption();
          String town = c.townCode() == null ? "" : c.townCode();
          String townName = townNames.getOrDefault(town, town);
          byClass.get(c.efficiencyClass()).add(s);
          if (s.policy().surcharges()) {
            byTown.computeIfAbsent(town, t -> new Sum(t, townName)).add(s);
            overall.add(s);
            if (charged[0] >= from && lines.size() < size) {
              lines.add(
                  new Line(
                      c.uscc(),
                      c.name(),
                      townName,
                      c.efficiencyClass(),
                      c.electricityKwh(),
                      s.electricity(),
                      c.waterM3(),
                      s.water(),
                      c.emission(),
                      s.emission(),
                      s.total(),
                      s.incomplete()));
            }
            charged[0]++;
          }
        });
    return new Report(
        run,
        policy,
        byClass.values().stream().map(Sum::totals).toList(),
        byTown.values().stream().map(Sum::totals).toList(),
        overall.totals(),
        charged[0],
        page,
        size,
        lines);
  }

  /** Every classified enterprise of the run in the user's scope, with its surcharge. */
  void each(
      RunRepository.RunSummary run, YearPolicy policy, CurrentUser user, Consumer<Surcharge> each) {
    repository.classified(
        run.id(),
        run.year(),
        user.scope(),
        c -> each.accept(Surcharge.of(c, policy.of(c.efficiencyClass()))));
  }

  /** Running sums; amounts not delivered count as nothing. */
  private static final class Sum {
    private final String key;
    private final String label;
    private long enterprises;
    private long charged;
    private BigDecimal electricity = BigDecimal.ZERO.setScale(2);
    private BigDecimal water = BigDecimal.ZERO.setScale(2);
    private BigDecimal emission = BigDecimal.ZERO.setScale(2);

    Sum(String key, String label) {
      this.key = key;
      this.label = label;
    }

    void add(Surcharge s) {
      enterprises++;
      if (s.total().signum() > 0) {
        charged++;
      }
      electricity = Surcharge.add(electricity, s.electricity());
      water = Surcharge.add(water, s.water());
      emission = Surcharge.add(emission, s.emission());
    }

    Totals totals() {
      return new Totals(
          key,
          label,
          enterprises,
          charged,
          electricity,
          water,
          emission,
          electricity.add(water).add(emission));
    }
  }
}
