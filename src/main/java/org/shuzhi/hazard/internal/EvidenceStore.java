package org.shuzhi.hazard.internal;

import java.util.Optional;

/**
 * Where evidence photos are kept. The store names each file itself; callers only ever hold the key
 * it returned, never a path of their own, so nothing a user sends can pick a location.
 */
interface EvidenceStore {

  /** Stores the content and returns its key. */
  String put(byte[] content, PhotoType type);

  /** The content under a key this store returned; empty when there is none. */
  Optional<byte[]> get(String key);
}
