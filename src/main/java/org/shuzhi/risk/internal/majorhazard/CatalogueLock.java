package org.shuzhi.risk.internal.majorhazard;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps stored grades consistent with the active catalogue across nodes: a PostgreSQL advisory lock
 * held to the end of the transaction. Catalogue changes take it exclusively (they re-grade every
 * site); site writes take it shared, so they wait for a running activation and then grade with the
 * version it activated, and an activation waits for site writes in flight and then re-grades them
 * too.
 *
 * <p>Under READ COMMITTED every statement after the lock sees what was committed before it, so
 * callers take the lock before they read the catalogue.
 */
@Component
class CatalogueLock {

  private static final String KEY = "hashtext('risk_catalogue')";

  private final JdbcClient jdbc;

  CatalogueLock(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** For a change of the catalogue; needs a transaction. */
  void exclusive() {
    jdbc.sql("SELECT pg_advisory_xact_lock(" + KEY + ")").query().singleRow();
  }

  /** For a write that grades sites with the active catalogue; needs a transaction. */
  void shared() {
    jdbc.sql("SELECT pg_advisory_xact_lock_shared(" + KEY + ")").query().singleRow();
  }
}
