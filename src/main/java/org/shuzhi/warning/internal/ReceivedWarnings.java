package org.shuzhi.warning.internal;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditTrail;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.warning.WarningColour;
import org.shuzhi.warning.internal.cap.CapAlert;
import org.shuzhi.warning.internal.cap.CapReader;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incoming CAP 1.2 messages (e.g. from the provincial early-warning platform): validated against
 * the CAP schema, mapped to a record (sender, identifier, event, severity and its colour, headline,
 * areas) and kept as received. Receiving the same sender's identifier again changes nothing.
 */
@Service
class ReceivedWarnings {

  /** A received message and whether it was new. */
  record Outcome(WarningRepository.Received warning, boolean created) {}

  private final CapReader reader;
  private final WarningRepository repository;
  private final WarningRights rights;
  private final AuditTrail audit;
  private final Clock clock;

  ReceivedWarnings(
      CapReader reader,
      WarningRepository repository,
      WarningRights rights,
      AuditTrail audit,
      Clock clock) {
    this.reader = reader;
    this.repository = repository;
    this.rights = rights;
    this.audit = audit;
    this.clock = clock;
  }

  /** Maps a CAP message without storing it. */
  static WarningRepository.Received map(CapAlert alert) {
    CapAlert.Info info =
        alert.infos().stream()
            .filter(i -> i.language() != null && i.language().startsWith("zh"))
            .findFirst()
            .orElse(alert.infos().isEmpty() ? null : alert.infos().get(0));
    String severity = info == null ? null : info.severity();
    return new WarningRepository.Received(
        0,
        alert.sender(),
        alert.identifier(),
        alert.sent(),
        alert.status(),
        alert.msgType(),
        info == null ? null : info.event(),
        severity,
        WarningColour.ofCapSeverity(severity).orElse(null),
        info == null ? null : info.headline(),
        info == null
            ? null
            : info.areas().stream().map(CapAlert.Area::areaDesc).collect(Collectors.joining("; ")),
        null,
        null);
  }

  @Transactional
  public Outcome receive(String xml, CurrentUser user) {
    if (!rights.mayPublish(user)) {
      throw new AccessDeniedException("may not receive warnings");
    }
    WarningRepository.Received mapped = map(reader.read(xml));
    boolean created = repository.insertReceived(mapped, xml, user.username(), clock.instant());
    if (created) {
      audit.record(
          AuditEntry.created(
              "warning-received", mapped.sender() + "," + mapped.identifier(), mapped));
    }
    return new Outcome(
        repository.received(mapped.sender(), mapped.identifier()).orElseThrow(), created);
  }

  @Transactional(readOnly = true)
  public List<WarningRepository.Received> latest(CurrentUser user) {
    if (!rights.mayDraft(user)) {
      throw new AccessDeniedException("may not read received warnings");
    }
    return repository.receivedLatest(100);
  }
}
