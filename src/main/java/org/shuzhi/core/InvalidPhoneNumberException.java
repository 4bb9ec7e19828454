package org.shuzhi.core;

/**
 * Input that is neither a mainland mobile nor a landline number. The input is deliberately not
 * carried along: it is personal information and would end up in logs.
 */
public final class InvalidPhoneNumberException extends InvalidValueException {

  private static final long serialVersionUID = 1L;

  static final String MESSAGE_KEY = "core.phone.invalid";

  InvalidPhoneNumberException() {
    super(MESSAGE_KEY);
  }
}
