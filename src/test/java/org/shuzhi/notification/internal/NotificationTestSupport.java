package org.shuzhi.notification.internal;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.shuzhi.IntegrationTest;
import org.shuzhi.identity.AccountDirectory;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.Notifications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Shared helpers of the notification integration tests. */
abstract class NotificationTestSupport extends IntegrationTest {

  @Autowired Notifications notifications;
  @Autowired NotificationDispatcher dispatcher;
  @Autowired SubscriptionService subscriptions;
  @Autowired AccountDirectory directory;
  @Autowired JdbcClient jdbc;

  /**
   * Tests share one database: leave no subscription, department webhook or pending delivery that
   * could reach a later test's receiver (ports are reused).
   */
  @org.junit.jupiter.api.AfterEach
  void forgetSubscriptionsAndPendingDeliveries() {
    jdbc.sql("DELETE FROM notification_subscription").update();
    jdbc.sql("DELETE FROM notification_department_webhook").update();
    jdbc.sql("UPDATE notification_notice SET expanded_at = now() WHERE expanded_at IS NULL")
        .update();
    jdbc.sql(
            "UPDATE notification_delivery SET state = 'FAILED', last_error = 'test over'"
                + " WHERE state = 'PENDING'")
        .update();
  }

  static String key(String what) {
    return what + ":" + UUID.randomUUID();
  }

  CurrentUser person(String username) {
    return directory.find(username).orElseThrow();
  }

  /** A subscription as its owner saves it (scope rules apply). */
  Subscription subscribe(
      String username,
      List<String> towns,
      String minSeverity,
      boolean inApp,
      String email,
      String webhook,
      String secret,
      NoticeKind... kinds) {
    var form =
        new SubscriptionForm(
            null,
            towns,
            minSeverity,
            java.util.Arrays.stream(kinds).map(Enum::name).toList(),
            inApp,
            email,
            webhook,
            secret,
            false,
            true);
    return subscriptions.save(form, person(username));
  }

  List<String> inboxKeys(String username) {
    return jdbc.sql(
            """
            SELECT n.notice_key FROM notification_inbox i
            JOIN notification_notice n ON n.id = i.notice_id WHERE i.username = ? ORDER BY i.id""")
        .param(username)
        .query(String.class)
        .list();
  }

  /** Outcomes of the attempts of a notice's deliveries on a channel, in order. */
  List<String> outcomes(String key, ChannelKind channel) {
    return jdbc.sql(
            """
            SELECT a.outcome FROM notification_attempt a
            JOIN notification_delivery d ON d.id = a.delivery_id
            JOIN notification_notice n ON n.id = d.notice_id
            WHERE n.notice_key = ? AND d.channel = ? ORDER BY a.attempt_no, a.id""")
        .params(key, channel.name())
        .query(String.class)
        .list();
  }

  String deliveryState(String key, ChannelKind channel) {
    return jdbc.sql(
            """
            SELECT d.state FROM notification_delivery d
            JOIN notification_notice n ON n.id = d.notice_id
            WHERE n.notice_key = ? AND d.channel = ?""")
        .params(key, channel.name())
        .query(String.class)
        .optional()
        .orElse(null);
  }

  /** Waits for work done on other threads (the background dispatcher, the listener). */
  static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        fail("timed out waiting for " + what);
      }
      Thread.sleep(20);
    }
  }
}
