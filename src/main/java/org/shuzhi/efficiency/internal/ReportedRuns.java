package org.shuzhi.efficiency.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.ScopeColumns;
import org.springframework.stereotype.Component;

/**
 * What the reports ({@code internal.report}) need of the runs, without opening the repository: a
 * run by id, the run that stands for a year ({@link RunRepository#currentRun}), the years that have
 * runs, the scope columns of results and who may read them.
 */
@Component
public class ReportedRuns {

  /** A run as reports name it. */
  public record Run(
      long id, int year, int version, String status, int enterpriseCount, Instant createdAt) {}

  private final RunRepository runs;
  private final YearRepository years;
  private final EfficiencyAccess access;

  ReportedRuns(RunRepository runs, YearRepository years, EfficiencyAccess access) {
    this.runs = runs;
    this.years = years;
    this.access = access;
  }

  /** Scope columns of {@code efficiency_result} read under the alias {@code r}. */
  public static ScopeColumns scope() {
    return RunRepository.SCOPE;
  }

  public Optional<Run> run(long id) {
    return runs.run(id).map(ReportedRuns::of);
  }

  /** The run standing for the year: latest PUBLISHED, else latest version. */
  public Optional<Run> currentRun(int year) {
    return runs.currentRun(year).map(ReportedRuns::of);
  }

  /** A run by id as the user may see it (an enterprise sees announced runs only). */
  public Optional<Run> run(long id, CurrentUser user) {
    return run(id).filter(r -> access.seesRun(user, r.status()));
  }

  /**
   * The run standing for the year as the user may see it: for an enterprise the latest announced
   * one (published, else in publicity), never a draft.
   */
  public Optional<Run> currentRun(int year, CurrentUser user) {
    Optional<Run> current = currentRun(year);
    if (current.isEmpty() || access.seesRun(user, current.get().status())) {
      return current;
    }
    return runs.announcedRun(year).map(ReportedRuns::of);
  }

  /** The evaluation years, newest first. */
  public List<Integer> years() {
    return years.years();
  }

  /** Reading results: business roles (then rows are filtered by data scope). */
  public void requireRead(CurrentUser user) {
    access.requireRead(user);
  }

  private static Run of(RunRepository.RunSummary s) {
    return new Run(s.id(), s.year(), s.version(), s.status(), s.enterpriseCount(), s.createdAt());
  }
}
