package org.shuzhi.notification.internal;

import java.util.Locale;
import org.shuzhi.notification.Severity;

/**
 * Severity words and the link text for e-mail subjects and robot messages, in the recipient's
 * language (Chinese unless they prefer English; a department's robot is Chinese).
 */
final class SeverityLabels {

  private SeverityLabels() {}

  static String of(Severity severity, Locale language) {
    return english(language) ? english(severity) : chinese(severity);
  }

  static String details(Locale language) {
    return english(language) ? "Details" : "查看详情";
  }

  /** E-mail subject and robot title: 【橙色】title, or [Orange] title. */
  static String subject(Severity severity, Locale language, String title) {
    return english(language)
        ? "[" + english(severity) + "] " + title
        : "【" + chinese(severity) + "】" + title;
  }

  private static boolean english(Locale language) {
    return Locale.ENGLISH.getLanguage().equals(language.getLanguage());
  }

  static String chinese(Severity severity) {
    return switch (severity) {
      case INFO -> "通知";
      case BLUE -> "蓝色";
      case YELLOW -> "黄色";
      case ORANGE -> "橙色";
      case RED -> "红色";
    };
  }

  private static String english(Severity severity) {
    return switch (severity) {
      case INFO -> "Information";
      case BLUE -> "Blue";
      case YELLOW -> "Yellow";
      case ORANGE -> "Orange";
      case RED -> "Red";
    };
  }
}
