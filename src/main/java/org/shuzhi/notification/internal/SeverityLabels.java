package org.shuzhi.notification.internal;

import org.shuzhi.notification.Severity;

/**
 * Severity words for e-mail subjects and robot messages, which go out in Chinese (the recipients
 * are district staff; the app itself is bilingual).
 */
final class SeverityLabels {

  private SeverityLabels() {}

  static String chinese(Severity severity) {
    return switch (severity) {
      case INFO -> "通知";
      case BLUE -> "蓝色";
      case YELLOW -> "黄色";
      case ORANGE -> "橙色";
      case RED -> "红色";
    };
  }
}
