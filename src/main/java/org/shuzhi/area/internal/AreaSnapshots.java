package org.shuzhi.area.internal;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Holds the current {@link AreaSnapshot}; loads it on first use and rebuilds it after changes.
 *
 * <p>Each node keeps its own snapshot. A change made on another node becomes visible here on that
 * node's next reload, so with several nodes an admin change needs a restart (or a later broadcast)
 * on the others.
 */
@Component
class AreaSnapshots {

  private final AreaRepository repository;
  private final GeoJsonCodec codec;
  private final AtomicReference<AreaSnapshot> current = new AtomicReference<>();

  AreaSnapshots(AreaRepository repository, GeoJsonCodec codec) {
    this.repository = repository;
    this.codec = codec;
  }

  AreaSnapshot current() {
    AreaSnapshot snapshot = current.get();
    return snapshot != null ? snapshot : reload();
  }

  synchronized AreaSnapshot reload() {
    var district =
        repository
            .district()
            .orElseThrow(() -> new IllegalStateException("The area tables are not seeded yet"));
    AreaSnapshot snapshot =
        new AreaSnapshot(
            district, repository.towns(), repository.grids(), repository.communities(), codec);
    current.set(snapshot);
    return snapshot;
  }

  /** Rebuilds once the current transaction commits (at once when there is none). */
  void reloadAfterCommit() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              reload();
            }

            // Before the after-commit event listeners: a listener of GridsChanged that looks up
            // grids must see the new ones.
            @Override
            public int getOrder() {
              return org.springframework.core.Ordered.HIGHEST_PRECEDENCE;
            }
          });
    } else {
      reload();
    }
  }
}
