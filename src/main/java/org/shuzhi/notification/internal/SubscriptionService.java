package org.shuzhi.notification.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.DataScope;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.Severity;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's own subscriptions. Towns must lie in the user's data scope (a town officer subscribes to
 * their own towns only); enterprise users subscribe to their enterprise's notices, without towns;
 * the admin roles read no business data and cannot subscribe. Every change is audited.
 */
@Service
class SubscriptionService {

  private final SubscriptionRepository repository;
  private final AreaDirectory areas;
  private final AddressRules addresses;
  private final NotificationAudit audit;
  private final Clock clock;

  SubscriptionService(
      SubscriptionRepository repository,
      AreaDirectory areas,
      AddressRules addresses,
      NotificationAudit audit,
      Clock clock) {
    this.repository = repository;
    this.areas = areas;
    this.addresses = addresses;
    this.audit = audit;
    this.clock = clock;
  }

  boolean maySubscribe(CurrentUser user) {
    return user.scope().kind() != DataScope.Kind.NONE;
  }

  /** The towns the user may choose: those of the scope (none for enterprise users). */
  List<Town> towns(CurrentUser user) {
    if (user.scope().kind() == DataScope.Kind.ENTERPRISE) {
      return List.of();
    }
    return areas.towns().stream().filter(t -> user.scope().coversTown(t.code())).toList();
  }

  List<SubscriptionView> mine(CurrentUser user) {
    Map<String, String> names =
        areas.towns().stream().collect(Collectors.toMap(Town::code, Town::name, (a, b) -> a));
    return repository.ofUser(user.username()).stream()
        .map(
            s ->
                new SubscriptionView(
                    s.id(),
                    s.towns().stream().sorted().map(c -> names.getOrDefault(c, c)).toList(),
                    s.minSeverity(),
                    s.kinds().stream().sorted().toList(),
                    s.inApp(),
                    s.email() == null ? null : AddressMask.email(s.email()),
                    s.webhookUrl() == null ? null : AddressMask.url(s.webhookUrl()),
                    s.webhookSecret() != null,
                    s.enabled()))
        .toList();
  }

  /** One of the user's own subscriptions; another user's is "not found". */
  Subscription own(long id, CurrentUser user) {
    return repository
        .find(id)
        .filter(s -> s.username().equals(user.username()))
        .orElseThrow(() -> new NotFoundException("notification subscription " + id));
  }

  @Transactional
  public Subscription save(SubscriptionForm form, CurrentUser user) {
    if (!maySubscribe(user)) {
      throw new InvalidInputException(null, "notification.subscription.notForRole");
    }
    Subscription before = form.id() == null ? null : own(form.id(), user);
    Set<String> towns = towns(form.towns(), user);
    List<InvalidInputException.Violation> problems = new ArrayList<>();
    Severity severity = parse(form.minSeverity(), Severity::valueOf);
    if (severity == null) {
      problems.add(violation("minSeverity", "notification.severity.required"));
    }
    Set<NoticeKind> kinds = new LinkedHashSet<>();
    for (String k : form.kinds()) {
      NoticeKind kind = parse(k, NoticeKind::valueOf);
      if (kind == null) {
        problems.add(violation("kinds", "notification.kind.unknown", k));
      } else {
        kinds.add(kind);
      }
    }
    if (form.kinds().isEmpty()) {
      problems.add(violation("kinds", "notification.kinds.required"));
    }
    String email = collect(problems, () -> addresses.email(form.email()));
    String url = collect(problems, () -> addresses.webhookUrl(form.webhookUrl()));
    String secret = collect(problems, () -> addresses.secret(form.webhookSecret()));
    if (!form.inApp() && email == null && url == null) {
      problems.add(violation(null, "notification.channel.required"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (secret == null && !form.removeSecret() && before != null && url != null) {
      secret = before.webhookSecret();
    }
    if (url == null) {
      secret = null;
    }
    var after =
        new Subscription(
            before == null ? 0 : before.id(),
            user.username(),
            towns,
            severity,
            kinds,
            form.inApp(),
            email,
            url,
            secret,
            form.enabled());
    if (before == null) {
      after = after.withId(repository.insert(after, clock.instant()));
    } else {
      repository.update(after, clock.instant());
    }
    audit.subscriptionSaved(before, after);
    return after;
  }

  @Transactional
  public void delete(long id, CurrentUser user) {
    Subscription before = own(id, user);
    repository.delete(id);
    audit.subscriptionDeleted(before);
  }

  /**
   * The chosen towns, each a known town inside the user's scope. A town outside the scope is
   * refused as a whole (nothing saved) and the refusal audited.
   */
  private Set<String> towns(List<String> chosen, CurrentUser user) {
    Map<String, Town> known =
        areas.towns().stream().collect(Collectors.toMap(Town::code, Function.identity()));
    Set<String> towns = new LinkedHashSet<>();
    List<String> outside = new ArrayList<>();
    for (String raw : chosen) {
      if (raw == null || raw.isBlank()) {
        continue;
      }
      String code = raw.strip();
      Town town = known.get(code);
      if (town == null) {
        throw new InvalidInputException("towns", "notification.town.unknown", code);
      }
      if (!user.scope().coversTown(code)) {
        outside.add(town.name());
      }
      towns.add(code);
    }
    if (!outside.isEmpty()) {
      audit.outsideScope(String.join(",", outside));
      throw new InvalidInputException(
          "towns", "notification.town.outsideScope", String.join("、", outside));
    }
    return towns;
  }

  private static <T> T parse(String raw, Function<String, T> parser) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return parser.apply(raw.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String collect(
      List<InvalidInputException.Violation> problems, java.util.function.Supplier<String> check) {
    try {
      return check.get();
    } catch (InvalidInputException e) {
      problems.addAll(e.violations());
      return null;
    }
  }

  private static InvalidInputException.Violation violation(
      String field, String key, Object... args) {
    return new InvalidInputException.Violation(field, key, args);
  }
}
