package org.shuzhi.monitoring.internal.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The external broker of a test: {@code SHUZHI_TEST_MQTT_URL} when set (.ci/run points it at the
 * machine's Mosquitto), otherwise a {@link TestMqttBroker} process on a free port.
 */
final class ExternalBroker implements AutoCloseable {

  private final String url;
  private final Process process;

  private ExternalBroker(String url, Process process) {
    this.url = url;
    this.process = process;
  }

  static ExternalBroker start() throws IOException, InterruptedException {
    String configured = System.getenv("SHUZHI_TEST_MQTT_URL");
    if (configured != null && !configured.isBlank()) {
      return new ExternalBroker(configured.trim(), null);
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path dir = Files.createTempDirectory(Path.of("target"), "test-broker-");
    Process p =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    TestMqttBroker.class.getName(),
                    String.valueOf(port),
                    dir.toAbsolutePath().toString()))
            .redirectErrorStream(true)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    String line;
    while ((line = out.readLine()) != null) {
      if (line.startsWith("TEST-BROKER-READY")) {
        break;
      }
      if (Instant.now().isAfter(deadline)) {
        p.destroyForcibly();
        throw new IllegalStateException("test broker did not start");
      }
    }
    if (line == null) {
      throw new IllegalStateException("test broker exited: " + p.waitFor());
    }
    // Keep draining its output so it never blocks on a full pipe.
    Thread drain =
        new Thread(
            () -> {
              try {
                while (out.readLine() != null) {
                  // discard
                }
              } catch (IOException ignored) {
                // process ended
              }
            });
    drain.setDaemon(true);
    drain.start();
    return new ExternalBroker("tcp://127.0.0.1:" + port, p);
  }

  String url() {
    return url;
  }

  /** The configured broker (.ci/run: the machine's Mosquitto), not the HiveMQ test process. */
  boolean isMosquitto() {
    return process == null;
  }

  int port() {
    return java.net.URI.create(url).getPort();
  }

  String host() {
    return java.net.URI.create(url).getHost();
  }

  @Override
  public void close() {
    if (process != null) {
      process.destroyForcibly();
    }
  }
}
