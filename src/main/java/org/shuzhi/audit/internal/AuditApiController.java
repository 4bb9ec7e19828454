package org.shuzhi.audit.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Searches the trail over the API, with the filters of the page; for the audit admin only. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('AUDIT_ADMIN')")
class AuditApiController {

  private final AuditQueries queries;
  private final MessageSource messages;

  AuditApiController(AuditQueries queries, MessageSource messages) {
    this.queries = queries;
    this.messages = messages;
  }

  /**
   * A page of events, newest first; 400 with RFC 9457 problem details when a criterion is invalid.
   */
  @GetMapping
  ResponseEntity<?> search(
      @ModelAttribute("auditFilter") AuditFilter filter, BindingResult binding, Locale locale) {
    List<AuditFilterError> errors = AuditFilterError.check(filter, binding);
    if (errors.isEmpty()) {
      return ResponseEntity.ok(queries.search(filter));
    }
    List<Map<String, Object>> details =
        errors.stream()
            .map(
                e ->
                    Map.<String, Object>of(
                        "field",
                        e.field(),
                        "message",
                        messages.getMessage(
                            e.messageKey(), e.arguments().toArray(), e.messageKey(), locale)))
            .toList();
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle(
        messages.getMessage("problem.validation.title", null, "Invalid input", locale));
    problem.setDetail((String) details.get(0).get("message"));
    problem.setProperty("errors", details);
    return ResponseEntity.badRequest().body(problem);
  }
}
