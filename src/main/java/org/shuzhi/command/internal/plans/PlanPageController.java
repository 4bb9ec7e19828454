package org.shuzhi.command.internal.plans;

import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Plan pages: the plans per incident type, and one plan's levels with triggers and tasks. */
@Controller
class PlanPageController {

  private final PlanService plans;
  private final CurrentUsers users;

  PlanPageController(PlanService plans, CurrentUsers users) {
    this.plans = plans;
    this.users = users;
  }

  @GetMapping("/command/plans")
  String list(Model model) {
    CurrentUser user = users.require();
    model.addAttribute("plans", plans.all(user));
    model.addAttribute("mayWrite", plans.mayWrite(user));
    return "command/plans";
  }

  @GetMapping("/command/plans/{id:\\d+}")
  String detail(@PathVariable long id, Model model) {
    CurrentUser user = users.require();
    model.addAttribute("p", plans.get(id, user));
    model.addAttribute("history", plans.history(id, user));
    model.addAttribute("mayWrite", plans.mayWrite(user));
    return "command/plan";
  }
}
