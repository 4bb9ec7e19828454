package org.shuzhi.monitoring.internal.rules;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.ImportReport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Alarm rules for API clients: bodies are the rule's JSON as on the rules page; changes name the
 * version they were based on; import is all or nothing with problems rule by rule.
 */
@RestController
@RequestMapping("/api/v1/monitoring/alarm-rules")
@PreAuthorize(AlarmRulePageController.READERS)
class AlarmRuleApiController {

  /** A stored rule: bookkeeping and the rule's JSON. */
  record RuleResponse(
      String code,
      int version,
      Instant createdAt,
      String createdBy,
      Instant updatedAt,
      String updatedBy,
      JsonNode rule) {}

  record Validation(boolean valid) {}

  private final AlarmRuleService service;
  private final AlarmRuleJson json;
  private final CurrentUsers users;

  AlarmRuleApiController(AlarmRuleService service, AlarmRuleJson json, CurrentUsers users) {
    this.service = service;
    this.json = json;
    this.users = users;
  }

  @Operation(summary = "Every alarm rule")
  @GetMapping
  List<RuleResponse> list() {
    return service.list(users.require()).stream().map(this::response).toList();
  }

  @GetMapping("/{code}")
  RuleResponse get(@PathVariable String code) {
    return response(service.get(code, users.require()));
  }

  @Operation(summary = "Every change of a rule, newest first (kept after a delete)")
  @GetMapping("/{code}/history")
  List<AlarmRuleChange> history(@PathVariable String code) {
    return service.history(code, users.require());
  }

  @Operation(summary = "Create a rule (system administrator); 400 lists every problem by field")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasRole('SYSTEM_ADMIN')")
  ResponseEntity<RuleResponse> create(@RequestBody String body) {
    StoredAlarmRule stored = service.create(body, users.require());
    return ResponseEntity.created(URI.create("/api/v1/monitoring/alarm-rules/" + stored.code()))
        .body(response(stored));
  }

  @Operation(summary = "Replace a rule at the given version (409 when someone changed it since)")
  @PutMapping(value = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasRole('SYSTEM_ADMIN')")
  RuleResponse update(
      @PathVariable String code, @RequestParam int version, @RequestBody String body) {
    return response(service.update(code, body, version, users.require()));
  }

  @DeleteMapping("/{code}")
  @PreAuthorize("hasRole('SYSTEM_ADMIN')")
  ResponseEntity<Void> delete(@PathVariable String code, @RequestParam int version) {
    service.delete(code, version, users.require());
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Check a rule without saving it; 400 lists every problem by field")
  @PostMapping(value = "/validate", consumes = MediaType.APPLICATION_JSON_VALUE)
  Validation validate(@RequestBody String body) {
    service.check(body);
    return new Validation(true);
  }

  @Operation(summary = "Every rule as one JSON document, for import elsewhere")
  @GetMapping(value = "/export", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> export() {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"alarm-rules.json\"")
        .contentType(MediaType.APPLICATION_JSON)
        .body(service.export(users.require()));
  }

  @Operation(summary = "Import an export document: every rule or none; problems rule by rule")
  @PostMapping(value = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasRole('SYSTEM_ADMIN')")
  ResponseEntity<ImportReport> importRules(@RequestBody String body, Locale locale) {
    ImportReport report = service.importJson(body, users.require(), locale);
    return ResponseEntity.status(report.ok() ? HttpStatus.OK : HttpStatus.BAD_REQUEST).body(report);
  }

  private RuleResponse response(StoredAlarmRule s) {
    return new RuleResponse(
        s.code(),
        s.version(),
        s.createdAt(),
        s.createdBy(),
        s.updatedAt(),
        s.updatedBy(),
        json.tree(s.rule()));
  }
}
