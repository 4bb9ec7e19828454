package org.shuzhi.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

  /** DingTalk's check, written out independently: base64(HmacSHA256(secret, data)). */
  static String hmac(String secret, String data) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void signsTimestampNewlineSecretAndAppendsBothToTheUrl() throws Exception {
    long ts = 1_700_000_000_000L;
    String secret = "SECabc";
    String expected = hmac(secret, ts + "\n" + secret);
    assertThat(WebhookSigner.signature(secret, ts)).isEqualTo(expected);
    String url =
        WebhookSigner.signedUrl("https://oapi.dingtalk.com/robot/send?access_token=T", secret, ts);
    assertThat(url)
        .startsWith(
            "https://oapi.dingtalk.com/robot/send?access_token=T&timestamp=1700000000000&sign=")
        .endsWith(java.net.URLEncoder.encode(expected, StandardCharsets.UTF_8));
    assertThat(WebhookSigner.signedUrl("http://h/x", secret, ts)).contains("/x?timestamp=");
    assertThat(WebhookSigner.signature("other", ts)).isNotEqualTo(expected);
  }
}
