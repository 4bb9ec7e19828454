package org.shuzhi.notification.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.Severity;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Department webhooks, kept by the system admin; every change audited. */
@Service
class DepartmentWebhookAdministration {

  private static final Pattern DEPARTMENT = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

  private final DepartmentWebhookRepository repository;
  private final AddressRules addresses;
  private final NotificationAudit audit;
  private final Clock clock;

  DepartmentWebhookAdministration(
      DepartmentWebhookRepository repository,
      AddressRules addresses,
      NotificationAudit audit,
      Clock clock) {
    this.repository = repository;
    this.addresses = addresses;
    this.audit = audit;
    this.clock = clock;
  }

  List<DepartmentWebhookView> all() {
    return repository.all().stream()
        .map(
            w ->
                new DepartmentWebhookView(
                    w.id(),
                    w.department(),
                    AddressMask.url(w.url()),
                    w.secret() != null,
                    w.minSeverity(),
                    w.kinds().stream().sorted().toList()))
        .toList();
  }

  @Transactional
  public DepartmentWebhook add(DepartmentWebhookForm form) {
    List<InvalidInputException.Violation> problems = new ArrayList<>();
    String department = form.department() == null ? "" : form.department().strip();
    if (!DEPARTMENT.matcher(department).matches()) {
      problems.add(
          new InvalidInputException.Violation("department", "notification.department.invalid"));
    }
    String url = null;
    String secret = null;
    try {
      url = addresses.webhookUrl(form.url());
      secret = addresses.secret(form.secret());
    } catch (InvalidInputException e) {
      problems.addAll(e.violations());
    }
    if (url == null && problems.stream().noneMatch(v -> "webhookUrl".equals(v.field()))) {
      problems.add(
          new InvalidInputException.Violation("webhookUrl", "notification.webhook.invalid"));
    }
    Severity severity = null;
    try {
      severity = Severity.valueOf(form.minSeverity());
    } catch (IllegalArgumentException | NullPointerException e) {
      problems.add(
          new InvalidInputException.Violation("minSeverity", "notification.severity.required"));
    }
    Set<NoticeKind> kinds = new LinkedHashSet<>();
    for (String k : form.kinds()) {
      try {
        kinds.add(NoticeKind.valueOf(k));
      } catch (IllegalArgumentException e) {
        problems.add(new InvalidInputException.Violation("kinds", "notification.kind.unknown", k));
      }
    }
    if (kinds.isEmpty()) {
      problems.add(new InvalidInputException.Violation("kinds", "notification.kinds.required"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (repository.exists(department, url)) {
      throw new ConflictException("notification.webhook.duplicate", department);
    }
    var draft = new DepartmentWebhook(0, department, url, secret, severity, kinds);
    long id = repository.insert(draft, clock.instant());
    var saved = new DepartmentWebhook(id, department, url, secret, severity, kinds);
    audit.webhookAdded(saved);
    return saved;
  }

  @Transactional
  public void delete(long id) {
    DepartmentWebhook before =
        repository.find(id).orElseThrow(() -> new NotFoundException("department webhook " + id));
    repository.delete(id);
    audit.webhookDeleted(before);
  }
}
