package org.shuzhi.audit.internal;

import java.time.LocalDate;
import org.shuzhi.audit.AuditAction;
import org.shuzhi.audit.AuditOutcome;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Search criteria for the trail, bound from the query string of the page, its htmx fragment and the
 * API. Every criterion is optional; blank text counts as absent.
 *
 * @param actor exact user name
 * @param action exact action
 * @param targetType exact target type
 * @param targetId exact target id (needs no target type)
 * @param outcome exact outcome
 * @param from first day, inclusive, in Asia/Shanghai
 * @param to last day, inclusive, in Asia/Shanghai
 * @param q text contained in the detail, ignoring case
 * @param page page number from 0; newest events first
 */
record AuditFilter(
    String actor,
    AuditAction action,
    String targetType,
    String targetId,
    AuditOutcome outcome,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
    String q,
    Integer page) {

  AuditFilter {
    actor = blankToNull(actor);
    targetType = blankToNull(targetType);
    targetId = blankToNull(targetId);
    q = blankToNull(q);
    page = page == null ? 0 : page;
  }

  static AuditFilter none() {
    return new AuditFilter(null, null, null, null, null, null, null, null, 0);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
