package org.shuzhi.warning.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.shuzhi.audit.AuditAction;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditTrail;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.Role;
import org.shuzhi.notification.Notice;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.Notifications;
import org.shuzhi.notification.Severity;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.NotFoundException;
import org.shuzhi.warning.WarningDraft;
import org.shuzhi.warning.WarningStatus;
import org.shuzhi.warning.WarningView;
import org.shuzhi.warning.Warnings;
import org.shuzhi.warning.internal.cap.CapWriter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The warning lifecycle. Each CAP message is written once, when sent, and kept as sent; the
 * warning's row holds the current content. A refused change (bad input, wrong state, wrong role)
 * writes nothing.
 */
@Service
class WarningService implements Warnings {

  static final int MAX_REASON = 500;

  private final WarningRepository repository;
  private final WarningValidator validator;
  private final WarningRights rights;
  private final WarningCap cap;
  private final CapWriter writer;
  private final WarningProperties properties;
  private final AuditTrail audit;
  private final Notifications notifications;
  private final Clock clock;
  private final JsonMapper json = JsonMapper.builder().build();

  WarningService(
      WarningRepository repository,
      WarningValidator validator,
      WarningRights rights,
      WarningCap cap,
      CapWriter writer,
      WarningProperties properties,
      AuditTrail audit,
      Notifications notifications,
      Clock clock) {
    this.repository = repository;
    this.validator = validator;
    this.rights = rights;
    this.cap = cap;
    this.writer = writer;
    this.properties = properties;
    this.audit = audit;
    this.notifications = notifications;
    this.clock = clock;
  }

  // --- writes ---

  @Override
  @Transactional
  public WarningView draft(WarningDraft draft, CurrentUser user) {
    if (!rights.mayDraft(user)) {
      throw new AccessDeniedException("may not draft warnings");
    }
    CheckedWarning checked = validator.check(draft);
    requireWritable(user, checked);
    Instant now = clock.instant();
    long id = repository.insert(checked, user.username(), now);
    repository.insertHistory(id, now, user.username(), "DRAFT", null, null, json(draft));
    audit.record(AuditEntry.created("warning", id, draft));
    return load(id).view();
  }

  /** Changes a draft's content (still a draft). */
  @Transactional
  public WarningView editDraft(long id, WarningDraft draft, CurrentUser user) {
    WarningRow before = lockVisible(id, user);
    if (before.status() != WarningStatus.DRAFT) {
      throw new ConflictException("warning.state.notDraft", before.status());
    }
    requireWritable(user, before.townCodes());
    CheckedWarning checked = validator.check(draft);
    requireWritable(user, checked);
    Instant now = clock.instant();
    repository.updateContent(id, checked, user.username(), now);
    repository.insertHistory(
        id, now, user.username(), "EDIT", null, json(before.content()), json(draft));
    audit.record(AuditEntry.updated("warning", id, before.content(), draft));
    return load(id).view();
  }

  @Override
  @Transactional
  public WarningView publish(long id, CurrentUser user) {
    WarningRow w = lockVisible(id, user);
    requirePublisher(user, w.senderDepartment());
    if (w.status() != WarningStatus.DRAFT) {
      throw new ConflictException("warning.state.alreadyPublished", w.status());
    }
    // Content rules may have changed since the draft was saved (e.g. expires now in the past).
    validator.check(w.content());
    if (w.expires() != null && !w.expires().toInstant().isAfter(clock.instant())) {
      throw new InvalidInputException("expires", "warning.expires.past");
    }
    Instant now = clock.instant();
    repository.setStatus(id, WarningStatus.PUBLISHED, user.username(), now);
    String identifier = send(load(id), "Alert", null, user, now);
    repository.insertHistory(id, now, user.username(), "PUBLISH", identifier, null, null);
    audit.record(
        AuditEntry.change(
                AuditAction.UPDATE, "warning", id, WarningStatus.DRAFT, WarningStatus.PUBLISHED)
            .withDetail("publish " + identifier));
    notify(load(id), identifier, now);
    return load(id).view();
  }

  @Override
  @Transactional
  public WarningView issue(WarningDraft draft, CurrentUser user) {
    return publish(draft(draft, user).id(), user);
  }

  @Override
  @Transactional
  public WarningView update(long id, WarningDraft draft, CurrentUser user) {
    WarningRow before = lockVisible(id, user);
    requirePublisher(user, before.senderDepartment());
    if (!before.status().inForce()) {
      throw new ConflictException("warning.state.notInForce", before.status());
    }
    CheckedWarning checked = validator.check(draft);
    requirePublisher(user, draft.senderDepartment());
    Instant now = clock.instant();
    repository.updateContent(id, checked, user.username(), now);
    repository.setStatus(id, WarningStatus.UPDATED, user.username(), now);
    String identifier = send(load(id), "Update", null, user, now);
    repository.insertHistory(
        id, now, user.username(), "UPDATE", identifier, json(before.content()), json(draft));
    audit.record(
        AuditEntry.updated("warning", id, before.content(), draft)
            .withDetail("update " + identifier));
    notify(load(id), identifier, now);
    return load(id).view();
  }

  @Override
  @Transactional
  public WarningView cancel(long id, String reason, CurrentUser user) {
    WarningRow w = lockVisible(id, user);
    requirePublisher(user, w.senderDepartment());
    if (!w.status().inForce()) {
      throw new ConflictException("warning.state.notInForce", w.status());
    }
    if (reason != null && reason.length() > MAX_REASON) {
      throw new InvalidInputException("reason", "warning.text.tooLong", MAX_REASON);
    }
    String note = reason == null || reason.isBlank() ? null : reason.trim();
    Instant now = clock.instant();
    repository.setStatus(id, WarningStatus.CANCELLED, user.username(), now);
    String identifier = send(load(id), "Cancel", note, user, now);
    repository.insertHistory(id, now, user.username(), "CANCEL", identifier, null, null);
    audit.record(
        AuditEntry.change(AuditAction.UPDATE, "warning", id, w.status(), WarningStatus.CANCELLED)
            .withDetail("cancel " + identifier + (note == null ? "" : ": " + note)));
    return load(id).view();
  }

  // --- reads ---

  @Override
  @Transactional(readOnly = true)
  public Optional<WarningView> find(long id, Optional<CurrentUser> user) {
    return visible(id, user).map(WarningRow::view);
  }

  @Override
  @Transactional(readOnly = true)
  public List<WarningView> inForce() {
    return repository.inForce(clock.instant()).stream().map(WarningRow::view).toList();
  }

  /** Warnings in force, for the public page, feed and map (rows). */
  @Transactional(readOnly = true)
  List<WarningRow> inForceRows() {
    return repository.inForce(clock.instant());
  }

  @Transactional(readOnly = true)
  List<WarningView> search(WarningRepository.Filter filter, CurrentUser user, int limit) {
    return repository.search(filter, rights.drafts(user), limit).stream()
        .map(WarningRow::view)
        .toList();
  }

  /** The warning if the user may see it: published ones to anyone, drafts per the rights. */
  @Transactional(readOnly = true)
  Optional<WarningRow> visible(long id, Optional<CurrentUser> user) {
    return repository
        .find(id)
        .filter(w -> w.status().isPublic() || user.map(u -> rights.maySee(u, w)).orElse(false));
  }

  @Transactional(readOnly = true)
  List<WarningRepository.Message> messages(long id) {
    return repository.messages(id);
  }

  @Transactional(readOnly = true)
  List<WarningRepository.HistoryEntry> history(long id) {
    return repository.history(id);
  }

  /**
   * The CAP XML of a warning: the latest message as sent, or for a draft a preview with status
   * Draft and a provisional identifier (nothing is reserved).
   */
  @Transactional(readOnly = true)
  String xml(WarningRow w) {
    List<WarningRepository.Message> sent = repository.messages(w.id());
    if (!sent.isEmpty()) {
      return sent.get(sent.size() - 1).xml();
    }
    OffsetDateTime now = now(clock.instant());
    String identifier =
        new WarningIdentifier(
                properties.regionCode(), unitCode(w.senderDepartment()), now.toLocalDateTime(), 0)
            .toString();
    return writer.write(cap.alert(w, identifier, now, "Draft", "Alert", List.of(), null, null));
  }

  boolean mayPublish(CurrentUser user) {
    return rights.mayPublish(user);
  }

  boolean mayDraft(CurrentUser user) {
    return rights.mayDraft(user);
  }

  List<String> sendersFor(CurrentUser user) {
    return rights.sendersFor(user);
  }

  // --- helpers ---

  /** Allocates the identifier, writes the CAP message and stores it; returns the identifier. */
  private String send(WarningRow w, String msgType, String note, CurrentUser user, Instant at) {
    List<WarningRepository.Message> earlier = repository.messages(w.id());
    repository.lockIdentifiers();
    OffsetDateTime sent = now(at);
    WarningIdentifier id = nextIdentifier(w.senderDepartment(), sent.toLocalDateTime());
    // The sent time is the identifier's time (it may be a second later when ten were sent in one).
    sent = id.time().atOffset(sent.getOffset());
    String xml =
        writer.write(cap.alert(w, id.toString(), sent, "Actual", msgType, earlier, note, null));
    repository.insertMessage(
        w.id(),
        new WarningRepository.Message(
            id.toString(), cap.sender(w.senderDepartment()), sent, msgType, xml, user.username()));
    return id.toString();
  }

  /** The first free sequence number of that second, else of the next second (GB/T 35965: 0–9). */
  private WarningIdentifier nextIdentifier(String department, LocalDateTime time) {
    String unit = unitCode(department);
    LocalDateTime t = time.truncatedTo(ChronoUnit.SECONDS);
    while (true) {
      int used =
          repository.countWithPrefix(
              new WarningIdentifier(properties.regionCode(), unit, t, 0).prefix());
      if (used < 10) {
        return new WarningIdentifier(properties.regionCode(), unit, t, used);
      }
      t = t.plusSeconds(1);
    }
  }

  private String unitCode(String department) {
    String unit = properties.unitCodes().get(department);
    if (unit == null) {
      throw new InvalidInputException("senderDepartment", "warning.sender.unknown", department);
    }
    return unit;
  }

  private void notify(WarningRow w, String identifier, Instant at) {
    notifications.notify(
        Notice.of(
            NoticeKind.WARNING,
            "warning:" + identifier,
            Severity.valueOf(w.colour().name()),
            w.townCodes().size() == 1 ? w.townCodes().get(0) : null,
            w.headline(),
            w.description(),
            "/warnings/" + w.id(),
            at));
  }

  private WarningRow lockVisible(long id, CurrentUser user) {
    WarningRow w = repository.lock(id).orElseThrow(() -> new NotFoundException("warning"));
    if (!rights.maySee(user, w)) {
      throw new NotFoundException("warning");
    }
    return w;
  }

  private WarningRow load(long id) {
    return repository.find(id).orElseThrow(() -> new NotFoundException("warning"));
  }

  private void requireWritable(CurrentUser user, CheckedWarning checked) {
    requireWritable(user, checked.townCodes());
    if (!rights.sendersFor(user).contains(checked.content().senderDepartment())) {
      throw new InvalidInputException(
          "senderDepartment",
          "warning.sender.notYours",
          String.join(", ", rights.sendersFor(user)));
    }
  }

  private void requireWritable(CurrentUser user, List<String> townCodes) {
    if (!rights.mayWriteFor(user, townCodes)) {
      if (user.role() == Role.TOWN_STAFF) {
        throw new InvalidInputException("areas", "warning.town.outsideScope");
      }
      throw new AccessDeniedException("may not write this warning");
    }
  }

  private void requirePublisher(CurrentUser user, String department) {
    if (!rights.mayPublish(user)) {
      throw new AccessDeniedException("may not publish warnings");
    }
    if (!rights.sendersFor(user).contains(department)) {
      throw new ConflictException(
          "warning.sender.notYours", String.join(", ", rights.sendersFor(user)));
    }
  }

  private String json(Object value) {
    return json.writeValueAsString(value);
  }

  private static OffsetDateTime now(Instant at) {
    return at.truncatedTo(ChronoUnit.SECONDS).atZone(WarningRepository.ZONE).toOffsetDateTime();
  }
}
