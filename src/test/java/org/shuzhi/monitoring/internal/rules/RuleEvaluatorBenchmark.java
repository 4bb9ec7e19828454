package org.shuzhi.monitoring.internal.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.shuzhi.monitoring.AlarmSeverity;

/**
 * Readings per second through the alarm-rule evaluator, in memory: a district of devices (gas
 * detectors, tanks, pressure and temperature transmitters, flood stations, rain gauges) under the
 * sample rules plus per-kind limits, readings in batches as ingestion delivers them, a few per
 * thousand outside their limits so that alarms are raised and cleared. The readings are made inside
 * the timed loop (device codes as fresh strings, as a JSON parser would give them), so the figure
 * includes that cost. A figure for the documentation, not a test:
 *
 * <pre>bash bench/run.sh org.shuzhi.monitoring.internal.rules.RuleEvaluatorBenchmark \
 *     [devices=20000] [seconds=10] [threads=1] [batch=500]</pre>
 *
 * With threads=N each thread owns an evaluator and 1/N of the devices (split by device code), as a
 * deployment would shard them.
 */
public final class RuleEvaluatorBenchmark {

  private static final String[][] KINDS = {
    {"COMBUSTIBLE_GAS", "lel"},
    {"LIQUID_LEVEL", "level"},
    {"PRESSURE", "pressure"},
    {"TEMPERATURE", "temperature"},
    {"TOXIC_GAS", "ppm"},
    {"WATER_LEVEL", "level"},
    {"RAINFALL", "rainfall"}
  };

  /** Share of the devices of each kind, in per mille. */
  private static final int[] SHARE = {400, 200, 100, 100, 100, 50, 50};

  private RuleEvaluatorBenchmark() {}

  public static void main(String[] args) throws Exception {
    int devices = intArg(args, "devices", 20_000);
    int seconds = intArg(args, "seconds", 10);
    int threads = intArg(args, "threads", 1);
    int batch = intArg(args, "batch", 500);
    List<AlarmRule> rules = rules();
    System.out.printf(
        Locale.ROOT,
        "%d rules, %,d devices, batches of %d, %d thread(s), %d s (after %d s warm-up)%n",
        rules.size(),
        devices,
        batch,
        threads,
        seconds,
        Math.max(3, seconds / 3));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<long[]>> results = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int shard = t;
      results.add(
          pool.submit(
              () -> run(rules, devices, shard, threads, batch, Math.max(3, seconds / 3), seconds)));
    }
    long readings = 0;
    long decisions = 0;
    long nanos = 0;
    for (Future<long[]> f : results) {
      long[] r = f.get();
      readings += r[0];
      decisions += r[1];
      nanos = Math.max(nanos, r[2]);
    }
    pool.shutdown();
    System.out.printf(
        Locale.ROOT,
        "%,d readings in %.2f s: %,.0f readings/s; %,d decisions (raise/update/clear)%n",
        readings,
        nanos / 1e9,
        readings / (nanos / 1e9),
        decisions);
  }

  /** Returns {readings, decisions, nanos} of the timed part. */
  private static long[] run(
      List<AlarmRule> rules,
      int devices,
      int shard,
      int shards,
      int batch,
      int warmup,
      int seconds) {
    TestCatalogue catalogue = new TestCatalogue();
    List<String> codes = new ArrayList<>();
    List<String> channels = new ArrayList<>();
    int kind = 0;
    int ofKind = 0;
    for (int i = 0; i < devices; i++) {
      while (ofKind >= (long) SHARE[kind] * devices / 1000 && kind < KINDS.length - 1) {
        kind++;
        ofKind = 0;
      }
      ofKind++;
      String code = KINDS[kind][0].substring(0, 3) + "-" + i;
      if (Math.floorMod(code.hashCode(), shards) != shard) {
        continue;
      }
      catalogue.with(code, KINDS[kind][0], kind == 5 ? new StationLevels(5.0, 6.0, 7.0) : null);
      codes.add(code);
      channels.add(KINDS[kind][1]);
    }
    Instant start = Instant.parse("2025-07-01T00:00:00Z");
    RuleEvaluator evaluator =
        new RuleEvaluator(
            rules,
            catalogue,
            Clock.fixed(start, java.time.ZoneOffset.UTC),
            EvaluatorSettings.defaults());
    Random random = new Random(shard);
    Feed feed = new Feed(codes, channels, start, random);
    long warmEnd = System.nanoTime() + warmup * 1_000_000_000L;
    while (System.nanoTime() < warmEnd) {
      feed.step(evaluator, batch);
    }
    long readings = 0;
    long decisions = 0;
    long t0 = System.nanoTime();
    long end = t0 + seconds * 1_000_000_000L;
    long now;
    while ((now = System.nanoTime()) < end) {
      decisions += feed.step(evaluator, batch);
      readings += batch;
    }
    return new long[] {readings, decisions, now - t0};
  }

  /** Round-robin readings over the devices, one second of device time per round. */
  private static final class Feed {
    final List<String> codes;
    final List<String> channels;
    final Random random;
    Instant time;
    int next;
    long ticks;

    Feed(List<String> codes, List<String> channels, Instant start, Random random) {
      this.codes = codes;
      this.channels = channels;
      this.time = start;
      this.random = random;
    }

    int step(RuleEvaluator evaluator, int batch) {
      List<Reading> readings = new ArrayList<>(batch);
      for (int i = 0; i < batch; i++) {
        if (next == codes.size()) {
          next = 0;
          time = time.plusSeconds(1);
        }
        String channel = channels.get(next);
        String code = codes.get(next);
        readings.add(new Reading(new String(code), channel, time, value(code, channel)));
        next++;
      }
      int decisions = evaluator.evaluate(readings, time).size();
      if (++ticks % 200 == 0) {
        decisions += evaluator.tick(time).size();
      }
      return decisions;
    }

    /** A normal value, or one in 500 an excursion beyond the limits. */
    double value(String code, String channel) {
      boolean excursion = random.nextInt(500) == 0;
      if (code.startsWith("WAT")) { // water level at a flood station (channel "level" too)
        return excursion ? 5.5 : 3 + random.nextDouble();
      }
      return switch (channel) {
        case "lel" -> excursion ? 30 + random.nextDouble() * 30 : random.nextDouble() * 5;
        case "level" -> excursion ? 9.5 : 4 + random.nextDouble();
        case "pressure" -> excursion ? 2.1 : 1.0 + random.nextDouble() * 0.2;
        case "temperature" -> excursion ? 85 : 20 + random.nextDouble() * 10;
        case "ppm" -> excursion ? 25 : random.nextDouble() * 2;
        default -> excursion ? 5 : random.nextInt(20) == 0 ? 0.1 : 0;
      };
    }
  }

  static List<AlarmRule> rules() {
    List<AlarmRule> rules = new ArrayList<>(SampleRules.all());
    rules.add(limits("TANK-LIMITS", "LIQUID_LEVEL", "level", 9.0, 9.5, 0.5, 0.2));
    rules.add(limits("PRESSURE-LIMITS", "PRESSURE", "pressure", 1.6, 2.0, null, null));
    rules.add(limits("TEMPERATURE-LIMITS", "TEMPERATURE", "temperature", 60.0, 80.0, null, null));
    rules.add(limits("TOXIC-LIMITS", "TOXIC_GAS", "ppm", 10.0, 20.0, null, null));
    for (String[] k : KINDS) {
      rules.add(
          new AlarmRule(
              k[0] + "-OFFLINE",
              "离线",
              RuleScope.kind(k[0]),
              AlarmSeverity.BLUE,
              new NoData(null, Duration.ofMinutes(10))));
    }
    return rules.stream()
        .collect(
            java.util.stream.Collectors.toMap(
                AlarmRule::code, r -> r, (a, b) -> a, java.util.LinkedHashMap::new))
        .values()
        .stream()
        .toList();
  }

  private static AlarmRule limits(
      String code,
      String kind,
      String channel,
      Double high,
      Double highHigh,
      Double low,
      Double lowLow) {
    return new AlarmRule(
        code,
        code,
        RuleScope.kind(kind),
        AlarmSeverity.YELLOW,
        new Threshold(
            channel,
            high == null ? null : Threshold.Limit.of(high),
            highHigh == null ? null : new Threshold.Limit(highHigh, AlarmSeverity.RED),
            low == null ? null : Threshold.Limit.of(low),
            lowLow == null ? null : new Threshold.Limit(lowLow, AlarmSeverity.RED)));
  }

  private static int intArg(String[] args, String name, int otherwise) {
    for (String a : args) {
      if (a.startsWith(name + "=")) {
        return Integer.parseInt(a.substring(name.length() + 1));
      }
    }
    return otherwise;
  }
}
