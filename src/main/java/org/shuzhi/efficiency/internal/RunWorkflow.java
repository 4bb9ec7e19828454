package org.shuzhi.efficiency.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.shuzhi.efficiency.EfficiencyResultsPublished;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves runs through the publication workflow (issue 6 point 3): DRAFT → REVIEW → PUBLICITY (公示 for
 * the year's publicity days) → PUBLISHED, which supersedes the year's previous published version; a
 * run not yet published may be discarded. Only the economy bureau moves runs. Each move is kept in
 * the run's history and audited; the database trigger allows the same moves only.
 *
 * <p>Review by a second person is not enforced: no module of this codebase has a four-eyes rule,
 * and the bureau's staff account is the accountable unit here; the history shows who did what.
 */
@Service
class RunWorkflow {

  static final int MAX_COMMENT = 1000;

  private final WorkflowRepository repository;
  private final ObjectionRepository objections;
  private final EfficiencyAccess access;
  private final WorkflowAudit audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  RunWorkflow(
      WorkflowRepository repository,
      ObjectionRepository objections,
      EfficiencyAccess access,
      WorkflowAudit audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.repository = repository;
    this.objections = objections;
    this.access = access;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  WorkflowRepository.RunState state(long runId, CurrentUser user) {
    access.requireRead(user);
    WorkflowRepository.RunState run =
        repository.state(runId).orElseThrow(() -> new NotFoundException("run"));
    access.requireSeesRun(user, run.status().name());
    return run;
  }

  List<WorkflowRepository.Transition> history(long runId, CurrentUser user) {
    state(runId, user);
    return repository.history(runId);
  }

  /** The moves this user may ask for now. */
  Set<RunStatus> actions(WorkflowRepository.RunState run, CurrentUser user) {
    return access.mayManage(user) ? run.status().requestable() : EnumSet.noneOf(RunStatus.class);
  }

  /**
   * Called in the transaction that stores a new run: the run's first history line, and the year's
   * accepted objections that no version answered yet are answered by this one (the re-run).
   */
  void runCreated(long runId, int year, CurrentUser user) {
    repository.recordTransition(
        runId, null, RunStatus.DRAFT, user.username(), clock.instant(), null);
    objections.answerAccepted(year, runId);
  }

  @Transactional
  WorkflowRepository.RunState move(long runId, String target, String comment, CurrentUser user) {
    access.requireManage(user);
    RunStatus to = RunStatus.parse(target);
    if (to == null) {
      throw new InvalidInputException(
          "to", "efficiency.workflow.unknownStatus", target == null ? "" : target);
    }
    String text = WorkflowText.trimmed(comment);
    if (text != null && text.length() > MAX_COMMENT) {
      throw new InvalidInputException("comment", "efficiency.workflow.commentTooLong", MAX_COMMENT);
    }
    if (to == RunStatus.DISCARDED && text == null) {
      throw new InvalidInputException("comment", "efficiency.workflow.discardReason");
    }
    WorkflowRepository.RunState peek =
        repository.state(runId).orElseThrow(() -> new NotFoundException("run"));
    // one move per year at a time: publishing touches the year's other versions
    repository.lockYear(peek.year());
    WorkflowRepository.RunState run =
        repository.lock(runId).orElseThrow(() -> new NotFoundException("run"));
    RunStatus from = run.status();
    if (!from.requestable().contains(to)) {
      throw new ConflictException(
          "efficiency.workflow.outOfOrder",
          run.version(),
          WorkflowText.status(from),
          WorkflowText.status(to));
    }
    Instant now = clock.instant();
    switch (to) {
      case PUBLICITY -> {
        int days = repository.publicityDays(run.year());
        repository.startPublicity(runId, now, now.plus(Duration.ofDays(days)));
      }
      case PUBLISHED -> publish(run, now, user);
      default -> repository.move(runId, to);
    }
    repository.recordTransition(runId, from, to, user.username(), now, text);
    audit.moved(runId, from, to, text);
    if (to == RunStatus.PUBLISHED) {
      // delivered to listeners after commit (Spring Modulith event publication)
      events.publishEvent(
          new EfficiencyResultsPublished(
              run.year(), runId, run.version(), run.enterpriseCount(), user.username(), now));
    }
    return repository.state(runId).orElseThrow();
  }

  /**
   * Publishing needs the publicity period to be over and every objection decided; an accepted
   * objection means this version is wrong, so it is discarded and a re-run answers the objection.
   */
  private void publish(WorkflowRepository.RunState run, Instant now, CurrentUser user) {
    if (run.publicityEnd() == null || now.isBefore(run.publicityEnd())) {
      throw new ConflictException(
          "efficiency.workflow.publicityRunning",
          run.publicityEnd() == null ? "—" : WorkflowText.minute(run.publicityEnd()));
    }
    int pending = objections.count(run.id(), "PENDING");
    if (pending > 0) {
      throw new ConflictException("efficiency.workflow.objectionsPending", pending);
    }
    int accepted = objections.count(run.id(), "ACCEPTED");
    if (accepted > 0) {
      throw new ConflictException("efficiency.workflow.objectionsAccepted", accepted);
    }
    repository
        .lockPublished(run.year(), run.id())
        .ifPresent(
            previous -> {
              repository.move(previous.id(), RunStatus.SUPERSEDED);
              repository.recordTransition(
                  previous.id(),
                  RunStatus.PUBLISHED,
                  RunStatus.SUPERSEDED,
                  user.username(),
                  now,
                  "v" + run.version());
              audit.moved(previous.id(), RunStatus.PUBLISHED, RunStatus.SUPERSEDED, null);
            });
    repository.move(run.id(), RunStatus.PUBLISHED);
  }

  @Transactional
  int setPublicityDays(int year, Integer days, CurrentUser user) {
    access.requireManage(user);
    if (days == null || days < 1 || days > 90) {
      throw new InvalidInputException("days", "efficiency.workflow.publicityDaysRange", 1, 90);
    }
    int before = repository.publicityDays(year);
    if (!repository.setPublicityDays(year, days)) {
      throw new NotFoundException("year");
    }
    audit.publicityDaysChanged(year, before, days);
    return days;
  }

  int publicityDays(int year) {
    return repository.publicityDays(year);
  }
}
