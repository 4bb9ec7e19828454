package org.shuzhi.identity.internal;

import java.util.List;
import java.util.Locale;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Refused input or actions as sentences in the user's language, for the admin pages. */
@Component
class ProblemMessages {

  private final MessageSource messages;

  ProblemMessages(MessageSource messages) {
    this.messages = messages;
  }

  List<String> of(InvalidInputException e, Locale locale) {
    return e.violations().stream()
        .map(v -> messages.getMessage(v.messageKey(), v.arguments(), v.messageKey(), locale))
        .toList();
  }

  List<String> of(ConflictException e, Locale locale) {
    return List.of(messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
  }
}
