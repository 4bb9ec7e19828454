package org.shuzhi.notification.internal;

import jakarta.mail.SendFailedException;
import java.util.Properties;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * E-mail over SMTP ({@code SHUZHI_SMTP_*}). Without a host the channel is off and its deliveries
 * fail at once with that reason, so the delivery records say why nothing was mailed. An address the
 * server rejects fails for good; an unreachable server is retried.
 */
class EmailChannel implements NotificationChannel {

  static final String OFF = "e-mail is not configured (SHUZHI_SMTP_HOST)";

  private final NotificationProperties.Mail settings;
  private final JavaMailSenderImpl sender;
  private final NoticeLinks links;

  EmailChannel(NotificationProperties.Mail settings, NoticeLinks links) {
    this.settings = settings;
    this.links = links;
    this.sender = settings.enabled() ? sender(settings) : null;
  }

  private static JavaMailSenderImpl sender(NotificationProperties.Mail s) {
    var sender = new JavaMailSenderImpl();
    sender.setHost(s.host().trim());
    sender.setPort(s.port());
    sender.setDefaultEncoding("UTF-8");
    Properties p = sender.getJavaMailProperties();
    // Short timeouts: a hanging server must not hold the channel's threads for minutes.
    p.put("mail.smtp.connectiontimeout", "5000");
    p.put("mail.smtp.timeout", "10000");
    p.put("mail.smtp.writetimeout", "10000");
    if (s.username() != null && !s.username().isBlank()) {
      sender.setUsername(s.username());
      sender.setPassword(s.password());
      p.put("mail.smtp.auth", "true");
    }
    if (s.starttls()) {
      p.put("mail.smtp.starttls.enable", "true");
      p.put("mail.smtp.starttls.required", "true");
    }
    return sender;
  }

  @Override
  public ChannelKind kind() {
    return ChannelKind.EMAIL;
  }

  @Override
  public void send(Delivery d) throws DeliveryFailure {
    if (sender == null) {
      throw DeliveryFailure.permanent(OFF);
    }
    var message = new SimpleMailMessage();
    message.setFrom(settings.from());
    message.setTo(d.target());
    message.setSubject(SeverityLabels.subject(d.severity(), d.locale(), d.title()));
    message.setText(text(d));
    try {
      sender.send(message);
    } catch (MailParseException e) {
      throw DeliveryFailure.permanent("invalid message or address: " + e.getMessage());
    } catch (MailAuthenticationException e) {
      throw DeliveryFailure.transientFailure("SMTP authentication failed", e);
    } catch (MailSendException e) {
      if (rejectedAddress(e)) {
        throw DeliveryFailure.permanent("address rejected: " + rootMessage(e));
      }
      throw DeliveryFailure.transientFailure("SMTP: " + rootMessage(e), e);
    } catch (MailException e) {
      throw DeliveryFailure.transientFailure("SMTP: " + rootMessage(e), e);
    }
  }

  private String text(Delivery d) {
    var text = new StringBuilder(d.title()).append('\n');
    if (d.body() != null) {
      text.append('\n').append(d.body()).append('\n');
    }
    String url = links.absolute(d.link());
    if (url != null) {
      text.append('\n').append(url).append('\n');
    }
    text.append("\n— 数智 Shuzhi");
    return text.toString();
  }

  private static boolean rejectedAddress(MailSendException e) {
    for (Exception failure : e.getFailedMessages().values()) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        if (t instanceof SendFailedException sf
            && sf.getInvalidAddresses() != null
            && sf.getInvalidAddresses().length > 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
