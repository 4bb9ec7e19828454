package org.shuzhi.platform;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Refused input or actions as sentences in the user's language, for pages and reports. */
@Component
public class ProblemMessages {

  private final MessageSource messages;

  public ProblemMessages(MessageSource messages) {
    this.messages = messages;
  }

  public String of(InvalidInputException.Violation v, Locale locale) {
    return messages.getMessage(v.messageKey(), v.arguments(), v.messageKey(), locale);
  }

  public List<String> of(InvalidInputException e, Locale locale) {
    return e.violations().stream().map(v -> of(v, locale)).toList();
  }

  public List<String> of(ConflictException e, Locale locale) {
    return List.of(messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
  }

  /**
   * The messages of a refused page action, caught as {@code InvalidInputException |
   * ConflictException}: page controllers show both the same way, as a list above the form. Any
   * other exception is not a refusal the user can correct and is rethrown unchanged.
   */
  public List<String> ofRefusal(RuntimeException e, Locale locale) {
    if (e instanceof InvalidInputException invalid) {
      return of(invalid, locale);
    }
    if (e instanceof ConflictException conflict) {
      return of(conflict, locale);
    }
    throw e;
  }
}
