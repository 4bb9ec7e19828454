package org.shuzhi.notification;

import java.util.Set;

/**
 * Subscribing people from other modules (e.g. the demo district gives its accounts the
 * subscriptions a duty officer would choose). The same rules as the subscription page apply: towns
 * only within the person's data scope, no subscriptions for the admin roles; audited.
 */
public interface NotificationSubscriptions {

  /**
   * Subscribes the person to in-app notices of these kinds at or above {@code minimum}.
   *
   * @param towns NBS town codes; empty means every town of the person's data scope
   * @throws org.shuzhi.platform.NotFoundException when there is no such enabled account
   * @throws org.shuzhi.platform.InvalidInputException when the rules refuse it
   */
  void subscribeInApp(String username, Set<String> towns, Severity minimum, Set<NoticeKind> kinds);
}
