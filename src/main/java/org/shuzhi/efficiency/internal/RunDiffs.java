package org.shuzhi.efficiency.internal;

import org.shuzhi.identity.CurrentUser;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * What a version changed (issue 6 point 3, "a re-evaluation creates a new version and the
 * difference is shown"): enterprises whose class (or group) changed, that entered or left the
 * evaluation, and whose total score changed — by default against the year's previous published
 * version, else the previous version.
 */
@Service
class RunDiffs {

  static final int PAGE_SIZE = 100;

  /** The two runs compared and the page of differences. */
  record Diff(
      WorkflowRepository.RunState base,
      WorkflowRepository.RunState run,
      DiffRepository.Page page) {}

  private final WorkflowRepository runs;
  private final DiffRepository diffs;
  private final EfficiencyAccess access;

  RunDiffs(WorkflowRepository runs, DiffRepository diffs, EfficiencyAccess access) {
    this.runs = runs;
    this.diffs = diffs;
    this.access = access;
  }

  /** Null when the run has no earlier version to compare with and none was named. */
  Diff diff(long runId, Long baseRunId, int page, int size, CurrentUser user) {
    access.requireRead(user);
    WorkflowRepository.RunState run =
        runs.state(runId).orElseThrow(() -> new NotFoundException("run"));
    access.requireSeesRun(user, run.status().name());
    Long baseId =
        baseRunId != null ? baseRunId : runs.defaultBase(run.year(), run.version()).orElse(null);
    if (baseId == null) {
      return null;
    }
    WorkflowRepository.RunState base =
        runs.state(baseId)
            .orElseThrow(() -> new InvalidInputException("base", "efficiency.diff.baseUnknown"));
    access.requireSeesRun(user, base.status().name());
    if (base.year() != run.year() || base.id() == run.id()) {
      throw new InvalidInputException("base", "efficiency.diff.sameYear", run.year());
    }
    int safeSize = Math.max(1, Math.min(size, 500));
    return new Diff(
        base, run, diffs.diff(base.id(), run.id(), user.scope(), Math.max(0, page), safeSize));
  }
}
