package org.shuzhi.efficiency.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.Role;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections (异议) to a run in publicity (issue 6 point 3; economy.md §1: results are publicised
 * before they are final so that enterprises can object): an enterprise user objects for its own
 * enterprise while the period runs, with a text and PDF/photo attachments; the bureau accepts or
 * rejects each with a reason and the enterprise is told. An accepted objection is answered by a
 * re-run after the data is corrected ({@link RunWorkflow#runCreated}).
 */
@Service
class Objections {

  static final int MAX_TEXT = 2000;
  static final int MAX_REASON = 1000;
  static final int MAX_FILES = 5;
  static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

  /** An uploaded file as received. */
  record Upload(String fileName, byte[] content) {}

  private final ObjectionRepository repository;
  private final WorkflowRepository runs;
  private final EfficiencyAccess access;
  private final WorkflowAudit audit;
  private final ObjectionNotices notices;
  private final Clock clock;

  Objections(
      ObjectionRepository repository,
      WorkflowRepository runs,
      EfficiencyAccess access,
      WorkflowAudit audit,
      ObjectionNotices notices,
      Clock clock) {
    this.repository = repository;
    this.runs = runs;
    this.access = access;
    this.audit = audit;
    this.notices = notices;
    this.clock = clock;
  }

  /** Whether this user may object to this run now (to offer the form). */
  boolean mayFile(WorkflowRepository.RunState run, CurrentUser user) {
    return user.role() == Role.ENTERPRISE_USER
        && user.scope().enterpriseUscc() != null
        && run.status() == RunStatus.PUBLICITY
        && run.publicityEnd() != null
        && clock.instant().isBefore(run.publicityEnd());
  }

  /**
   * Files an objection for {@code uscc} (null: the user's own enterprise). Refused, with nothing
   * stored, when the user is not that enterprise, the run is not in publicity or its period is
   * over, or the text or a file is not acceptable.
   */
  @Transactional
  ObjectionRepository.Objection file(
      long runId, String uscc, String text, List<Upload> uploads, CurrentUser user) {
    access.requireRead(user);
    String own = user.role() == Role.ENTERPRISE_USER ? user.scope().enterpriseUscc() : null;
    if (own == null) {
      throw new InvalidInputException("uscc", "efficiency.objection.enterpriseOnly");
    }
    String target = WorkflowText.trimmed(uscc);
    if (target != null && !target.equals(own)) {
      throw new InvalidInputException("uscc", "efficiency.objection.notYourEnterprise");
    }
    WorkflowRepository.RunState run =
        runs.lock(runId).orElseThrow(() -> new NotFoundException("run"));
    Instant now = clock.instant();
    if (run.status() != RunStatus.PUBLICITY) {
      throw new ConflictException(
          "efficiency.objection.notInPublicity", run.version(), WorkflowText.status(run.status()));
    }
    if (!now.isBefore(run.publicityEnd())) {
      throw new ConflictException(
          "efficiency.objection.periodOver", WorkflowText.minute(run.publicityEnd()));
    }
    ObjectionRepository.Subject subject =
        repository
            .subject(runId, own)
            .orElseThrow(
                () -> new InvalidInputException("uscc", "efficiency.objection.notEvaluated"));
    String body = WorkflowText.trimmed(text);
    if (body == null) {
      throw new InvalidInputException("text", "efficiency.objection.textRequired");
    }
    if (body.length() > MAX_TEXT) {
      throw new InvalidInputException("text", "efficiency.objection.textTooLong", MAX_TEXT);
    }
    List<Upload> files = uploads == null ? List.of() : uploads;
    if (files.size() > MAX_FILES) {
      throw new InvalidInputException("files", "efficiency.objection.tooManyFiles", MAX_FILES);
    }
    List<AttachmentType> types = new ArrayList<>();
    for (Upload f : files) {
      String name = fileName(f.fileName());
      if (f.content() == null || f.content().length == 0) {
        throw new InvalidInputException("files", "efficiency.objection.fileEmpty", name);
      }
      if (f.content().length > MAX_FILE_BYTES) {
        throw new InvalidInputException(
            "files", "efficiency.objection.fileTooLarge", name, MAX_FILE_BYTES / (1024 * 1024));
      }
      types.add(
          AttachmentType.detect(f.content())
              .orElseThrow(
                  () -> new InvalidInputException("files", "efficiency.objection.fileType", name)));
    }
    long id = repository.insert(runId, run.year(), subject, body, user.username(), now);
    for (int i = 0; i < files.size(); i++) {
      Upload f = files.get(i);
      repository.insertAttachment(
          id, fileName(f.fileName()), types.get(i).contentType(), f.content(), sha256(f.content()));
    }
    audit.objectionFiled(id, runId, own, files.size());
    ObjectionRepository.Objection filed = repository.find(id, DataScope.district()).orElseThrow();
    notices.filed(filed, run.version());
    return filed;
  }

  /** Accepts or rejects a pending objection; the reason is mandatory and the enterprise is told. */
  @Transactional
  ObjectionRepository.Objection decide(
      long runId, long objectionId, String decision, String reason, CurrentUser user) {
    access.requireManage(user);
    boolean accept;
    if ("ACCEPT".equals(decision)) {
      accept = true;
    } else if ("REJECT".equals(decision)) {
      accept = false;
    } else {
      throw new InvalidInputException(
          "decision", "efficiency.objection.decisionUnknown", decision == null ? "" : decision);
    }
    String why = WorkflowText.trimmed(reason);
    if (why == null) {
      throw new InvalidInputException("reason", "efficiency.objection.reasonRequired");
    }
    if (why.length() > MAX_REASON) {
      throw new InvalidInputException("reason", "efficiency.objection.reasonTooLong", MAX_REASON);
    }
    WorkflowRepository.RunState run =
        runs.lock(runId).orElseThrow(() -> new NotFoundException("run"));
    ObjectionRepository.Objection objection =
        repository
            .find(objectionId, user.scope())
            .filter(o -> o.runId() == runId)
            .orElseThrow(() -> new NotFoundException("objection"));
    if (run.status() != RunStatus.PUBLICITY) {
      throw new ConflictException(
          "efficiency.objection.notInPublicity", run.version(), WorkflowText.status(run.status()));
    }
    if (!repository.decide(objectionId, accept, why, user.username(), clock.instant())) {
      throw new ConflictException("efficiency.objection.alreadyDecided");
    }
    audit.objectionDecided(objectionId, accept, why);
    ObjectionRepository.Objection decided =
        repository.find(objection.id(), DataScope.district()).orElseThrow();
    notices.decided(decided, run.version());
    return decided;
  }

  List<ObjectionRepository.Objection> list(long runId, CurrentUser user) {
    access.requireRead(user);
    runs.state(runId).orElseThrow(() -> new NotFoundException("run"));
    return repository.list(runId, user.scope());
  }

  ObjectionRepository.Content attachment(
      long runId, long objectionId, long attachmentId, CurrentUser user) {
    access.requireRead(user);
    repository
        .find(objectionId, user.scope())
        .filter(o -> o.runId() == runId)
        .orElseThrow(() -> new NotFoundException("objection"));
    return repository
        .content(objectionId, attachmentId)
        .orElseThrow(() -> new NotFoundException("attachment"));
  }

  /** The last segment of a browser-sent name (some send a full path), at most 200 characters. */
  private static String fileName(String sent) {
    String name = sent == null ? "" : sent.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).strip();
    if (name.isEmpty()) {
      name = "file";
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
