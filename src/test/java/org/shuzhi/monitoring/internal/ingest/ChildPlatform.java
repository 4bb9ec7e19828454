package org.shuzhi.monitoring.internal.ingest;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.shuzhi.ShuzhiApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second platform node started inside a test: its own application context and data directory, the
 * test context's database, and the given external broker — so a test can stop it mid-stream and
 * start another one, as an operator restarting a node would.
 */
final class ChildPlatform {

  private ChildPlatform() {}

  static ConfigurableApplicationContext start(
      HikariDataSource database,
      String brokerUrl,
      String clientId,
      String group,
      IngestConnections connections,
      String... extraArgs) {
    List<String> args = new ArrayList<>();
    args.add("--shuzhi.data-dir=target/test-data/child-" + UUID.randomUUID());
    args.add("--shuzhi.db.url=" + database.getJdbcUrl());
    args.add("--shuzhi.db.user=" + database.getUsername());
    args.add(
        "--shuzhi.db.password=" + (database.getPassword() == null ? "" : database.getPassword()));
    args.add("--shuzhi.mqtt.url=" + brokerUrl);
    args.add("--shuzhi.mqtt.client-id=" + clientId);
    args.add("--shuzhi.mqtt.shared-group=" + group);
    args.add("--shuzhi.mqtt.session-expiry=PT5M");
    args.add("--server.port=0");
    args.add("--shuzhi.telemetry.device-rate=100000");
    args.add("--shuzhi.telemetry.device-burst=100000");
    args.add("--spring.main.banner-mode=off");
    args.addAll(List.of(extraArgs));
    SpringApplicationBuilder builder = new SpringApplicationBuilder(ShuzhiApplication.class);
    if (connections != null) {
      builder.initializers(
          ctx -> ctx.getBeanFactory().registerSingleton("testIngestConnections", connections));
    }
    return builder.run(args.toArray(String[]::new));
  }
}
