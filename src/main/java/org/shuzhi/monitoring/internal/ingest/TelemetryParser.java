package org.shuzhi.monitoring.internal.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;

/**
 * Reads a telemetry payload with a streaming parser (no tree, no reflection): one reading {@code
 * {"ts": …, "seq": …, "values": {"channel": number, …}}} or an array of them. {@code ts} is
 * ISO-8601 with an offset or epoch milliseconds; {@code seq} is optional (0). Every problem refuses
 * the whole message with a reason, so a message is stored completely or not at all.
 */
final class TelemetryParser {

  /** NaN and Infinity are read as numbers so they can be refused as such, not as bad JSON. */
  private final JsonFactory json =
      JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  /**
   * @param notBefore readings older than this are refused (outside retention)
   * @param notAfter readings newer than this are refused (clock too far ahead)
   */
  ParsedMessage parse(
      KnownDevice device,
      byte[] payload,
      int length,
      Instant notBefore,
      Instant notAfter,
      int maxReadings)
      throws Rejection {
    Columns columns = new Columns();
    int readings = 0;
    try (JsonParser p = json.createParser(payload, 0, length)) {
      JsonToken first = p.nextToken();
      if (first == JsonToken.START_ARRAY) {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          if (t != JsonToken.START_OBJECT) {
            throw bad("array entries must be objects");
          }
          if (++readings > maxReadings) {
            throw new Rejection(
                DeadLetterReason.TOO_MANY_READINGS, "more than " + maxReadings + " readings");
          }
          reading(p, device, columns, notBefore, notAfter);
        }
        if (readings == 0) {
          throw bad("empty array");
        }
      } else if (first == JsonToken.START_OBJECT) {
        readings = 1;
        reading(p, device, columns, notBefore, notAfter);
      } else {
        throw bad("expected an object or an array of objects");
      }
      if (p.nextToken() != null) {
        throw bad("content after the JSON value");
      }
    } catch (JacksonException e) {
      throw bad("malformed JSON: " + firstLine(e.getOriginalMessage()));
    }
    return columns.toMessage(device, readings);
  }

  private static void reading(
      JsonParser p, KnownDevice device, Columns columns, Instant notBefore, Instant notAfter)
      throws Rejection {
    Instant ts = null;
    long seq = 0;
    int valuesStart = columns.size;
    boolean sawValues = false;
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "ts" -> ts = timestamp(p, value);
        case "seq" -> {
          if (value != JsonToken.VALUE_NUMBER_INT) {
            throw bad("seq must be an integer");
          }
          seq = p.getLongValue();
        }
        case "values" -> {
          if (value != JsonToken.START_OBJECT) {
            throw bad("values must be an object");
          }
          sawValues = true;
          values(p, device, columns);
        }
        default -> p.skipChildren();
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw bad("malformed reading");
    }
    if (ts == null) {
      throw bad("ts missing");
    }
    if (!sawValues || columns.size == valuesStart) {
      throw bad("values missing or empty");
    }
    if (ts.isAfter(notAfter)) {
      throw new Rejection(DeadLetterReason.TS_IN_FUTURE, "ts " + ts + " is after " + notAfter);
    }
    if (ts.isBefore(notBefore)) {
      throw new Rejection(DeadLetterReason.TS_TOO_OLD, "ts " + ts + " is before " + notBefore);
    }
    long micros =
        Math.addExact(Math.multiplyExact(ts.getEpochSecond(), 1_000_000L), ts.getNano() / 1000);
    columns.stamp(valuesStart, micros, seq);
  }

  private static void values(JsonParser p, KnownDevice device, Columns columns) throws Rejection {
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
      String channel = p.currentName();
      Short no = device.channelNos().get(channel);
      if (no == null) {
        throw new Rejection(
            DeadLetterReason.UNKNOWN_CHANNEL,
            "channel '" + abbreviate(channel) + "' is not a channel of " + device.code());
      }
      JsonToken v = p.nextToken();
      if (v != JsonToken.VALUE_NUMBER_INT && v != JsonToken.VALUE_NUMBER_FLOAT) {
        p.skipChildren();
        throw new Rejection(
            DeadLetterReason.NOT_A_NUMBER, "channel '" + channel + "' is not a number");
      }
      double d = p.getDoubleValue();
      if (!Double.isFinite(d)) {
        throw new Rejection(DeadLetterReason.NOT_A_NUMBER, "channel '" + channel + "' is " + d);
      }
      columns.add(no, d);
    }
    if (t != JsonToken.END_OBJECT) {
      throw bad("malformed values");
    }
  }

  private static Instant timestamp(JsonParser p, JsonToken value) throws Rejection {
    try {
      if (value == JsonToken.VALUE_NUMBER_INT) {
        return Instant.ofEpochMilli(p.getLongValue());
      }
      if (value == JsonToken.VALUE_STRING) {
        return OffsetDateTime.parse(p.getString(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
            .toInstant();
      }
    } catch (DateTimeException | ArithmeticException e) {
      throw bad("ts is not ISO-8601 with an offset nor epoch milliseconds");
    }
    throw bad("ts must be an ISO-8601 string or epoch milliseconds");
  }

  private static Rejection bad(String detail) {
    return new Rejection(DeadLetterReason.BAD_PAYLOAD, detail);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return abbreviate(nl < 0 ? s : s.substring(0, nl));
  }

  private static String abbreviate(String s) {
    return s.length() > 120 ? s.substring(0, 120) + "…" : s;
  }

  /** Growable column arrays. */
  private static final class Columns {
    short[] channels = new short[8];
    long[] ts = new long[8];
    long[] seqs = new long[8];
    double[] values = new double[8];
    int size;

    void add(short channel, double value) {
      if (size == channels.length) {
        int n = size * 2;
        channels = Arrays.copyOf(channels, n);
        ts = Arrays.copyOf(ts, n);
        seqs = Arrays.copyOf(seqs, n);
        values = Arrays.copyOf(values, n);
      }
      channels[size] = channel;
      values[size] = value;
      size++;
    }

    /** Sets timestamp and sequence of the values added since {@code from} (one reading). */
    void stamp(int from, long micros, long seq) {
      for (int i = from; i < size; i++) {
        ts[i] = micros;
        seqs[i] = seq;
      }
    }

    ParsedMessage toMessage(KnownDevice device, int readings) {
      return new ParsedMessage(device, channels, ts, seqs, values, size, readings);
    }
  }
}
