package org.shuzhi.notification.internal;

/**
 * Where one delivery of a notice goes.
 *
 * @param channel the channel
 * @param target username (in-app), e-mail address or webhook URL: unique per notice and channel
 * @param username the person, or null for a department webhook
 * @param department the department of a department webhook, or null
 * @param secret webhook signing secret, or null
 * @param refusal why it will not be sent (recorded as failed at once), or null
 */
record DeliveryTarget(
    ChannelKind channel,
    String target,
    String username,
    String department,
    String secret,
    String refusal) {

  static DeliveryTarget inApp(String username) {
    return new DeliveryTarget(ChannelKind.IN_APP, username, username, null, null, null);
  }

  static DeliveryTarget email(String username, String address) {
    return new DeliveryTarget(ChannelKind.EMAIL, address, username, null, null, null);
  }

  static DeliveryTarget webhook(String username, String department, String url, String secret) {
    return new DeliveryTarget(ChannelKind.WEBHOOK, url, username, department, secret, null);
  }

  static DeliveryTarget sms(String phone) {
    return new DeliveryTarget(ChannelKind.SMS, phone, null, null, null, null);
  }

  static DeliveryTarget refused(String username, String reason) {
    return new DeliveryTarget(ChannelKind.IN_APP, username, username, null, null, reason);
  }

  String dedupKey() {
    return channel + " " + target;
  }
}
