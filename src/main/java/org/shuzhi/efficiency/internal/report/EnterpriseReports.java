package org.shuzhi.efficiency.internal.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.shuzhi.efficiency.EfficiencyGroup;
import org.shuzhi.efficiency.internal.ReportedRuns;
import org.shuzhi.efficiency.internal.scoring.EvaluationMethod;
import org.shuzhi.efficiency.internal.scoring.IndicatorSpec;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * 一企一单 (economy.md §1.1, 海曙: the per-enterprise sheet confirmed before publicity): one enterprise's
 * result in a run — every indicator's value, benchmark and score, its ranks in group, town and
 * industry, the radar of score ÷ weight, and its results in the other years (each year's standing
 * run, {@code RunRepository.currentRun}). Outside the caller's data scope it does not exist.
 */
@Service
class EnterpriseReports {

  private final ReportRepository repository;
  private final ReportedRuns runs;
  private final ReportNames names;
  private final JsonMapper json;

  EnterpriseReports(
      ReportRepository repository, ReportedRuns runs, ReportNames names, JsonMapper json) {
    this.repository = repository;
    this.runs = runs;
    this.names = names;
    this.json = json;
  }

  /** "n of N": the rank among N ranked enterprises; rank null when not ranked. */
  record Standing(Integer rank, long of) {}

  /**
   * One indicator.
   *
   * @param ratio score ÷ weight, the radar's value (1 = at the benchmark); null without a weight
   */
  record Item(
      String code,
      String name,
      String unit,
      Double value,
      double benchmark,
      double score,
      Double weight,
      Double ratio) {}

  /** The enterprise's result in another year (or this one, {@code shown}). */
  record YearResult(
      int year,
      long runId,
      int version,
      String status,
      String group,
      Double total,
      String efficiencyClass,
      Standing rank,
      boolean shown) {}

  record Report(
      ReportedRuns.Run run,
      String uscc,
      String name,
      String townCode,
      String townName,
      String industryCode,
      String industryName,
      String group,
      String groupName,
      Double total,
      double adjustment,
      String efficiencyClass,
      boolean vetoed,
      Standing rankInGroup,
      Standing rankInTown,
      Standing rankInIndustry,
      List<Item> items,
      List<YearResult> years) {}

  @Transactional(readOnly = true)
  Report report(long runId, String uscc, CurrentUser user, Locale locale) {
    runs.requireRead(user);
    ReportedRuns.Run run = runs.run(runId, user).orElseThrow(() -> new NotFoundException("run"));
    ReportRepository.Standing s =
        repository
            .standing(runId, uscc, user.scope())
            .orElseThrow(() -> new NotFoundException("enterprise"));
    Map<String, Double> weights = weights(runId, s.group());
    List<Item> items = new ArrayList<>();
    for (ReportRepository.StoredItem i : s.items()) {
      Double weight = weights.get(i.code());
      items.add(
          new Item(
              i.code(),
              names.indicator(i.code(), locale),
              names.unit(i.code(), locale),
              i.value(),
              i.benchmark(),
              i.score(),
              weight,
              weight == null || weight <= 0 ? null : i.score() / weight));
    }
    return new Report(
        run,
        s.uscc(),
        s.name(),
        s.townCode(),
        names.town(s.townCode()),
        s.industryCode(),
        names.division(s.industryCode(), locale),
        s.group(),
        names.group(s.group(), locale),
        s.total(),
        s.adjustment(),
        s.efficiencyClass(),
        s.vetoed(),
        new Standing(s.rankInGroup(), s.groupRanked()),
        new Standing(s.rankInTown(), s.townRanked()),
        new Standing(s.rankInIndustry(), s.industryRanked()),
        items,
        years(run, uscc, user));
  }

  /**
   * The run to show for an enterprise when none is named: the standing run of the newest year in
   * which the enterprise (in the caller's scope) has a result.
   */
  @Transactional(readOnly = true)
  long latestRunOf(String uscc, CurrentUser user) {
    runs.requireRead(user);
    for (int year : runs.years()) {
      Optional<ReportedRuns.Run> run = runs.currentRun(year, user);
      if (run.isPresent()
          && repository.yearStanding(run.get().id(), uscc, user.scope()).isPresent()) {
        return run.get().id();
      }
    }
    throw new NotFoundException("enterprise");
  }

  /** The USCC behind a registry id (the map's points carry registry ids). */
  String usccOfEnterprise(long enterpriseId) {
    return repository
        .usccOfEnterprise(enterpriseId)
        .orElseThrow(() -> new NotFoundException("enterprise"));
  }

  /** Every year in which the enterprise has a result, oldest first. */
  private List<YearResult> years(ReportedRuns.Run shown, String uscc, CurrentUser user) {
    List<YearResult> years = new ArrayList<>();
    for (int year : runs.years()) {
      Optional<ReportedRuns.Run> run =
          year == shown.year() ? Optional.of(shown) : runs.currentRun(year, user);
      if (run.isEmpty()) {
        continue;
      }
      ReportedRuns.Run r = run.get();
      repository
          .yearStanding(r.id(), uscc, user.scope())
          .ifPresent(
              s ->
                  years.add(
                      0,
                      new YearResult(
                          r.year(),
                          r.id(),
                          r.version(),
                          r.status(),
                          s.group(),
                          s.total(),
                          s.efficiencyClass(),
                          new Standing(s.rank(), s.of()),
                          r.id() == shown.id())));
    }
    return years;
  }

  /** The weights of the group in the method stored with the run. */
  private Map<String, Double> weights(long runId, String group) {
    Map<String, Double> weights = new HashMap<>();
    EvaluationMethod method = json.readValue(repository.methodJson(runId), EvaluationMethod.class);
    method
        .group(EfficiencyGroup.valueOf(group))
        .ifPresent(
            g -> {
              for (IndicatorSpec spec : g.indicators()) {
                weights.put(spec.code().name(), spec.weight());
              }
            });
    return weights;
  }
}
