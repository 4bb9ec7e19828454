package org.shuzhi.notification.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuzhi.identity.AccountDirectory;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.Role;
import org.shuzhi.notification.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns a notice into its deliveries: matching subscriptions and department webhooks, then the
 * explicit recipients; each person only within their current data scope (checked now, not when they
 * subscribed, so a moved town officer stops receiving the old town's notices). A person is reached
 * once per channel and address, however many ways they qualify.
 */
@Component
class RecipientResolver {

  static final String OUTSIDE_SCOPE = "outside the recipient's data scope";
  private static final Logger log = LoggerFactory.getLogger(RecipientResolver.class);

  private final SubscriptionRepository subscriptions;
  private final DepartmentWebhookRepository departmentWebhooks;
  private final AccountDirectory accounts;

  RecipientResolver(
      SubscriptionRepository subscriptions,
      DepartmentWebhookRepository departmentWebhooks,
      AccountDirectory accounts) {
    this.subscriptions = subscriptions;
    this.departmentWebhooks = departmentWebhooks;
    this.accounts = accounts;
  }

  List<DeliveryTarget> targets(StoredNotice notice) {
    var people = new HashMap<String, Optional<CurrentUser>>();
    var targets = new LinkedHashMap<String, DeliveryTarget>();
    for (Subscription s :
        subscriptions.matching(notice.kind(), notice.severity(), notice.townCode())) {
      if (covered(notice, person(people, s.username()))) {
        addChannels(targets, s);
      }
    }
    for (DepartmentWebhook w : departmentWebhooks.matching(notice.kind(), notice.severity())) {
      add(targets, DeliveryTarget.webhook(null, w.department(), w.url(), w.secret()));
    }
    for (Recipient r : notice.recipients()) {
      switch (r.kind()) {
        case USER -> addAddressed(targets, notice, people, r.name(), true);
        case ROLE -> {
          Role role = Role.valueOf(r.name());
          for (String username : accounts.usernames(role, r.department())) {
            addAddressed(targets, notice, people, username, false);
          }
        }
        case PHONE -> add(targets, DeliveryTarget.sms(r.name()));
        case DEPARTMENT -> {
          for (DepartmentWebhook w : departmentWebhooks.ofDepartment(r.name())) {
            add(targets, DeliveryTarget.webhook(null, w.department(), w.url(), w.secret()));
          }
          for (String username : accounts.usernames(Role.DEPARTMENT_STAFF, r.name())) {
            addAddressed(targets, notice, people, username, false);
          }
        }
      }
    }
    return new ArrayList<>(targets.values());
  }

  /**
   * A person the notice is addressed to: in the app and on every channel of their enabled
   * subscriptions. A person named by username but outside scope gets a refused delivery, so the
   * mistake shows in the delivery records; role and department holders outside scope are simply not
   * among the recipients.
   */
  private void addAddressed(
      Map<String, DeliveryTarget> targets,
      StoredNotice notice,
      Map<String, Optional<CurrentUser>> people,
      String username,
      boolean named) {
    Optional<CurrentUser> person = person(people, username);
    if (person.isEmpty()) {
      log.warn("Notice {}: recipient {} has no enabled account", notice.key(), username);
      return;
    }
    if (!covered(notice, person)) {
      if (named) {
        add(targets, DeliveryTarget.refused(username, OUTSIDE_SCOPE));
      }
      return;
    }
    add(targets, DeliveryTarget.inApp(username));
    for (Subscription s : subscriptions.ofUser(username)) {
      if (s.enabled()) {
        addChannels(targets, s);
      }
    }
  }

  private static void addChannels(Map<String, DeliveryTarget> targets, Subscription s) {
    if (s.inApp()) {
      add(targets, DeliveryTarget.inApp(s.username()));
    }
    if (s.email() != null) {
      add(targets, DeliveryTarget.email(s.username(), s.email()));
    }
    if (s.webhookUrl() != null) {
      add(targets, DeliveryTarget.webhook(s.username(), null, s.webhookUrl(), s.webhookSecret()));
    }
  }

  private static void add(Map<String, DeliveryTarget> targets, DeliveryTarget t) {
    targets.merge(
        t.dedupKey(), t, (old, neu) -> old.refusal() != null && neu.refusal() == null ? neu : old);
  }

  private Optional<CurrentUser> person(Map<String, Optional<CurrentUser>> cache, String username) {
    return cache.computeIfAbsent(username, accounts::find);
  }

  private static boolean covered(StoredNotice notice, Optional<CurrentUser> person) {
    return person
        .map(p -> DataScopeMatch.covers(p.scope(), notice.townCode(), notice.enterpriseUscc()))
        .orElse(false);
  }
}
