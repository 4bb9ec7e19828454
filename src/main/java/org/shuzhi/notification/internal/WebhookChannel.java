package org.shuzhi.notification.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON POST to a URL, e.g. a DingTalk group robot. The body is a DingTalk {@code markdown}
 * message (title and text) plus a {@code notice} object with every field for other receivers.
 * Signed when the webhook has a secret ({@link WebhookSigner}). Timeouts are short (connect 2 s,
 * whole call 5 s by default).
 *
 * <p>2xx is success, unless the answer is JSON with a non-zero {@code errcode} (DingTalk answers
 * 200 with an error code, e.g. for a bad signature). 408, 429 and 5xx, timeouts and refused
 * connections are retried; other 4xx fail for good.
 */
class WebhookChannel implements NotificationChannel {

  private final HttpClient http;
  private final NotificationProperties.Webhook settings;
  private final JsonMapper json;
  private final NoticeLinks links;
  private final Clock clock;

  WebhookChannel(
      NotificationProperties.Webhook settings, JsonMapper json, NoticeLinks links, Clock clock) {
    this.settings = settings;
    this.json = json;
    this.links = links;
    this.clock = clock;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public ChannelKind kind() {
    return ChannelKind.WEBHOOK;
  }

  @Override
  public void send(Delivery d) throws DeliveryFailure {
    URI uri;
    try {
      uri = URI.create(d.target());
    } catch (IllegalArgumentException e) {
      throw DeliveryFailure.permanent("invalid URL");
    }
    if (!settings.allows(uri.getHost())) {
      throw DeliveryFailure.permanent("host not allowed: " + uri.getHost());
    }
    String url =
        d.secret() == null || d.secret().isBlank()
            ? d.target()
            : WebhookSigner.signedUrl(d.target(), d.secret(), clock.millis());
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(settings.timeout())
            .header("Content-Type", "application/json; charset=utf-8")
            .header("X-Shuzhi-Notice-Key", asciiOnly(d.key()))
            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body(d))))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw DeliveryFailure.transientFailure("timeout after " + settings.timeout(), e);
    } catch (IOException e) {
      throw DeliveryFailure.transientFailure("connection failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw DeliveryFailure.transientFailure("interrupted", e);
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      String error = errcode(response.body());
      if (error != null) {
        throw DeliveryFailure.transientFailure("receiver refused: " + error, null);
      }
      return;
    }
    String reason = "HTTP " + status + snippet(response.body());
    if (status == 408 || status == 429 || status >= 500) {
      throw DeliveryFailure.transientFailure(reason, null);
    }
    throw DeliveryFailure.permanent(reason);
  }

  private Map<String, Object> body(Delivery d) {
    String subject = SeverityLabels.subject(d.severity(), d.locale(), d.title());
    String url = links.absolute(d.link());
    var text = new StringBuilder("#### ").append(subject);
    if (d.body() != null) {
      text.append("\n\n").append(d.body());
    }
    if (url != null) {
      text.append("\n\n[")
          .append(SeverityLabels.details(d.locale()))
          .append("](")
          .append(url)
          .append(")");
    }
    var notice = new LinkedHashMap<String, Object>();
    notice.put("kind", d.kind().name());
    notice.put("key", d.key());
    notice.put("severity", d.severity().name());
    notice.put("townCode", d.townCode());
    notice.put("title", d.title());
    notice.put("body", d.body());
    notice.put("link", url != null ? url : d.link());
    notice.put("occurredAt", d.occurredAt().toString());
    var body = new LinkedHashMap<String, Object>();
    body.put("msgtype", "markdown");
    body.put("markdown", Map.of("title", subject, "text", text.toString()));
    body.put("notice", notice);
    return body;
  }

  /** DingTalk's {@code errcode}/{@code errmsg} when non-zero, else null. */
  private String errcode(String body) {
    if (body == null || body.isBlank() || !body.trim().startsWith("{")) {
      return null;
    }
    try {
      JsonNode node = json.readTree(body);
      JsonNode code = node.get("errcode");
      if (code != null && code.isNumber() && code.asInt() != 0) {
        JsonNode msg = node.get("errmsg");
        return "errcode " + code.asInt() + (msg == null ? "" : " " + msg.asString());
      }
      return null;
    } catch (JacksonException e) {
      return null;
    }
  }

  private static String snippet(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    String b = body.strip();
    return ": " + (b.length() > 200 ? b.substring(0, 200) + "…" : b);
  }

  private static String asciiOnly(String s) {
    return s.replaceAll("[^\\x20-\\x7e]", "?");
  }
}
