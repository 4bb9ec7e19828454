package org.shuzhi.notification.internal;

import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expands notices of the outbox into deliveries, a batch per transaction. Notices are locked with
 * {@code FOR UPDATE SKIP LOCKED}, so nodes expanding at the same time take different notices, and
 * the deliveries' unique key makes a repeat harmless.
 */
@Component
class NoticeExpander {

  private final OutboxRepository outbox;
  private final RecipientResolver resolver;
  private final DeliveryRepository deliveries;

  NoticeExpander(
      OutboxRepository outbox, RecipientResolver resolver, DeliveryRepository deliveries) {
    this.outbox = outbox;
    this.resolver = resolver;
    this.deliveries = deliveries;
  }

  /** Expands up to {@code limit} notices; returns how many. */
  @Transactional
  public int expandBatch(Instant now, int limit) {
    var notices = outbox.lockUnexpanded(limit);
    for (StoredNotice notice : notices) {
      for (DeliveryTarget target : resolver.targets(notice)) {
        deliveries.insert(notice.id(), target, now);
      }
      outbox.markExpanded(notice.id(), now);
    }
    return notices.size();
  }
}
