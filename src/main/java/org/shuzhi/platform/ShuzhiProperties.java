package org.shuzhi.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code shuzhi.*}; every one can be set by environment variable (see README).
 *
 * @param dataDir where the embedded database, generated passwords and uploads live
 * @param db external database; when {@code db.url} is blank the embedded PostgreSQL is used
 * @param demo whether the demo district is loaded on an empty database
 */
@ConfigurationProperties("shuzhi")
public record ShuzhiProperties(Path dataDir, Db db, Demo demo) {

  public ShuzhiProperties {
    dataDir = dataDir == null ? Path.of("data") : dataDir;
    db = db == null ? new Db(null, null, null, false) : db;
    demo = demo == null ? new Demo("auto", null, 3000) : demo;
  }

  /** True when no external database is configured and the platform runs its own PostgreSQL. */
  public boolean embeddedDatabase() {
    return db.url() == null || db.url().isBlank();
  }

  /** Demo data is loaded on the embedded default unless switched off ("auto"), or when forced. */
  public boolean demoEnabled() {
    return switch (demo.enabled().toLowerCase()) {
      case "true" -> true;
      case "false" -> false;
      default -> embeddedDatabase();
    };
  }

  /**
   * @param url JDBC URL of an external PostgreSQL
   * @param cleanEmbedded wipe the embedded data directory at start (tests only)
   */
  public record Db(String url, String user, String password, boolean cleanEmbedded) {}

  /**
   * @param enabled {@code auto} (on for the embedded database), {@code true} or {@code false}
   * @param password password of every demo account; random when blank
   * @param enterprises how many synthetic enterprises to create (benchmarks use more)
   */
  public record Demo(String enabled, String password, int enterprises) {
    public Demo {
      enabled = enabled == null || enabled.isBlank() ? "auto" : enabled;
      enterprises = enterprises <= 0 ? 3000 : enterprises;
    }
  }
}
