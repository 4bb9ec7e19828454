package org.shuzhi.area;

import java.util.List;

/** Bad input to {@link AreaAdministration}; nothing was changed. Carries a message key. */
public class AreaInputException extends RuntimeException {

  private final String messageKey;
  private final List<String> args;

  public AreaInputException(String messageKey, String... args) {
    super(messageKey + " " + List.of(args));
    this.messageKey = messageKey;
    this.args = List.of(args);
  }

  public String messageKey() {
    return messageKey;
  }

  public List<String> args() {
    return args;
  }
}
