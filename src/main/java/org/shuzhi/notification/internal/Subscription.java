package org.shuzhi.notification.internal;

import java.util.Set;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.Severity;

/**
 * What one user wants to hear about and how.
 *
 * @param id row id (0 before it is stored)
 * @param username whose it is
 * @param towns NBS town codes; empty means every town of the user's data scope
 * @param minSeverity the least grave notice wanted
 * @param kinds the kinds wanted (at least one)
 * @param inApp in the app (bell and inbox)
 * @param email e-mail address, or null
 * @param webhookUrl webhook URL, or null
 * @param webhookSecret signing secret of the webhook (DingTalk {@code sign}), or null
 * @param enabled paused when false
 */
record Subscription(
    long id,
    String username,
    Set<String> towns,
    Severity minSeverity,
    Set<NoticeKind> kinds,
    boolean inApp,
    String email,
    String webhookUrl,
    String webhookSecret,
    boolean enabled) {

  Subscription {
    towns = Set.copyOf(towns);
    kinds = Set.copyOf(kinds);
  }

  /** The same subscription under the row id it was stored with. */
  Subscription withId(long storedId) {
    return new Subscription(
        storedId,
        username,
        towns,
        minSeverity,
        kinds,
        inApp,
        email,
        webhookUrl,
        webhookSecret,
        enabled);
  }
}
