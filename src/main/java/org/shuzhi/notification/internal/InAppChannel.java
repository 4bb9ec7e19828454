package org.shuzhi.notification.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * In the app: an inbox entry, announced to the user's open pages (bell badge and toast). Batches go
 * into the inbox in one transaction, with one announcement per user.
 */
@Component
class InAppChannel implements BatchChannel {

  private final InboxRepository inbox;
  private final Clock clock;

  InAppChannel(InboxRepository inbox, Clock clock) {
    this.inbox = inbox;
    this.clock = clock;
  }

  @Override
  public ChannelKind kind() {
    return ChannelKind.IN_APP;
  }

  @Override
  public void send(Delivery delivery) {
    inbox.deliver(delivery.target(), delivery.noticeId(), clock.instant());
  }

  @Override
  public void sendAll(List<Delivery> deliveries) {
    inbox.deliverAll(
        deliveries.stream().map(Delivery::target).toList(),
        deliveries.stream().map(Delivery::noticeId).toList(),
        clock.instant());
  }
}
