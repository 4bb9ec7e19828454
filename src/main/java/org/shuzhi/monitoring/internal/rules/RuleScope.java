package org.shuzhi.monitoring.internal.rules;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Which devices a rule watches: every device of a kind, or one device. Exactly one of the two is
 * set (the validator says so when not); a device rule applies in addition to its kind's rules.
 *
 * @param deviceKind a device kind such as {@code COMBUSTIBLE_GAS}
 * @param deviceCode one device's code
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleScope(String deviceKind, String deviceCode) {

  public static RuleScope kind(String deviceKind) {
    return new RuleScope(deviceKind, null);
  }

  public static RuleScope device(String deviceCode) {
    return new RuleScope(null, deviceCode);
  }

  /** Short text for lists: the kind, or {@code device:CODE}. */
  public String label() {
    return deviceCode != null ? "device:" + deviceCode : String.valueOf(deviceKind);
  }
}
