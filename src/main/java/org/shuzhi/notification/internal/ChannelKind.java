package org.shuzhi.notification.internal;

/** The ways a notice reaches someone. Stored by name in {@code notification_delivery.channel}. */
enum ChannelKind {
  IN_APP,
  EMAIL,
  WEBHOOK,
  /** Text message to a phone number; recorded in an outbox, no gateway yet. */
  SMS
}
