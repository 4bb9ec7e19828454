package org.shuzhi.notification.internal;

import java.time.Instant;
import java.util.HashMap;
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
  private final NoticeLanguage languages;

  NoticeExpander(
      OutboxRepository outbox,
      RecipientResolver resolver,
      DeliveryRepository deliveries,
      NoticeLanguage languages) {
    this.outbox = outbox;
    this.resolver = resolver;
    this.deliveries = deliveries;
    this.languages = languages;
  }

  /** Expands up to {@code limit} notices; returns how many. */
  @Transactional
  public int expandBatch(Instant now, int limit) {
    var notices = outbox.lockUnexpanded(limit);
    var language = new HashMap<String, String>();
    for (StoredNotice notice : notices) {
      for (DeliveryTarget target : resolver.targets(notice)) {
        String lang =
            target.username() == null
                ? null
                : language.computeIfAbsent(target.username(), languages::of);
        deliveries.insert(notice.id(), target, lang, now);
      }
      outbox.markExpanded(notice.id(), now);
    }
    return notices.size();
  }
}
