package org.shuzhi.audit.internal;

import java.util.List;
import org.shuzhi.audit.AuditAction;
import org.shuzhi.audit.AuditOutcome;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The audit admin's search page. Only the audit admin reads the trail (三员分立, GB/T 22239-2019
 * 8.1.5): the system and security admins may not see the records of their own actions.
 */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasRole('AUDIT_ADMIN')")
class AuditPageController {

  private final AuditQueries queries;

  AuditPageController(AuditQueries queries) {
    this.queries = queries;
  }

  @GetMapping
  String page(
      @ModelAttribute("auditFilter") AuditFilter filter, BindingResult binding, Model model) {
    model.addAttribute("actions", AuditAction.values());
    model.addAttribute("outcomes", AuditOutcome.values());
    search(filter, binding, model);
    return "audit/search";
  }

  /** The result table alone, swapped into the page by htmx when the filter or the page changes. */
  @GetMapping("/rows")
  String rows(
      @ModelAttribute("auditFilter") AuditFilter filter, BindingResult binding, Model model) {
    search(filter, binding, model);
    return "audit/rows :: rows";
  }

  /** Bad criteria are shown to the user and nothing is searched. */
  private void search(AuditFilter filter, BindingResult binding, Model model) {
    List<AuditFilterError> errors = AuditFilterError.check(filter, binding);
    model.addAttribute("filterErrors", errors);
    model.addAttribute("results", errors.isEmpty() ? queries.search(filter) : null);
  }
}
