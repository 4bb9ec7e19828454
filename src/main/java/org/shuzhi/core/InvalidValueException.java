package org.shuzhi.core;

import java.util.Arrays;
import java.util.List;

/**
 * Bad input for one of the core value types. Carries a message key (bundle {@code i18n/core}) and
 * its arguments so that the web layer can show a localized message; {@link #getMessage()} is only
 * meant for logs.
 */
public abstract class InvalidValueException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final Object[] arguments;

  protected InvalidValueException(String messageKey, Object... arguments) {
    super(messageKey + " " + Arrays.toString(arguments));
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  /** Key in {@code i18n/core.properties} / {@code i18n/core_en.properties}. */
  public String messageKey() {
    return messageKey;
  }

  /** Arguments for the message pattern, in {@code {0}}, {@code {1}} … order. */
  public Object[] arguments() {
    return arguments.clone();
  }

  /** The arguments as an unmodifiable list (handy for tests and logging). */
  public List<Object> argumentList() {
    return List.of(arguments);
  }
}
