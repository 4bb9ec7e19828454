package org.shuzhi.efficiency.internal;

import org.shuzhi.efficiency.EfficiencyClass;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections of a draft's results by the bureau (e.g. a class set by hand after a check, with the
 * reason audited). Only a DRAFT may change: once submitted, publicised or published a version is as
 * it was (issue 6 point 3, "published results are immutable and versioned"); a correction then
 * means a re-evaluation, i.e. a new version. The database trigger enforces the same.
 */
@Service
class ResultCorrections {

  private final WorkflowRepository repository;
  private final EfficiencyAccess access;
  private final WorkflowAudit audit;

  ResultCorrections(WorkflowRepository repository, EfficiencyAccess access, WorkflowAudit audit) {
    this.repository = repository;
    this.access = access;
    this.audit = audit;
  }

  @Transactional
  void setClass(long runId, String uscc, String letter, String reason, CurrentUser user) {
    access.requireManage(user);
    WorkflowRepository.RunState run =
        repository.lock(runId).orElseThrow(() -> new NotFoundException("run"));
    if (run.status() != RunStatus.DRAFT) {
      throw new ConflictException(
          "efficiency.result.frozen", run.version(), WorkflowText.status(run.status()));
    }
    String cls = WorkflowText.trimmed(letter);
    try {
      EfficiencyClass.ofLetter(cls);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "efficiencyClass", "efficiency.result.classUnknown", cls == null ? "" : cls);
    }
    String why = WorkflowText.trimmed(reason);
    if (why == null) {
      throw new InvalidInputException("reason", "efficiency.result.reasonRequired");
    }
    String before = repository.resultClass(runId, uscc);
    if (before == null) {
      throw new NotFoundException("result");
    }
    repository.setResultClass(runId, uscc, cls);
    audit.resultCorrected(runId, uscc, before, cls, why);
  }
}
