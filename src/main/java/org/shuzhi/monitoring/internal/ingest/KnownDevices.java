package org.shuzhi.monitoring.internal.ingest;

import java.util.Optional;

/** Device lookups for ingestion, served from memory (implemented by the device registry). */
public interface KnownDevices {

  Optional<KnownDevice> known(String code);

  Optional<KnownDevice> knownById(long id);

  /** Whether {@code token} is the device's current token (constant-time comparison). */
  boolean tokenMatches(KnownDevice device, String token);
}
