package org.shuzhi.area.internal;

import java.util.Locale;
import org.shuzhi.area.BoundaryUploadProblem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Problems of an uploaded file as sentences in the user's language, prefixed by the feature. */
@Component
class UploadProblemMessages {

  private final MessageSource messages;

  UploadProblemMessages(MessageSource messages) {
    this.messages = messages;
  }

  String describe(BoundaryUploadProblem problem, Locale locale) {
    String text = message(problem, locale);
    if (problem.featureNumber() == null) {
      return text;
    }
    return feature(problem, locale) + text;
  }

  /** The problem alone, without the feature prefix. */
  String message(BoundaryUploadProblem problem, Locale locale) {
    return messages.getMessage(
        problem.messageKey(), problem.args().toArray(), problem.messageKey(), locale);
  }

  private String feature(BoundaryUploadProblem problem, Locale locale) {
    return problem.featureLabel() == null
        ? messages.getMessage(
            "area.upload.featureNumber", new Object[] {problem.featureNumber()}, locale)
        : messages.getMessage(
            "area.upload.feature",
            new Object[] {problem.featureNumber(), problem.featureLabel()},
            locale);
  }
}
