package org.shuzhi.notification.internal;

/** The ways a notice reaches someone. Stored by name in {@code notification_delivery.channel}. */
enum ChannelKind {
  IN_APP,
  EMAIL,
  WEBHOOK
}
