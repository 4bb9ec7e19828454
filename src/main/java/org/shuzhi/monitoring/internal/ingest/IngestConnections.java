package org.shuzhi.monitoring.internal.ingest;

import java.sql.Connection;
import java.sql.SQLException;

/** Where the telemetry writer gets its database connections (tests make it fail for a while). */
@FunctionalInterface
public interface IngestConnections {
  Connection get() throws SQLException;
}
