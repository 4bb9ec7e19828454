package org.shuzhi.notification.internal;

import java.util.List;
import java.util.Locale;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.identity.DataScope;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.Severity;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.ProblemMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** "My subscriptions": the list, and one form for a new or an existing subscription. */
@Controller
class SubscriptionPageController {

  private final SubscriptionService service;
  private final CurrentUsers users;
  private final ProblemMessages messages;

  SubscriptionPageController(
      SubscriptionService service, CurrentUsers users, ProblemMessages messages) {
    this.service = service;
    this.users = users;
    this.messages = messages;
  }

  @GetMapping("/notifications/subscriptions")
  String list(Model model) {
    return page(SubscriptionForm.blank(), users.require(), model);
  }

  @GetMapping("/notifications/subscriptions/{id}")
  String edit(@PathVariable long id, Model model) {
    CurrentUser me = users.require();
    return page(SubscriptionForm.of(service.own(id, me)), me, model);
  }

  @PostMapping("/notifications/subscriptions")
  String save(@ModelAttribute SubscriptionForm form, Model model, Locale locale) {
    CurrentUser me = users.require();
    try {
      service.save(form, me);
      return "redirect:/notifications/subscriptions?saved";
    } catch (InvalidInputException e) {
      model.addAttribute("errors", messages.of(e, locale));
      return page(form, me, model);
    }
  }

  @PostMapping("/notifications/subscriptions/{id}/delete")
  String delete(@PathVariable long id) {
    service.delete(id, users.require());
    return "redirect:/notifications/subscriptions?deleted";
  }

  private String page(SubscriptionForm form, CurrentUser me, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("maySubscribe", service.maySubscribe(me));
    model.addAttribute("subscriptions", service.mine(me));
    model.addAttribute("towns", service.towns(me));
    model.addAttribute("enterpriseScope", me.scope().kind() == DataScope.Kind.ENTERPRISE);
    model.addAttribute("severities", Severity.values());
    model.addAttribute("kinds", List.of(NoticeKind.values()));
    return "notification/subscriptions";
  }
}
