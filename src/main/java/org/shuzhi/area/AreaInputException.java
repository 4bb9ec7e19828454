package org.shuzhi.area;

import java.util.List;
import org.shuzhi.platform.InvalidInputException;

/**
 * Bad input to {@link AreaAdministration}; nothing was changed. Carries a message key; as an {@link
 * InvalidInputException} it becomes a 400 problem detail on the API and a sentence on pages.
 */
public class AreaInputException extends InvalidInputException {

  private final String messageKey;
  private final List<String> args;

  public AreaInputException(String messageKey, String... args) {
    super(null, messageKey, (Object[]) args);
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
