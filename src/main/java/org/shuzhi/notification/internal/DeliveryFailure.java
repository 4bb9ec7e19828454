package org.shuzhi.notification.internal;

/**
 * A delivery did not go through. Transient failures (timeouts, refused connections, 5xx) are
 * retried; permanent ones (a rejected address, a 4xx answer, a channel switched off) are not, as
 * retrying cannot help.
 */
class DeliveryFailure extends Exception {

  private final boolean permanent;

  private DeliveryFailure(String reason, boolean permanent, Throwable cause) {
    super(reason, cause);
    this.permanent = permanent;
  }

  static DeliveryFailure transientFailure(String reason, Throwable cause) {
    return new DeliveryFailure(reason, false, cause);
  }

  static DeliveryFailure permanent(String reason) {
    return new DeliveryFailure(reason, true, null);
  }

  boolean permanent() {
    return permanent;
  }
}
