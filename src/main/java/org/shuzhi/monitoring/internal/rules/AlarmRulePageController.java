package org.shuzhi.monitoring.internal.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.identity.Role;
import org.shuzhi.monitoring.AlarmSeverity;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.ImportReport;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.ProblemMessages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The rules pages: list, one rule as editable JSON with its history, a new rule, import and export.
 * Problems are shown with the field they concern; nothing is saved while there are any.
 */
@Controller
@PreAuthorize(AlarmRulePageController.READERS)
class AlarmRulePageController {

  static final String READERS = "hasAnyRole('SYSTEM_ADMIN', 'DISTRICT_LEADER', 'DEPARTMENT_STAFF')";
  static final String EDITOR = "hasRole('SYSTEM_ADMIN')";
  static final int MAX_IMPORT_BYTES = 2 * 1024 * 1024;

  private final AlarmRuleService service;
  private final AlarmRuleJson json;
  private final CurrentUsers users;
  private final ProblemMessages messages;

  AlarmRulePageController(
      AlarmRuleService service, AlarmRuleJson json, CurrentUsers users, ProblemMessages messages) {
    this.service = service;
    this.json = json;
    this.users = users;
    this.messages = messages;
  }

  @GetMapping("/monitoring/alarm-rules")
  String list(Model model) {
    CurrentUser user = users.require();
    model.addAttribute("rules", service.list(user));
    model.addAttribute("editor", user.role() == Role.SYSTEM_ADMIN);
    return "monitoring/rules/list";
  }

  @GetMapping("/monitoring/alarm-rules/new")
  @PreAuthorize(EDITOR)
  String create(Model model) {
    if (!model.containsAttribute("text")) {
      model.addAttribute("text", json.write(example()));
    }
    model.addAttribute("editor", true);
    return "monitoring/rules/new";
  }

  @PostMapping("/monitoring/alarm-rules")
  @PreAuthorize(EDITOR)
  String saveNew(@RequestParam(defaultValue = "") String text, Model model, Locale locale) {
    try {
      StoredAlarmRule stored = service.create(text, users.require());
      return "redirect:/monitoring/alarm-rules/" + stored.code() + "?saved";
    } catch (InvalidInputException e) {
      model.addAttribute("errors", problems(e, locale));
    } catch (ConflictException e) {
      model.addAttribute("errors", messages.of(e, locale));
    }
    model.addAttribute("text", text);
    return create(model);
  }

  @GetMapping("/monitoring/alarm-rules/{code}")
  String detail(@PathVariable String code, Model model) {
    CurrentUser user = users.require();
    StoredAlarmRule stored = service.get(code, user);
    model.addAttribute("stored", stored);
    if (!model.containsAttribute("text")) {
      model.addAttribute("text", json.write(stored.rule()));
    }
    model.addAttribute("history", service.history(code, user));
    model.addAttribute("editor", user.role() == Role.SYSTEM_ADMIN);
    return "monitoring/rules/detail";
  }

  @PostMapping("/monitoring/alarm-rules/{code}")
  @PreAuthorize(EDITOR)
  String save(
      @PathVariable String code,
      @RequestParam(defaultValue = "") String text,
      @RequestParam int version,
      Model model,
      Locale locale) {
    try {
      service.update(code, text, version, users.require());
      return "redirect:/monitoring/alarm-rules/" + code + "?saved";
    } catch (InvalidInputException e) {
      model.addAttribute("errors", problems(e, locale));
    } catch (ConflictException e) {
      model.addAttribute("errors", messages.of(e, locale));
    }
    model.addAttribute("text", text);
    return detail(code, model);
  }

  @PostMapping("/monitoring/alarm-rules/{code}/delete")
  @PreAuthorize(EDITOR)
  String delete(@PathVariable String code, @RequestParam int version, Model model, Locale locale) {
    try {
      service.delete(code, version, users.require());
      return "redirect:/monitoring/alarm-rules?deleted";
    } catch (ConflictException e) {
      model.addAttribute("errors", messages.of(e, locale));
      return detail(code, model);
    }
  }

  @GetMapping("/monitoring/alarm-rules/export")
  ResponseEntity<String> export() {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"alarm-rules.json\"")
        .contentType(MediaType.APPLICATION_JSON)
        .body(service.export(users.require()));
  }

  @GetMapping("/monitoring/alarm-rules/import")
  @PreAuthorize(EDITOR)
  String importPage(Model model) {
    model.addAttribute("editor", true);
    return "monitoring/rules/import";
  }

  @PostMapping("/monitoring/alarm-rules/import")
  @PreAuthorize(EDITOR)
  String importRules(
      @RequestParam(required = false) MultipartFile file,
      @RequestParam(defaultValue = "") String text,
      Model model,
      Locale locale)
      throws IOException {
    String document = text;
    if (file != null && !file.isEmpty()) {
      if (file.getSize() > MAX_IMPORT_BYTES) {
        model.addAttribute("report", tooLarge(locale));
        return importPage(model);
      }
      document = new String(file.getBytes(), StandardCharsets.UTF_8);
    }
    model.addAttribute("report", service.importJson(document, users.require(), locale));
    return importPage(model);
  }

  /** A file over {@link #MAX_IMPORT_BYTES} is refused before it is read. */
  private ImportReport tooLarge(Locale locale) {
    var problem =
        new InvalidInputException.Violation(
            "file", "monitoring.rules.import.tooLarge", MAX_IMPORT_BYTES / 1024);
    return new ImportReport(
        0, List.of(new ImportReport.RowError(0, "", messages.of(problem, locale))));
  }

  /** Problems as "field: message", so the editor knows where to look in the JSON. */
  private List<String> problems(InvalidInputException e, Locale locale) {
    return e.violations().stream()
        .map(v -> (v.field() == null ? "" : v.field() + ": ") + messages.of(v, locale))
        .toList();
  }

  /** What a new rule starts from: a combustible-gas threshold. */
  private static AlarmRule example() {
    return new AlarmRule(
        "NEW-RULE",
        "可燃气体浓度超限",
        RuleScope.kind("COMBUSTIBLE_GAS"),
        AlarmSeverity.YELLOW,
        new HeldFor(
            new Threshold(
                "lel",
                new Threshold.Limit(25.0, AlarmSeverity.ORANGE),
                new Threshold.Limit(50.0, AlarmSeverity.RED),
                null,
                null),
            java.time.Duration.ofSeconds(10)));
  }
}
