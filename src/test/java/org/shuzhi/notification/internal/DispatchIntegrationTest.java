package org.shuzhi.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.shuzhi.identity.Role;
import org.shuzhi.notification.Notice;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.Recipient;
import org.shuzhi.notification.Severity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox and the dispatcher: once-only delivery with racing dispatchers, retries with backoff,
 * failures on record, channels independent of each other, callers never held up.
 */
class DispatchIntegrationTest extends NotificationTestSupport {

  @Autowired NoticeExpander expander;
  @Autowired DeliveryRepository deliveries;
  @Autowired DispatchSignal signal;
  @Autowired List<NotificationChannel> channels;
  @Autowired NotificationProperties properties;
  @Autowired Clock clock;
  @Autowired MeterRegistry meters;
  @Autowired TransactionTemplate transactions;

  private NotificationDispatcher anotherDispatcher() {
    return new NotificationDispatcher(
        expander, deliveries, signal, channels, properties, clock, meters);
  }

  private Notice alarm(String key, String recipient) {
    return Notice.of(
            NoticeKind.ALARM,
            key,
            Severity.RED,
            CHENGXIANG,
            "可燃气体 " + key,
            "38 %LEL",
            "/monitoring/alarms/7",
            Instant.now())
        .withRecipients(Recipient.user(recipient));
  }

  @Test
  void twoDispatchersRacingDeliverEachNoticeOnce() throws Exception {
    try (var receiver = new TestWebhookServer()) {
      String leader = account(Role.DISTRICT_LEADER);
      subscribe(
          leader, List.of(), "INFO", true, null, receiver.url("/robot"), null, NoticeKind.ALARM);
      List<String> keys = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        keys.add(key("race-" + i));
        notifications.notify(alarm(keys.get(i), leader));
      }
      NotificationDispatcher second = anotherDispatcher();
      var barrier = new CyclicBarrier(2);
      Instant now = Instant.now();
      var a =
          CompletableFuture.supplyAsync(
              () -> {
                await(barrier);
                return dispatcher.runOnce(now);
              });
      var b =
          CompletableFuture.supplyAsync(
              () -> {
                await(barrier);
                return second.runOnce(now);
              });
      int attempts = a.get() + b.get();
      second.stop();

      assertThat(attempts).as("in-app and webhook, 30 notices").isGreaterThanOrEqualTo(60);
      // Only this test's notices: the leader's district-wide alarm subscription may also catch an
      // alarm another test raised meanwhile (one shared database and monitoring engine).
      assertThat(inboxKeys(leader))
          .filteredOn(k -> k.startsWith("race-"))
          .containsExactlyInAnyOrderElementsOf(keys);
      var ours = receiver.received().stream().filter(r -> r.body().contains("race-")).toList();
      assertThat(ours).hasSize(30);
      assertThat(ours.stream().map(r -> r.body()).distinct()).hasSize(30);
      for (String key : keys) {
        assertThat(outcomes(key, ChannelKind.WEBHOOK)).containsExactly("SENT");
        assertThat(outcomes(key, ChannelKind.IN_APP)).containsExactly("SENT");
      }
    }
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aFailedWebhookIsRetriedAfterTheBackoffAndThenSucceeds() throws Exception {
    try (var receiver = new TestWebhookServer(500)) {
      String leader = account(Role.DISTRICT_LEADER);
      subscribe(
          leader,
          List.of(),
          "INFO",
          false,
          null,
          receiver.url("/hook"),
          "SEC123",
          NoticeKind.ALARM);
      String key = key("retry");
      notifications.notify(alarm(key, leader));
      Instant now = Instant.now();

      dispatcher.runOnce(now);
      assertThat(outcomes(key, ChannelKind.WEBHOOK)).containsExactly("RETRYING");
      // Not due yet: the retry waits for the backoff (30 s after the first failure).
      assertThat(dispatcher.runOnce(now.plusSeconds(10))).isZero();
      dispatcher.runOnce(now.plusSeconds(31));

      assertThat(outcomes(key, ChannelKind.WEBHOOK)).containsExactly("RETRYING", "SENT");
      assertThat(deliveryState(key, ChannelKind.WEBHOOK)).isEqualTo("SENT");
      assertThat(receiver.received()).hasSize(2);
      var second = receiver.received().get(1);
      assertThat(second.body()).contains("\"msgtype\":\"markdown\"").contains(key);
      // Signed like DingTalk: timestamp and sign in the query.
      assertThat(second.query()).matches("timestamp=\\d+&sign=.+");
      long timestamp = Long.parseLong(second.query().replaceAll("timestamp=(\\d+)&.*", "$1"));
      String sign =
          java.net.URLDecoder.decode(
              second.query().replaceAll(".*&sign=", ""), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(sign).isEqualTo(WebhookSignerTest.hmac("SEC123", timestamp + "\nSEC123"));
    }
  }

  @Test
  void aRejectedWebhookFailsAtOnce() throws Exception {
    try (var rejecting = new TestWebhookServer(404)) {
      String leader = account(Role.DISTRICT_LEADER);
      subscribe(
          leader, List.of(), "INFO", false, null, rejecting.url("/gone"), null, NoticeKind.ALARM);
      String key = key("rejected");
      notifications.notify(alarm(key, leader));
      Instant now = Instant.now();
      dispatcher.runOnce(now);
      dispatcher.runOnce(now.plus(Duration.ofHours(2)));
      assertThat(outcomes(key, ChannelKind.WEBHOOK)).containsExactly("FAILED");
      assertThat(deliveryState(key, ChannelKind.WEBHOOK)).isEqualTo("FAILED");
      assertThat(rejecting.received()).hasSize(1);
    }
  }

  @Test
  void anUnreachableWebhookFailsAfterTheLastAttempt() {
    String leader = account(Role.DISTRICT_LEADER);
    // A port nobody listens on: the connection is refused every time.
    subscribe(
        leader, List.of(), "INFO", false, null, "http://127.0.0.1:9/none", null, NoticeKind.ALARM);
    String key = key("unreachable");
    notifications.notify(alarm(key, leader));
    Instant t = Instant.now();
    for (int i = 0; i < 8; i++) {
      dispatcher.runOnce(t);
      t = t.plus(Duration.ofHours(1));
    }
    int max = properties.dispatcher().maxAttempts();
    List<String> outcomes = outcomes(key, ChannelKind.WEBHOOK);
    assertThat(outcomes).hasSize(max);
    assertThat(outcomes.subList(0, max - 1)).containsOnly("RETRYING");
    assertThat(outcomes.get(max - 1)).isEqualTo("FAILED");
    assertThat(
            jdbc.sql(
                    """
                    SELECT d.last_error FROM notification_delivery d
                    JOIN notification_notice n ON n.id = d.notice_id
                    WHERE n.notice_key = ? AND d.channel = 'WEBHOOK'""")
                .param(key)
                .query(String.class)
                .single())
        .startsWith("connection failed");
  }

  @Test
  void aHangingWebhookNeitherDelaysTheInboxNorHoldsUpTheCaller() throws Exception {
    NotificationDispatcher background = anotherDispatcher();
    background.startLoop();
    try (var hanging = new TestWebhookServer()) {
      hanging.holdRequests();
      String leader = account(Role.DISTRICT_LEADER);
      subscribe(
          leader, List.of(), "INFO", true, null, hanging.url("/slow"), null, NoticeKind.ALARM);
      String key = key("slow");

      // The caller's transaction commits while the webhook is still hanging: notify did not wait.
      transactions.executeWithoutResult(tx -> notifications.notify(alarm(key, leader)));
      assertThat(hanging.awaitFirstRequest(15)).isTrue();
      // The in-app delivery went through while the webhook call hangs on its own thread.
      await(() -> inboxKeys(leader).contains(key), "the in-app delivery");
      assertThat(deliveryState(key, ChannelKind.WEBHOOK)).isEqualTo("PENDING");
      assertThat(outcomes(key, ChannelKind.WEBHOOK)).isEmpty();

      hanging.release();
      await(() -> "SENT".equals(deliveryState(key, ChannelKind.WEBHOOK)), "the webhook");
    } finally {
      background.stop();
    }
  }

  @Test
  void theNoticeIsPartOfTheCallersTransaction() {
    String leader = account(Role.DISTRICT_LEADER);
    String rolledBack = key("rolled-back");
    transactions.executeWithoutResult(
        tx -> {
          notifications.notify(alarm(rolledBack, leader));
          tx.setRollbackOnly();
        });
    assertThat(noticeCount(rolledBack)).isZero();

    // A notice the database refuses (a NUL character) leaves the caller's own work intact.
    String bad = key("bad");
    String good = key("good");
    assertThatCode(
            () ->
                transactions.executeWithoutResult(
                    tx -> {
                      notifications.notify(
                          Notice.of(
                              NoticeKind.ALARM,
                              bad,
                              Severity.RED,
                              CHENGXIANG,
                              "bad\u0000",
                              null,
                              null,
                              Instant.now()));
                      notifications.notify(alarm(good, leader));
                    }))
        .doesNotThrowAnyException();
    assertThat(noticeCount(bad)).isZero();
    assertThat(noticeCount(good)).isOne();

    // Outside a transaction too: logged, not thrown.
    assertThatCode(
            () ->
                notifications.notify(
                    Notice.of(
                        NoticeKind.ALARM,
                        key("bad2"),
                        Severity.RED,
                        null,
                        "x\u0000",
                        null,
                        null,
                        Instant.now())))
        .doesNotThrowAnyException();
  }

  private long noticeCount(String key) {
    return jdbc.sql("SELECT count(*) FROM notification_notice WHERE notice_key = ?")
        .param(key)
        .query(Long.class)
        .single();
  }
}
