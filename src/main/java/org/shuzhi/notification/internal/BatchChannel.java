package org.shuzhi.notification.internal;

import java.util.List;

/**
 * A channel that can send many deliveries at once more cheaply than one by one (the in-app inbox:
 * one transaction for a batch instead of one per delivery). The dispatcher hands it whole claimed
 * batches; if a batch fails, each delivery is attempted on its own, so outcomes stay per delivery.
 */
interface BatchChannel extends NotificationChannel {

  /** Sends every delivery, or throws and sends none. */
  void sendAll(List<Delivery> deliveries) throws DeliveryFailure;
}
