package org.shuzhi.notification.internal;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Wakes this node's dispatcher when there is work (a notice committed here, a delivery finished),
 * so delivery does not wait for the next poll. Many wake-ups before the dispatcher runs count as
 * one.
 */
@Component
class DispatchSignal {

  private final Semaphore permits = new Semaphore(0);

  void wake() {
    if (permits.availablePermits() == 0) {
      permits.release();
    }
  }

  /** Waits for a wake-up or the timeout; true when woken. */
  boolean await(Duration timeout) throws InterruptedException {
    boolean woken = permits.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
    permits.drainPermits();
    return woken;
  }
}
