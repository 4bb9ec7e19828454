package org.shuzhi.notification;

import java.util.List;

/** Sends notices to the people concerned; see the package description for the guarantees. */
public interface Notifications {

  /**
   * Queues the notice for delivery and returns at once: in the caller's transaction when there is
   * one (the notice is only sent if that transaction commits), else in a transaction of its own.
   * Never throws for a storage or delivery problem (it is logged and counted instead); a notice
   * whose key was seen before is ignored.
   */
  void notify(Notice notice);

  /**
   * Queues several notices as {@link #notify} does, in one write: for callers that produce many at
   * once (an alarm storm). A notice whose key was seen before is ignored; the others are queued.
   */
  default void notifyBatch(List<Notice> notices) {
    notices.forEach(this::notify);
  }
}
