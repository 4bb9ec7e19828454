package org.shuzhi.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.shuzhi.notification.Notice;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.Recipient;
import org.shuzhi.notification.Severity;

/**
 * A phone recipient is reached through the SMS channel: without a gateway the message is recorded
 * in the SMS outbox (QUEUED) and the delivery counts as handed over; lists show the number masked.
 */
class SmsChannelIntegrationTest extends NotificationTestSupport {

  @Test
  void aPhoneRecipientGetsAQueuedTextMessageInTheSmsOutbox() {
    String phone = "139" + String.format("%08d", (long) (Math.random() * 100_000_000L));
    String key = key("incident");
    notifications.notify(
        Notice.of(
                NoticeKind.INCIDENT,
                key,
                Severity.ORANGE,
                CHENGXIANG,
                "厂房坍塌：启动Ⅱ级响应",
                "详情",
                "/command/incidents/1",
                Instant.now())
            .withRecipients(Recipient.phone(phone)));
    dispatcher.runOnce(Instant.now());

    var delivery =
        jdbc.sql(
                "SELECT d.id, d.channel, d.state FROM notification_delivery d"
                    + " JOIN notification_notice n ON n.id = d.notice_id WHERE n.notice_key = ?")
            .param(key)
            .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)})
            .single();
    assertThat(delivery[1]).isEqualTo("SMS");
    assertThat(delivery[2]).isEqualTo("SENT");
    var sms =
        jdbc.sql("SELECT phone, text, status FROM notification_sms WHERE delivery_id = ?")
            .param(delivery[0])
            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
            .single();
    assertThat(sms[0]).isEqualTo(phone);
    assertThat(sms[1]).startsWith(SmsChannel.SIGN).contains("厂房坍塌：启动Ⅱ级响应");
    assertThat(sms[2]).isEqualTo("QUEUED");
    assertThat(AddressMask.of(ChannelKind.SMS, phone))
        .isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
  }

  @Test
  void aRecipientThatIsNoPhoneNumberIsAProgrammingError() {
    assertThatThrownBy(() -> Recipient.phone("call me"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Recipient.parse("phone:13800138000")).isEqualTo(Recipient.phone("13800138000"));
  }
}
