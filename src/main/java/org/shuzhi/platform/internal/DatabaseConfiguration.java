package org.shuzhi.platform.internal;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.shuzhi.platform.DataDirectory;
import org.shuzhi.platform.ShuzhiProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One DataSource: the external PostgreSQL when {@code shuzhi.db.url} is set, otherwise an embedded
 * PostgreSQL whose files stay in {@code <dataDir>/pg} across restarts (ADR 0002).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ShuzhiProperties.class)
class DatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

  @Bean(destroyMethod = "close")
  LockedDataDirectory dataDirectory(ShuzhiProperties properties) {
    return new LockedDataDirectory(properties.dataDir(), properties.embeddedDatabase());
  }

  @Bean(destroyMethod = "close")
  EmbeddedDatabaseServer embeddedDatabaseServer(
      ShuzhiProperties properties, LockedDataDirectory directory) {
    if (!properties.embeddedDatabase()) {
      return EmbeddedDatabaseServer.none();
    }
    try {
      var pgDir = directory.root().resolve("pg").toFile();
      log.info("Starting embedded PostgreSQL in {}", pgDir);
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(pgDir)
              .setCleanDataDirectory(properties.db().cleanEmbedded())
              // Spring stops the server after closing the pool (bean order); zonky's own JVM
              // hook would stop it first and leave shutdown waiting on dead connections.
              .setRegisterShutdownHook(false)
              .setServerConfig("timezone", "UTC")
              .setServerConfig("max_connections", "100")
              .start();
      return new EmbeddedDatabaseServer(postgres);
    } catch (IOException e) {
      throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
    }
  }

  @Bean(destroyMethod = "close")
  HikariDataSource dataSource(ShuzhiProperties properties, EmbeddedDatabaseServer server) {
    HikariDataSource ds = new HikariDataSource();
    if (properties.embeddedDatabase()) {
      ds.setJdbcUrl(server.jdbcUrl());
      ds.setUsername("postgres");
      ds.setPassword("postgres");
    } else {
      ds.setJdbcUrl(properties.db().url());
      ds.setUsername(properties.db().user());
      ds.setPassword(properties.db().password());
    }
    ds.setMaximumPoolSize(30);
    // Plan every statement with its actual values: a cached generic plan cannot tell a
    // two-character Chinese name search (seq scan, ~7 ms) from a selective one (trigram index,
    // <1 ms) and scans the whole trigram index for both (~40 ms at 100,000 enterprises).
    ds.addDataSourceProperty("prepareThreshold", "0");
    ds.setPoolName("shuzhi");
    return ds;
  }

  @Bean
  DataDirectory publicDataDirectory(LockedDataDirectory directory) {
    return directory::root;
  }

  /** Lifecycle holder so the server stops after the pool that uses it. */
  record EmbeddedDatabaseServer(EmbeddedPostgres postgres) implements AutoCloseable {
    static EmbeddedDatabaseServer none() {
      return new EmbeddedDatabaseServer(null);
    }

    String jdbcUrl() {
      return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
      if (postgres != null) {
        postgres.close();
      }
    }
  }
}
