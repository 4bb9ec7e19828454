package org.shuzhi.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.Severity;

/** E-mail through a real SMTP conversation with GreenMail on a free port. */
class EmailChannelTest {

  private GreenMail smtp;

  @BeforeEach
  void startSmtp() {
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    smtp.setUser("duty@shuzhi.test", "sender", "s3cret");
  }

  @AfterEach
  void stopSmtp() {
    smtp.stop();
  }

  private static Delivery delivery(String to) {
    return delivery(to, null);
  }

  private static Delivery delivery(String to, String language) {
    return new Delivery(
        1,
        1,
        ChannelKind.EMAIL,
        to,
        "alice",
        null,
        1,
        language,
        NoticeKind.ALARM,
        "alarm:1",
        Severity.ORANGE,
        "330109001",
        "储罐 T-3 液位高高",
        "液位 9.6 m",
        "/monitoring/alarms/1",
        Instant.parse("2025-06-01T02:00:00Z"));
  }

  private EmailChannel channel(int port, String user, String password) {
    return new EmailChannel(
        new NotificationProperties.Mail(
            "127.0.0.1", port, user, password, "shuzhi@xiaoshan.test", false),
        new NoticeLinks("https://shuzhi.example.gov.cn/"));
  }

  @Test
  void sendsAChineseMessageWithTheSeverityAndAnAbsoluteLink() throws Exception {
    channel(smtp.getSmtp().getPort(), "sender", "s3cret").send(delivery("duty@shuzhi.test"));

    assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
    MimeMessage message = smtp.getReceivedMessages()[0];
    assertThat(message.getSubject()).isEqualTo("【橙色】储罐 T-3 液位高高");
    assertThat(message.getFrom()[0].toString()).isEqualTo("shuzhi@xiaoshan.test");
    String body = GreenMailUtil.getBody(message);
    assertThat(message.getContent().toString())
        .contains("液位 9.6 m")
        .contains("https://shuzhi.example.gov.cn/monitoring/alarms/1");
    assertThat(body).isNotBlank();
  }

  @Test
  void anEnglishReaderGetsAnEnglishSeverityInTheSubject() throws Exception {
    channel(smtp.getSmtp().getPort(), "sender", "s3cret").send(delivery("duty@shuzhi.test", "en"));

    assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
    // The title comes translated from the outbox; the channel adds the severity word.
    assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("[Orange] 储罐 T-3 液位高高");
  }

  @Test
  void anUnreachableServerIsATransientFailure() throws Exception {
    int closedPort;
    try (var socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    var failure =
        catchThrowableOfType(
            DeliveryFailure.class,
            () -> channel(closedPort, null, null).send(delivery("duty@shuzhi.test")));
    assertThat(failure.permanent()).isFalse();
    assertThat(failure.getMessage()).startsWith("SMTP");
  }

  @Test
  void withoutAHostTheChannelIsOffAndSaysSo() {
    var off =
        new EmailChannel(
            new NotificationProperties.Mail("", 0, null, null, null, false), new NoticeLinks(""));
    var failure =
        catchThrowableOfType(DeliveryFailure.class, () -> off.send(delivery("duty@shuzhi.test")));
    assertThat(failure.permanent()).isTrue();
    assertThat(failure.getMessage()).isEqualTo(EmailChannel.OFF);
  }
}
