package org.shuzhi.audit.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A search criterion that cannot be used, with the message key that explains it to the user.
 *
 * @param field the query parameter
 * @param messageKey key in {@code i18n/audit*.properties}
 * @param arguments message arguments
 */
record AuditFilterError(String field, String messageKey, List<Object> arguments) {

  /** Longest accepted text criterion: the stored names are capped at 200 characters too. */
  static final int MAX_TEXT = 200;

  /**
   * Unparseable values (bad action, outcome, date or page number) and rules the values break: the
   * date range and the text length. An empty list means the filter can be used.
   */
  static List<AuditFilterError> check(AuditFilter filter, BindingResult binding) {
    List<AuditFilterError> errors = new ArrayList<>();
    for (FieldError error : binding.getFieldErrors()) {
      errors.add(
          new AuditFilterError(error.getField(), "audit.error." + error.getField(), List.of()));
    }
    if (filter.page() < 0 && binding.getFieldError("page") == null) {
      errors.add(new AuditFilterError("page", "audit.error.page", List.of()));
    }
    if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
      errors.add(new AuditFilterError("from", "audit.error.range", List.of()));
    }
    tooLong(errors, "actor", filter.actor());
    tooLong(errors, "targetType", filter.targetType());
    tooLong(errors, "targetId", filter.targetId());
    tooLong(errors, "q", filter.q());
    return errors;
  }

  private static void tooLong(List<AuditFilterError> errors, String field, String value) {
    if (value != null && value.length() > MAX_TEXT) {
      errors.add(new AuditFilterError(field, "audit.error.tooLong", List.of(MAX_TEXT)));
    }
  }
}
