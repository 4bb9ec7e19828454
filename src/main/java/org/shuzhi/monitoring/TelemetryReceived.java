package org.shuzhi.monitoring;

import java.time.Instant;
import java.util.List;

/**
 * The readings of one committed ingestion batch, published synchronously on the ingestion thread
 * right after the commit (a plain Spring application event, not the JDBC event publication
 * registry: one registry row per reading would cost more than storing the reading). Duplicates that
 * were already stored are not repeated. Listen with {@code @EventListener} and return fast — hand
 * slow work to another thread; a listener that throws is logged and does not affect storage.
 * Several writer threads commit batches, so listeners are called concurrently, and batches of one
 * device may arrive out of order (compare {@link Reading#ts()}).
 *
 * @param readings the newly stored readings, in arrival order
 * @param committedAt when the batch committed
 */
public record TelemetryReceived(List<Reading> readings, Instant committedAt) {}
