package org.shuzhi.notification.internal;

import java.time.LocalDate;
import org.shuzhi.notification.NoticeKind;

/** Filters of the delivery records; null means any. Dates are days in Asia/Shanghai, inclusive. */
public record DeliveryQuery(
    NoticeKind kind,
    ChannelKind channel,
    DeliveryRepository.Outcome outcome,
    LocalDate from,
    LocalDate to,
    int page) {

  public DeliveryQuery {
    page = Math.max(page, 0);
  }
}
