package org.shuzhi.notification.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code shuzhi.notification.*} (README, section Notifications).
 *
 * @param dispatcher how deliveries are sent and retried
 * @param mail the SMTP server; e-mail is off when {@code host} is blank
 * @param webhook the HTTP client of webhooks
 */
@ConfigurationProperties("shuzhi.notification")
record NotificationProperties(Dispatcher dispatcher, Mail mail, Webhook webhook) {

  NotificationProperties {
    dispatcher =
        dispatcher == null ? new Dispatcher(true, null, null, null, null, 0, 0, 0) : dispatcher;
    mail = mail == null ? new Mail(null, 0, null, null, null, false) : mail;
    webhook = webhook == null ? new Webhook(null, null, null) : webhook;
  }

  /**
   * @param enabled whether this node sends (every node may; they split the work)
   * @param pollInterval how often the outbox is looked at when nothing woke the dispatcher (other
   *     nodes' notices, due retries); default 1 s
   * @param lease how long a claimed delivery is left to its node before another may retry it;
   *     default 2 min (longer than any channel's timeout)
   * @param retryBase delay after the first failed attempt, doubled after each further one; default
   *     30 s
   * @param retryMax longest delay between attempts; default 30 min
   * @param maxAttempts attempts before a delivery is given up as failed; default 6
   * @param threadsPerChannel deliveries in flight at once per channel; default 4
   * @param batchSize notices expanded per transaction; default 100
   */
  record Dispatcher(
      boolean enabled,
      Duration pollInterval,
      Duration lease,
      Duration retryBase,
      Duration retryMax,
      int maxAttempts,
      int threadsPerChannel,
      int batchSize) {
    Dispatcher {
      pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
      lease = lease == null ? Duration.ofMinutes(2) : lease;
      retryBase = retryBase == null ? Duration.ofSeconds(30) : retryBase;
      retryMax = retryMax == null ? Duration.ofMinutes(30) : retryMax;
      maxAttempts = maxAttempts <= 0 ? 6 : maxAttempts;
      threadsPerChannel = threadsPerChannel <= 0 ? 4 : threadsPerChannel;
      batchSize = batchSize <= 0 ? 100 : batchSize;
    }
  }

  /**
   * @param host SMTP host; blank switches e-mail off
   * @param port SMTP port (default 25)
   * @param username SMTP user, or blank for none
   * @param password SMTP password
   * @param from sender address (default {@code shuzhi@localhost})
   * @param starttls require STARTTLS
   */
  record Mail(
      String host, int port, String username, String password, String from, boolean starttls) {
    Mail {
      port = port <= 0 ? 25 : port;
      from = from == null || from.isBlank() ? "shuzhi@localhost" : from;
    }

    boolean enabled() {
      return host != null && !host.isBlank();
    }
  }

  /**
   * @param connectTimeout default 2 s
   * @param timeout whole request, default 5 s
   * @param allowedHosts hosts webhooks may point to (exact names, or {@code .example.com} for a
   *     domain); empty allows any host
   */
  record Webhook(Duration connectTimeout, Duration timeout, List<String> allowedHosts) {
    Webhook {
      connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
      timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
      allowedHosts =
          allowedHosts == null
              ? List.of()
              : allowedHosts.stream().map(String::trim).filter(h -> !h.isEmpty()).toList();
    }

    boolean allows(String host) {
      if (allowedHosts.isEmpty()) {
        return true;
      }
      String h = host == null ? "" : host.toLowerCase(java.util.Locale.ROOT);
      return allowedHosts.stream()
          .map(a -> a.toLowerCase(java.util.Locale.ROOT))
          .anyMatch(a -> a.startsWith(".") ? h.endsWith(a) : h.equals(a));
    }
  }
}
