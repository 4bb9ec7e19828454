package org.shuzhi.monitoring.internal.alarms;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.monitoring.AlarmSeverity;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.ProblemMessages;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The live alarm list (filters by state, severity and town; the table reloads when the server
 * pushes a change over SSE), one alarm with its history, and the acknowledge and close actions.
 */
@Controller
@PreAuthorize(AlarmPageController.READERS)
class AlarmPageController {

  static final String READERS =
      "hasAnyRole('DISTRICT_LEADER', 'DEPARTMENT_STAFF', 'TOWN_STAFF', 'GRID_WORKER',"
          + " 'ENTERPRISE_USER')";
  static final String HANDLERS = "hasAnyRole('DISTRICT_LEADER', 'DEPARTMENT_STAFF', 'TOWN_STAFF')";
  private static final int PAGE = 200;

  private final AlarmLifecycle lifecycle;
  private final AlarmReasons reasons;
  private final LiveAlarms live;
  private final CurrentUsers users;
  private final AreaDirectory areas;
  private final ProblemMessages messages;
  private final AlarmRuleNames rules;

  AlarmPageController(
      AlarmLifecycle lifecycle,
      AlarmReasons reasons,
      LiveAlarms live,
      CurrentUsers users,
      AreaDirectory areas,
      ProblemMessages messages,
      AlarmRuleNames rules) {
    this.rules = rules;
    this.lifecycle = lifecycle;
    this.reasons = reasons;
    this.live = live;
    this.users = users;
    this.areas = areas;
    this.messages = messages;
  }

  @GetMapping("/monitoring/alarms")
  String list(
      @RequestParam(required = false) String state,
      @RequestParam(required = false) AlarmSeverity severity,
      @RequestParam(required = false) String town,
      Model model,
      Locale locale) {
    table(state, severity, town, model, locale);
    model.addAttribute("towns", areas.towns());
    model.addAttribute("states", AlarmState.values());
    model.addAttribute("severities", AlarmSeverity.values());
    return "monitoring/alarms/list";
  }

  @GetMapping("/monitoring/alarms/table")
  String table(
      @RequestParam(required = false) String state,
      @RequestParam(required = false) AlarmSeverity severity,
      @RequestParam(required = false) String town,
      Model model,
      Locale locale) {
    CurrentUser user = users.require();
    AlarmState exact =
        state == null || state.isBlank() || state.equals("ACTIVE") || state.equals("ALL")
            ? null
            : stateOf(state);
    boolean activeOnly = state == null || state.isBlank() || state.equals("ACTIVE");
    String townCode = town == null || town.isBlank() ? null : town;
    AlarmQuery q = new AlarmQuery(exact, activeOnly, severity, townCode);
    model.addAttribute("lines", lines(lifecycle.search(q, user, PAGE), locale));
    model.addAttribute("mayHandle", AlarmLifecycle.mayHandle(user));
    model.addAttribute("state", state == null || state.isBlank() ? "ACTIVE" : state);
    model.addAttribute("severity", severity);
    model.addAttribute("town", townCode);
    return "monitoring/alarms/list :: table";
  }

  /**
   * A state filter from the query string; anything else is bad input (400, the friendly error
   * page), not a server error.
   */
  private static AlarmState stateOf(String state) {
    try {
      return AlarmState.valueOf(state);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown alarm state");
    }
  }

  @GetMapping(value = "/monitoring/alarms/stream", produces = "text/event-stream")
  @ResponseBody
  SseEmitter stream() {
    return live.open(users.require().scope());
  }

  @GetMapping("/monitoring/alarms/{id}")
  String alarm(@PathVariable long id, Model model, Locale locale) {
    CurrentUser user = users.require();
    AlarmRow a = lifecycle.get(id, user);
    model.addAttribute("line", lines(List.of(a), locale).get(0));
    model.addAttribute("history", lifecycle.history(id, user));
    model.addAttribute("mayHandle", AlarmLifecycle.mayHandle(user));
    return "monitoring/alarms/alarm";
  }

  @PostMapping("/monitoring/alarms/{id}/acknowledge")
  @PreAuthorize(HANDLERS)
  String acknowledge(
      @PathVariable long id,
      @RequestParam(required = false) String comment,
      RedirectAttributes redirect,
      Locale locale) {
    return act(
        () -> lifecycle.acknowledge(id, blankToNull(comment), users.require()),
        id,
        redirect,
        locale);
  }

  @PostMapping("/monitoring/alarms/{id}/close")
  @PreAuthorize(HANDLERS)
  String close(
      @PathVariable long id,
      @RequestParam(required = false) String comment,
      RedirectAttributes redirect,
      Locale locale) {
    return act(
        () -> lifecycle.close(id, blankToNull(comment), users.require()), id, redirect, locale);
  }

  private String act(Runnable action, long id, RedirectAttributes redirect, Locale locale) {
    try {
      action.run();
    } catch (ConflictException e) {
      redirect.addFlashAttribute("error", messages.of(e, locale));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("error", messages.of(e, locale));
    }
    return "redirect:/monitoring/alarms/" + id;
  }

  private List<AlarmLine> lines(List<AlarmRow> rows, Locale locale) {
    Map<String, String> townNames =
        areas.towns().stream().collect(Collectors.toMap(Town::code, Town::name, (a, b) -> a));
    Map<String, String> ruleNames = rules.of(rows.stream().map(AlarmRow::ruleCode).toList());
    return rows.stream()
        .map(
            a ->
                new AlarmLine(
                    a,
                    reasons.text(a.reason(), locale),
                    a.townCode() == null ? "" : townNames.getOrDefault(a.townCode(), a.townCode()),
                    ruleNames.getOrDefault(a.ruleCode(), a.ruleCode())))
        .toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
