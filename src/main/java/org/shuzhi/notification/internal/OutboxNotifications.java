package org.shuzhi.notification.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.shuzhi.notification.Notice;
import org.shuzhi.notification.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link Notifications} through the outbox: one insert (in the caller's transaction, under a
 * savepoint) and a wake-up for the dispatcher once that transaction commits. Failures are logged
 * and counted ({@code shuzhi.notification.notices.lost}), never thrown at the caller.
 */
@Service
class OutboxNotifications implements Notifications {

  private static final Logger log = LoggerFactory.getLogger(OutboxNotifications.class);

  private final OutboxRepository outbox;
  private final DispatchSignal signal;
  private final Clock clock;
  private final Counter lost;

  OutboxNotifications(
      OutboxRepository outbox, DispatchSignal signal, Clock clock, MeterRegistry meters) {
    this.outbox = outbox;
    this.signal = signal;
    this.clock = clock;
    this.lost =
        Counter.builder("shuzhi.notification.notices.lost")
            .description("Notices that could not be written to the outbox")
            .register(meters);
  }

  @Override
  public void notify(Notice notice) {
    try {
      if (!outbox.insert(notice, clock.instant())) {
        log.debug("Notice {} already known: ignored", notice.key());
        return;
      }
      wakeDispatcherAfterCommit();
    } catch (RuntimeException e) {
      lost.increment();
      log.error("Notice {} could not be queued: {}", notice.key(), e.toString());
    }
  }

  @Override
  public void notifyBatch(List<Notice> notices) {
    if (notices.isEmpty()) {
      return;
    }
    try {
      if (outbox.insertAll(notices, clock.instant()) > 0) {
        wakeDispatcherAfterCommit();
      }
    } catch (RuntimeException e) {
      lost.increment(notices.size());
      log.error("{} notices could not be queued: {}", notices.size(), e.toString());
    }
  }

  private void wakeDispatcherAfterCommit() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              signal.wake();
            }
          });
    } else {
      signal.wake();
    }
  }
}
