package org.shuzhi.monitoring.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TelemetryParserTest {

  final KnownDevice device =
      new KnownDevice(
          7,
          "D-1",
          "hash",
          true,
          Map.of("level", (short) 1, "lel", (short) 2),
          new String[] {null, "level", "lel"});
  final TelemetryParser parser = new TelemetryParser();
  final Instant now = Instant.parse("2026-06-01T00:00:00Z");

  ParsedMessage parse(String json) throws Rejection {
    byte[] b = json.getBytes(StandardCharsets.UTF_8);
    return parser.parse(device, b, b.length, now.minusSeconds(86_400), now.plusSeconds(300), 10);
  }

  DeadLetterReason refused(String json) {
    try {
      parse(json);
      throw new AssertionError("accepted: " + json);
    } catch (Rejection r) {
      return r.reason();
    }
  }

  @Test
  void readsAnArrayOfReadingsWithIsoAndEpochTimestamps() throws Rejection {
    ParsedMessage m =
        parse(
            "[{\"ts\":\"2026-06-01T08:00:00.250+08:00\",\"seq\":5,\"values\":{\"level\":1.5,\"lel\":3}},"
                + "{\"ts\":1780272000000,\"values\":{\"level\":-2}, \"extra\": {\"x\": [1]}}]");
    assertThat(m.size()).isEqualTo(3);
    assertThat(m.readings()).isEqualTo(2);
    assertThat(m.channels()[0]).isEqualTo((short) 1);
    assertThat(m.tsMicros()[0])
        .isEqualTo(Instant.parse("2026-06-01T00:00:00.250Z").toEpochMilli() * 1000);
    assertThat(m.seqs()[1]).isEqualTo(5);
    assertThat(m.values()[2]).isEqualTo(-2.0);
    assertThat(m.seqs()[2]).isZero();
  }

  @Test
  void refusesEachKindOfBadInputWithItsReason() {
    assertThat(refused("{")).isEqualTo(DeadLetterReason.BAD_PAYLOAD);
    assertThat(refused("42")).isEqualTo(DeadLetterReason.BAD_PAYLOAD);
    assertThat(refused("[]")).isEqualTo(DeadLetterReason.BAD_PAYLOAD);
    assertThat(refused("{\"values\":{\"level\":1}}")).isEqualTo(DeadLetterReason.BAD_PAYLOAD);
    assertThat(refused("{\"ts\":1780272000000,\"values\":{}}"))
        .isEqualTo(DeadLetterReason.BAD_PAYLOAD);
    assertThat(refused("{\"ts\":\"yesterday\",\"values\":{\"level\":1}}"))
        .isEqualTo(DeadLetterReason.BAD_PAYLOAD);
    assertThat(refused("{\"ts\":1780272000000,\"values\":{\"level\":1}} trailing"))
        .isEqualTo(DeadLetterReason.BAD_PAYLOAD);
    assertThat(refused("{\"ts\":1780272000000,\"values\":{\"flow\":1}}"))
        .isEqualTo(DeadLetterReason.UNKNOWN_CHANNEL);
    assertThat(refused("{\"ts\":1780272000000,\"values\":{\"level\":null}}"))
        .isEqualTo(DeadLetterReason.NOT_A_NUMBER);
    assertThat(refused("{\"ts\":1780272000000,\"values\":{\"level\":Infinity}}"))
        .isEqualTo(DeadLetterReason.NOT_A_NUMBER);
    assertThat(refused("{\"ts\":1780272000000,\"values\":{\"level\":[1]}}"))
        .isEqualTo(DeadLetterReason.NOT_A_NUMBER);
    assertThat(refused("{\"ts\":\"2026-06-01T00:06:00Z\",\"values\":{\"level\":1}}"))
        .isEqualTo(DeadLetterReason.TS_IN_FUTURE);
    assertThat(refused("{\"ts\":\"2026-05-01T00:00:00Z\",\"values\":{\"level\":1}}"))
        .isEqualTo(DeadLetterReason.TS_TOO_OLD);
    assertThat(
            refused(
                "["
                    + "{\"ts\":1780272000000,\"values\":{\"level\":1}},".repeat(10)
                    + "{\"ts\":1780272000000,\"values\":{\"level\":1}}]"))
        .isEqualTo(DeadLetterReason.TOO_MANY_READINGS);
  }

  @Test
  void deadLetterExcerptsAreShortAndFreeOfNuls() {
    byte[] payload = ("a\u0000b" + "x".repeat(5000)).getBytes(StandardCharsets.UTF_8);
    String excerpt = IngestPipeline.excerpt(payload, payload.length);
    assertThat(excerpt).startsWith("abx").endsWith("…").doesNotContain("\u0000");
    assertThat(excerpt.length()).isLessThanOrEqualTo(2049);
    assertThatThrownBy(() -> parse("{\"ts\":1780272000000,\"seq\":\"x\",\"values\":{\"level\":1}}"))
        .isInstanceOf(Rejection.class);
  }
}
