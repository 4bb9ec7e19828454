package org.shuzhi.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Text messages to phone numbers (people on duty without an account). No SMS gateway is connected
 * yet: each message is recorded in {@code notification_sms} with status QUEUED, which is what
 * "sent" means for this channel today; a gateway would send the queued rows and set SENT or FAILED.
 * The text is short (SMS length): the sign, the title and the link when a public base URL is set.
 */
@Component
class SmsChannel implements NotificationChannel {

  static final String SIGN = "【数智】";
  static final int MAX_TEXT = 300;

  private final JdbcClient jdbc;
  private final NoticeLinks links;
  private final Clock clock;

  SmsChannel(JdbcClient jdbc, NoticeLinks links, Clock clock) {
    this.jdbc = jdbc;
    this.links = links;
    this.clock = clock;
  }

  @Override
  public ChannelKind kind() {
    return ChannelKind.SMS;
  }

  @Override
  public void send(Delivery d) {
    jdbc.sql(
            "INSERT INTO notification_sms (delivery_id, phone, text, status, created_at)"
                + " VALUES (?, ?, ?, 'QUEUED', ?) ON CONFLICT (delivery_id) DO NOTHING")
        .param(d.id())
        .param(d.target())
        .param(text(d))
        .param(Timestamp.from(clock.instant()))
        .update();
  }

  String text(Delivery d) {
    String url = links.absolute(d.link());
    String text = SIGN + d.title() + (url == null ? "" : " " + url);
    return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
  }
}
