package org.shuzhi.notification;

/**
 * What a notice is about; subscriptions choose kinds. Stored by name, so never rename a constant.
 */
public enum NoticeKind {
  /** An alarm was raised (告警). */
  ALARM,
  /** An alarm nobody acknowledged in time, or a reminder about it (告警升级). */
  ALARM_ESCALATION,
  /** A hazard needs attention (隐患). */
  HAZARD,
  /** An incident was opened or changed (突发事件). */
  INCIDENT,
  /** A warning was issued (预警). */
  WARNING,
  /** A task was assigned (任务). */
  TASK,
  /** Per-mu efficiency evaluation: an objection filed or decided (亩均评价). */
  EFFICIENCY
}
