package org.shuzhi.monitoring.internal;

import org.shuzhi.identity.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Messages ingestion refused, with reason and payload start, for admins. */
@Controller
class DeadLetterPageController {

  private final DeadLetters deadLetters;
  private final CurrentUsers users;

  DeadLetterPageController(DeadLetters deadLetters, CurrentUsers users) {
    this.deadLetters = deadLetters;
    this.users = users;
  }

  @GetMapping("/monitoring/dead-letters")
  String list(
      @RequestParam(required = false) String device,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) Long before,
      Model model) {
    var rows = deadLetters.page(device, reason, before, 50, users.require());
    model.addAttribute("rows", rows);
    model.addAttribute("reasons", org.shuzhi.monitoring.internal.ingest.DeadLetterReason.values());
    model.addAttribute("next", rows.size() == 50 ? rows.get(rows.size() - 1).id() : null);
    return "monitoring/dead-letters";
  }
}
