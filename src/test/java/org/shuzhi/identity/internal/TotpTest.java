package org.shuzhi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

class TotpTest {

  private final Totp totp = new Totp();
  // RFC 6238 Appendix B: the SHA-1 seed is the ASCII string "12345678901234567890".
  private final String rfcSecret =
      new Base32().encodeToString("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

  @Test
  void matchesTheRfc6238TestVectorsTruncatedToSixDigits() {
    // RFC values (8 digits): T=59 → 94287082, T=1111111109 → 07081804, T=2000000000 → 69279037.
    assertThat(totp.code(rfcSecret, 59 / 30)).isEqualTo("287082");
    assertThat(totp.code(rfcSecret, 1111111109L / 30)).isEqualTo("081804");
    assertThat(totp.code(rfcSecret, 2000000000L / 30)).isEqualTo("279037");
  }

  @Test
  void acceptsTheNeighbouringStepsForClockDriftOnly() {
    Instant now = Instant.ofEpochSecond(1111111109L);
    long step = now.getEpochSecond() / 30;
    assertThat(totp.verify(rfcSecret, totp.code(rfcSecret, step - 1), now)).hasValue(step - 1);
    assertThat(totp.verify(rfcSecret, totp.code(rfcSecret, step + 1), now)).hasValue(step + 1);
    assertThat(totp.verify(rfcSecret, totp.code(rfcSecret, step - 2), now)).isEmpty();
    assertThat(totp.verify(rfcSecret, "12345", now)).isEmpty();
    assertThat(totp.verify(rfcSecret, null, now)).isEmpty();
  }

  @Test
  void newSecretsAreRandomAnd160Bits() {
    String a = totp.newSecret();
    assertThat(a).isNotEqualTo(totp.newSecret());
    assertThat(new Base32().decode(a)).hasSize(20);
    assertThat(totp.otpauthUri("Shuzhi", "admin", a))
        .startsWith("otpauth://totp/Shuzhi:admin?secret=" + a);
  }
}
