package org.shuzhi.notification.internal;

import java.util.List;
import java.util.Set;
import org.shuzhi.identity.AccountDirectory;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.NotificationSubscriptions;
import org.shuzhi.notification.Severity;
import org.shuzhi.platform.NotFoundException;
import org.springframework.stereotype.Service;

/** {@link NotificationSubscriptions} as if the person saved the form on their own page. */
@Service
class AccountSubscriptions implements NotificationSubscriptions {

  private final SubscriptionService subscriptions;
  private final AccountDirectory accounts;

  AccountSubscriptions(SubscriptionService subscriptions, AccountDirectory accounts) {
    this.subscriptions = subscriptions;
    this.accounts = accounts;
  }

  @Override
  public void subscribeInApp(
      String username, Set<String> towns, Severity minimum, Set<NoticeKind> kinds) {
    var person =
        accounts.find(username).orElseThrow(() -> new NotFoundException("account " + username));
    var form =
        new SubscriptionForm(
            null,
            List.copyOf(towns),
            minimum.name(),
            kinds.stream().map(Enum::name).sorted().toList(),
            true,
            null,
            null,
            null,
            false,
            true);
    subscriptions.save(form, person);
  }
}
