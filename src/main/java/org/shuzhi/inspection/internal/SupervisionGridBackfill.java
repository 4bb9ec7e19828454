package org.shuzhi.inspection.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills the supervision register's grids at start-up for rows stored before the register kept them
 * (V23_0), so the supervision list's grid filter works before the next monthly refresh. Later
 * start-ups only look up the few enterprises without a location.
 */
@Component
class SupervisionGridBackfill {

  private static final Logger log = LoggerFactory.getLogger(SupervisionGridBackfill.class);

  private final SupervisionRegister register;

  SupervisionGridBackfill(SupervisionRegister register) {
    this.register = register;
  }

  @EventListener(ApplicationReadyEvent.class)
  void fill() {
    int filled = register.fillMissingGrids();
    if (filled > 0) {
      log.info("Supervision register: grid filled in for {} enterprises", filled);
    }
  }
}
