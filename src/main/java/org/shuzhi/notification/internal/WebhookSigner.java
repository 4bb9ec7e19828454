package org.shuzhi.notification.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook call the way DingTalk group robots check it (钉钉自定义机器人 "加签"): {@code sign =
 * urlEncode(base64(HmacSHA256(key = secret, data = timestamp + "\n" + secret)))} with the timestamp
 * in milliseconds, sent as the query parameters {@code timestamp} and {@code sign}. Receivers other
 * than DingTalk can check the same two parameters.
 */
final class WebhookSigner {

  private WebhookSigner() {}

  /** The base64 signature, not yet URL-encoded. */
  static String signature(String secret, long timestampMillis) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest =
          mac.doFinal((timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** The URL with {@code timestamp} and {@code sign} appended. */
  static String signedUrl(String url, String secret, long timestampMillis) {
    String sign = URLEncoder.encode(signature(secret, timestampMillis), StandardCharsets.UTF_8);
    return url + (url.contains("?") ? "&" : "?") + "timestamp=" + timestampMillis + "&sign=" + sign;
  }
}
