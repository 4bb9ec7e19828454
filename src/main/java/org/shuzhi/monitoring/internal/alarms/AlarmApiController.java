package org.shuzhi.monitoring.internal.alarms;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.monitoring.AlarmSeverity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Alarms for API clients, within the caller's data scope. */
@RestController
@RequestMapping("/api/v1/monitoring/alarms")
@PreAuthorize(AlarmPageController.READERS)
class AlarmApiController {

  /** An alarm with its reason in the caller's language. */
  record AlarmResponse(
      long id,
      String ruleCode,
      String deviceCode,
      String deviceName,
      String townCode,
      String enterpriseUscc,
      AlarmState state,
      AlarmSeverity severity,
      Instant raisedAt,
      double firstValue,
      double lastValue,
      Instant lastAt,
      int repeats,
      String reason,
      String acknowledgedBy,
      Instant acknowledgedAt,
      String ackComment,
      Instant clearedAt,
      String closedBy,
      Instant closedAt,
      String closeComment,
      int escalationLevel) {}

  /** Body of acknowledge and close; the comment is optional. */
  record Action(String comment) {}

  private final AlarmLifecycle lifecycle;
  private final AlarmReasons reasons;
  private final CurrentUsers users;

  AlarmApiController(AlarmLifecycle lifecycle, AlarmReasons reasons, CurrentUsers users) {
    this.lifecycle = lifecycle;
    this.reasons = reasons;
    this.users = users;
  }

  @Operation(
      summary =
          "Alarms newest first; without state only active ones (RAISED, ACKNOWLEDGED) unless"
              + " all=true")
  @GetMapping
  List<AlarmResponse> list(
      @RequestParam(required = false) AlarmState state,
      @RequestParam(required = false) AlarmSeverity severity,
      @RequestParam(required = false) String town,
      @RequestParam(defaultValue = "false") boolean all,
      @RequestParam(defaultValue = "200") int limit,
      Locale locale) {
    CurrentUser user = users.require();
    AlarmQuery q =
        new AlarmQuery(state, !all, severity, town == null || town.isBlank() ? null : town);
    return lifecycle.search(q, user, Math.max(1, Math.min(limit, 1000))).stream()
        .map(a -> response(a, locale))
        .toList();
  }

  @GetMapping("/{id}")
  AlarmResponse get(@PathVariable long id, Locale locale) {
    return response(lifecycle.get(id, users.require()), locale);
  }

  @Operation(summary = "Every transition of the alarm, oldest first")
  @GetMapping("/{id}/history")
  List<AlarmEvent> history(@PathVariable long id) {
    return lifecycle.history(id, users.require());
  }

  @Operation(summary = "Acknowledge an unacknowledged alarm (409 otherwise); escalation stops")
  @PostMapping("/{id}/acknowledge")
  @PreAuthorize(AlarmPageController.HANDLERS)
  AlarmResponse acknowledge(
      @PathVariable long id, @RequestBody(required = false) Action body, Locale locale) {
    return response(
        lifecycle.acknowledge(id, body == null ? null : body.comment(), users.require()), locale);
  }

  @Operation(summary = "Close a cleared alarm (409 otherwise)")
  @PostMapping("/{id}/close")
  @PreAuthorize(AlarmPageController.HANDLERS)
  AlarmResponse close(
      @PathVariable long id, @RequestBody(required = false) Action body, Locale locale) {
    return response(
        lifecycle.close(id, body == null ? null : body.comment(), users.require()), locale);
  }

  private AlarmResponse response(AlarmRow a, Locale locale) {
    return new AlarmResponse(
        a.id(),
        a.ruleCode(),
        a.deviceCode(),
        a.deviceName(),
        a.townCode(),
        a.enterpriseUscc(),
        a.state(),
        a.severity(),
        a.raisedAt(),
        a.firstValue(),
        a.lastValue(),
        a.lastAt(),
        a.repeats(),
        reasons.text(a.reason(), locale),
        a.acknowledgedBy(),
        a.acknowledgedAt(),
        a.ackComment(),
        a.clearedAt(),
        a.closedBy(),
        a.closedAt(),
        a.closeComment(),
        a.escalationLevel());
  }
}
