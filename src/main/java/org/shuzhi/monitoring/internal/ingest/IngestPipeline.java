package org.shuzhi.monitoring.internal.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.shuzhi.monitoring.Reading;
import org.shuzhi.monitoring.TelemetryReceived;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * The one ingestion pipeline every entry path (embedded broker, external broker, HTTP) feeds.
 *
 * <p>On the caller's thread a message is checked (device, size, rate, payload) and becomes readings
 * or a dead letter; both go into a bounded buffer. Writer threads (two by default, so one batch is
 * built while another waits for its commit to reach the disk) drain the buffer in batches, write
 * each batch in one transaction and only then acknowledge its messages (ADR 0005). If the database
 * fails, the writer retries the same batch until it succeeds: the buffer fills, entry paths stop
 * acknowledging (MQTT) or answer 503 (HTTP), and nothing is dropped.
 */
public class IngestPipeline implements SmartLifecycle {

  /** Stops after the entry paths (which stop first: higher phase) so they hand in no more. */
  public static final int PHASE = 100;

  private static final Logger log = LoggerFactory.getLogger(IngestPipeline.class);
  private static final int DEAD_LETTER_PAYLOAD_CHARS = 2048;

  /** Whether a message got into the buffer. */
  public enum Admission {
    QUEUED,
    /** The buffer is full: apply back-pressure, the message is not taken. */
    FULL,
    /** The platform is stopping. */
    STOPPED
  }

  private final KnownDevices devices;
  private final IngestConnections connections;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final TelemetryProperties settings;
  private final TelemetryParser parser = new TelemetryParser();
  private final TelemetryWriter writer = new TelemetryWriter();
  private final DeviceRateLimiter rates;
  private final BlockingQueue<Pending> buffer;
  private volatile boolean running;
  private volatile boolean accepting;
  private final List<Thread> threads = new ArrayList<>();

  public IngestPipeline(
      KnownDevices devices,
      IngestConnections connections,
      ApplicationEventPublisher events,
      Clock clock,
      TelemetryProperties settings) {
    this.devices = devices;
    this.connections = connections;
    this.events = events;
    this.clock = clock;
    this.settings = settings;
    this.rates = new DeviceRateLimiter(clock, settings.deviceRate(), settings.deviceBurst());
    this.buffer = new ArrayBlockingQueue<>(settings.bufferMessages());
  }

  /**
   * Hands a message in without waiting. {@code payloadSize} is the real size when only the start of
   * an oversized payload was read ({@code payload} then holds that start).
   */
  public Admission offer(
      IngestSource source,
      String deviceCode,
      byte[] payload,
      int payloadSize,
      Acknowledgement ack) {
    if (!accepting) {
      return Admission.STOPPED;
    }
    if (buffer.remainingCapacity() == 0) {
      return Admission.FULL;
    }
    return buffer.offer(check(source, deviceCode, payload, payloadSize, ack))
        ? Admission.QUEUED
        : Admission.FULL;
  }

  /** Hands a message in, waiting while the buffer is full (a subscriber that stops reading). */
  public Admission put(
      IngestSource source, String deviceCode, byte[] payload, int payloadSize, Acknowledgement ack)
      throws InterruptedException {
    Pending pending = check(source, deviceCode, payload, payloadSize, ack);
    while (accepting) {
      if (buffer.offer(pending, 100, TimeUnit.MILLISECONDS)) {
        return Admission.QUEUED;
      }
    }
    return Admission.STOPPED;
  }

  /** Messages waiting for their commit. */
  public int buffered() {
    return buffer.size();
  }

  public KnownDevices devices() {
    return devices;
  }

  public int maxPayloadBytes() {
    return settings.maxPayloadBytes();
  }

  private Pending check(
      IngestSource source,
      String deviceCode,
      byte[] payload,
      int payloadSize,
      Acknowledgement ack) {
    Instant now = clock.instant();
    Optional<KnownDevice> device = devices.known(deviceCode);
    try {
      if (device.isEmpty()) {
        throw new Rejection(DeadLetterReason.UNKNOWN_DEVICE, "no device " + abbreviate(deviceCode));
      }
      KnownDevice d = device.get();
      if (!d.enabled()) {
        throw new Rejection(DeadLetterReason.DEVICE_DISABLED, d.code() + " is disabled");
      }
      if (payloadSize > settings.maxPayloadBytes()) {
        throw new Rejection(
            DeadLetterReason.TOO_LARGE,
            payloadSize + " bytes, limit " + settings.maxPayloadBytes());
      }
      if (!rates.tryAcquire(d.id())) {
        throw new Rejection(
            DeadLetterReason.RATE_EXCEEDED,
            "over " + settings.deviceRate() + " messages/s (burst " + settings.deviceBurst() + ")");
      }
      ParsedMessage parsed =
          parser.parse(
              d,
              payload,
              Math.min(payload.length, payloadSize),
              now.minus(settings.retention()),
              now.plus(settings.maxFuture()),
              settings.maxReadingsPerMessage());
      return new Pending(parsed, null, ack, now);
    } catch (Rejection r) {
      return new Pending(
          null,
          new Pending.DeadLetter(
              source,
              abbreviate(deviceCode),
              device.map(KnownDevice::id).orElse(null),
              r.reason(),
              r.detail(),
              payloadSize,
              excerpt(payload, payloadSize)),
          ack,
          now);
    }
  }

  // --- the writer ---------------------------------------------------------------------------

  private void run() {
    List<Pending> batch = new ArrayList<>(settings.batchMessages());
    while (running || !buffer.isEmpty()) {
      try {
        Pending first = buffer.poll(50, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        int values = first.values();
        Pending next;
        while (batch.size() < settings.batchMessages()
            && values < settings.batchValues()
            && (next = buffer.poll()) != null) {
          batch.add(next);
          values += next.values();
        }
        if (!writeUntilStored(batch)) {
          break;
        }
        batch.clear();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    // Stopped before these committed: leave them unacknowledged, so they are sent again.
    batch.forEach(p -> p.ack().abandoned());
    Pending p;
    while ((p = buffer.poll()) != null) {
      p.ack().abandoned();
    }
  }

  /** Retries the batch until it commits; false when the platform stops first. */
  private boolean writeUntilStored(List<Pending> batch) throws InterruptedException {
    Duration pause = Duration.ofMillis(50);
    int failures = 0;
    while (true) {
      try {
        List<TelemetryWriter.Inserted> inserted = writeOnce(batch);
        if (failures > 0) {
          log.info("Telemetry storage recovered after {} failed attempts", failures);
        }
        completed(batch, inserted);
        return true;
      } catch (SQLException | RuntimeException e) {
        failures++;
        if (failures == 1 || failures % 20 == 0) {
          log.warn(
              "Telemetry batch of {} messages not stored (attempt {}), retrying: {}",
              batch.size(),
              failures,
              e.getMessage());
        }
        if (!running) {
          return false;
        }
        Thread.sleep(pause.toMillis());
        pause =
            pause.multipliedBy(2).compareTo(Duration.ofSeconds(2)) > 0
                ? Duration.ofSeconds(2)
                : pause.multipliedBy(2);
      }
    }
  }

  private List<TelemetryWriter.Inserted> writeOnce(List<Pending> batch) throws SQLException {
    try (Connection c = connections.get()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        var inserted = writer.write(c, batch, Timestamp.from(clock.instant()));
        c.commit();
        return inserted;
      } catch (SQLException | RuntimeException e) {
        try {
          c.rollback();
        } catch (SQLException suppressed) {
          e.addSuppressed(suppressed);
        }
        throw e;
      } finally {
        try {
          c.setAutoCommit(auto);
        } catch (SQLException ignored) {
          // the connection is broken; the pool discards it
        }
      }
    }
  }

  private void completed(List<Pending> batch, List<TelemetryWriter.Inserted> inserted) {
    if (!inserted.isEmpty()) {
      List<Reading> readings = new ArrayList<>(inserted.size());
      for (TelemetryWriter.Inserted r : inserted) {
        KnownDevice d = devices.knownById(r.deviceId()).orElse(null);
        readings.add(
            new Reading(
                r.deviceId(),
                d == null ? null : d.code(),
                d == null ? null : d.channelName(r.channel()),
                Instant.ofEpochSecond(
                    Math.floorDiv(r.tsMicros(), 1_000_000L),
                    Math.floorMod(r.tsMicros(), 1_000_000L) * 1000),
                r.seq(),
                r.value()));
      }
      try {
        events.publishEvent(new TelemetryReceived(List.copyOf(readings), clock.instant()));
      } catch (RuntimeException e) {
        log.error("A TelemetryReceived listener failed; the readings are stored", e);
      }
    }
    for (Pending p : batch) {
      try {
        p.ack()
            .completed(
                p.deadLetter() == null
                    ? new Acknowledgement.Outcome(null, null, p.values())
                    : new Acknowledgement.Outcome(
                        p.deadLetter().reason(), p.deadLetter().detail(), 0));
      } catch (RuntimeException e) {
        log.warn("Acknowledging a stored telemetry message failed: {}", e.toString());
      }
    }
  }

  // --- lifecycle ----------------------------------------------------------------------------

  @Override
  public void start() {
    running = true;
    accepting = true;
    for (int i = 0; i < settings.writers(); i++) {
      Thread t = new Thread(this::run, "telemetry-writer-" + i);
      threads.add(t);
      t.start();
    }
  }

  @Override
  public void stop() {
    accepting = false;
    running = false;
    for (Thread thread : threads) {
      try {
        thread.join(Duration.ofSeconds(10).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (thread.isAlive()) {
        thread.interrupt();
      }
    }
    threads.clear();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }

  // --- helpers ------------------------------------------------------------------------------

  private static String abbreviate(String s) {
    if (s == null) {
      return null;
    }
    return s.length() > 128 ? s.substring(0, 128) : s;
  }

  /** The start of a payload as text for the dead-letter page (UTF-8, NULs removed). */
  static String excerpt(byte[] payload, int payloadSize) {
    if (payload == null) {
      return null;
    }
    int n = Math.min(Math.min(payload.length, payloadSize), DEAD_LETTER_PAYLOAD_CHARS * 4);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    CharBuffer out = CharBuffer.allocate(DEAD_LETTER_PAYLOAD_CHARS);
    decoder.decode(ByteBuffer.wrap(payload, 0, n), out, true);
    out.flip();
    String text = out.toString().replace("\u0000", "");
    return payloadSize > n || out.limit() == DEAD_LETTER_PAYLOAD_CHARS ? text + "…" : text;
  }
}
