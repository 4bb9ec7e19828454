package org.shuzhi.notification.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.Severity;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.ProblemMessages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The system admin's view of notifications: every delivery attempt with its outcome, and the
 * department webhooks. Notice titles and bodies are not shown: they are business data, which the
 * admin roles do not read (三员分立); the kind, key and town identify a notice.
 */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class NotificationAdminController {

  private final DeliveryRecords records;
  private final DepartmentWebhookAdministration webhooks;
  private final AreaDirectory areas;
  private final ProblemMessages messages;

  NotificationAdminController(
      DeliveryRecords records,
      DepartmentWebhookAdministration webhooks,
      AreaDirectory areas,
      ProblemMessages messages) {
    this.records = records;
    this.webhooks = webhooks;
    this.areas = areas;
    this.messages = messages;
  }

  @ModelAttribute("kinds")
  NoticeKind[] kinds() {
    return NoticeKind.values();
  }

  @ModelAttribute("severities")
  Severity[] severities() {
    return Severity.values();
  }

  @ModelAttribute("townNames")
  java.util.Map<String, String> townNames() {
    return areas.towns().stream()
        .collect(java.util.stream.Collectors.toMap(Town::code, Town::name, (a, b) -> a));
  }

  @GetMapping("/admin/notifications")
  String deliveries(
      @RequestParam(required = false) NoticeKind kind,
      @RequestParam(required = false) ChannelKind channel,
      @RequestParam(required = false) DeliveryRepository.Outcome outcome,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "0") int page,
      Model model,
      Locale locale) {
    LocalDate fromDate = null;
    LocalDate toDate = null;
    try {
      fromDate = date(from, "from");
      toDate = date(to, "to");
    } catch (InvalidInputException e) {
      model.addAttribute("errors", messages.of(e, locale));
    }
    var query = new DeliveryQuery(kind, channel, outcome, fromDate, toDate, page);
    model.addAttribute("query", query);
    model.addAttribute("records", records.search(query));
    model.addAttribute("pending", records.pending());
    model.addAttribute("pageSize", DeliveryRecords.PAGE_SIZE);
    model.addAttribute("channels", ChannelKind.values());
    model.addAttribute("outcomes", DeliveryRepository.Outcome.values());
    return "notification/deliveries";
  }

  @GetMapping("/admin/notifications/webhooks")
  String webhooks(Model model) {
    return webhookPage(DepartmentWebhookForm.blank(), model);
  }

  @PostMapping("/admin/notifications/webhooks")
  String addWebhook(@ModelAttribute DepartmentWebhookForm form, Model model, Locale locale) {
    try {
      webhooks.add(form);
      return "redirect:/admin/notifications/webhooks";
    } catch (InvalidInputException e) {
      model.addAttribute("errors", messages.of(e, locale));
    } catch (ConflictException e) {
      model.addAttribute("errors", messages.of(e, locale));
    }
    return webhookPage(form, model);
  }

  @PostMapping("/admin/notifications/webhooks/{id}/delete")
  String deleteWebhook(@PathVariable long id) {
    webhooks.delete(id);
    return "redirect:/admin/notifications/webhooks";
  }

  private String webhookPage(DepartmentWebhookForm form, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("webhooks", webhooks.all());
    return "notification/webhooks";
  }

  private static LocalDate date(String s, String field) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "notification.date.invalid", s);
    }
  }
}
