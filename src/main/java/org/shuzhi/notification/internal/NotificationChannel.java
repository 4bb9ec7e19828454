package org.shuzhi.notification.internal;

/**
 * One way of reaching people. The dispatcher runs each channel on its own threads, so a channel may
 * block (within its own timeouts) without delaying another.
 */
interface NotificationChannel {

  ChannelKind kind();

  /**
   * Sends one delivery or throws. Anything other than a {@link DeliveryFailure} is taken as a
   * transient failure.
   */
  void send(Delivery delivery) throws DeliveryFailure;
}
