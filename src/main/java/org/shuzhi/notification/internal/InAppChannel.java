package org.shuzhi.notification.internal;

import java.time.Clock;
import org.springframework.stereotype.Component;

/** In the app: an inbox entry, announced to the user's open pages (bell badge and toast). */
@Component
class InAppChannel implements NotificationChannel {

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
}
