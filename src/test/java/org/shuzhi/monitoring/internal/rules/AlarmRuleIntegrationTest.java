package org.shuzhi.monitoring.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.Role;
import org.shuzhi.monitoring.AlarmSeverity;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.ImportReport;
import org.shuzhi.platform.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Rule storage through the service, the REST API and the pages. */
@RecordApplicationEvents
class AlarmRuleIntegrationTest extends IntegrationTest {

  @Autowired AlarmRuleService service;
  @Autowired AlarmRuleJson json;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  /** A signed-in user for direct service calls (the audit trail takes the actor from it). */
  CurrentUser signedIn(Role role) {
    String name =
        role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                name, null, List.of(new SimpleGrantedAuthority(role.authority()))));
    return new CurrentUser(name, role, null, DataScope.none(), false);
  }

  static String code() {
    return "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  static AlarmRule gas(String code, double high) {
    return new AlarmRule(
        code,
        "测试可燃气体",
        RuleScope.kind("COMBUSTIBLE_GAS"),
        AlarmSeverity.YELLOW,
        new Threshold(
            "lel",
            Threshold.Limit.of(high),
            new Threshold.Limit(50.0, AlarmSeverity.RED),
            null,
            null));
  }

  static RequestPostProcessor as(String username, Role role) {
    return user(username).roles(role.name());
  }

  @Test
  void theNationalFloodAndRainstormRulesAreThereValidAndEnabled() {
    List<AlarmRule> enabled = service.enabledRules();
    AlarmRule flood =
        enabled.stream().filter(r -> r.code().equals("FLOOD")).findFirst().orElseThrow();
    AlarmRule rain =
        enabled.stream().filter(r -> r.code().equals("RAINSTORM")).findFirst().orElseThrow();
    assertThat(flood.condition()).isEqualTo(new FloodLevel("level", 0.3));
    assertThat(flood.clearDelay()).isEqualTo(Duration.ofMinutes(10));
    assertThat(rain.condition()).isEqualTo(new Rainstorm("rainfall", Rainstorm.cmaSignals()));
    AlarmRuleValidator validator = new AlarmRuleValidator(DeviceCatalogue.ofKinds());
    assertThat(validator.problems(flood)).isEmpty();
    assertThat(validator.problems(rain)).isEmpty();
  }

  @Test
  void everyChangeGetsAVersionAHistoryRowAnAuditRowAndAnEvent() {
    CurrentUser admin = signedIn(Role.SYSTEM_ADMIN);
    String code = code();
    StoredAlarmRule created = service.create(json.write(gas(code, 25)), admin);
    assertThat(created.version()).isEqualTo(1);
    StoredAlarmRule updated = service.update(code, json.write(gas(code, 20)), 1, admin);
    assertThat(updated.version()).isEqualTo(2);
    assertThat(service.get(code, admin).rule()).isEqualTo(gas(code, 20));

    assertThatThrownBy(() -> service.update(code, json.write(gas(code, 30)), 1, admin))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.messageKey()).isEqualTo("monitoring.rule.stale"));
    assertThatThrownBy(() -> service.create(json.write(gas(code, 30)), admin))
        .isInstanceOf(ConflictException.class);

    StoredAlarmRule off = service.enable(code, false, 2, admin);
    assertThat(off.rule().enabled()).isFalse();
    assertThat(service.enabledRules()).extracting(AlarmRule::code).doesNotContain(code);

    service.delete(code, 3, admin);
    assertThatThrownBy(() -> service.get(code, admin))
        .isInstanceOf(org.shuzhi.platform.NotFoundException.class);
    assertThat(service.history(code, admin))
        .extracting(AlarmRuleChange::version, AlarmRuleChange::change, AlarmRuleChange::changedBy)
        .containsExactly(
            tuple(4, "DELETE", admin.username()),
            tuple(3, "UPDATE", admin.username()),
            tuple(2, "UPDATE", admin.username()),
            tuple(1, "CREATE", admin.username()));
    // Re-created, the code carries on counting.
    assertThat(service.create(json.write(gas(code, 25)), admin).version()).isEqualTo(5);

    assertThat(
            jdbc.sql(
                    "SELECT action FROM audit_event WHERE target_type = ? AND target_id = ?"
                        + " AND actor = ? ORDER BY id")
                .params(AlarmRuleAudit.TARGET, code, admin.username())
                .query(String.class)
                .list())
        .containsExactly("CREATE", "UPDATE", "UPDATE", "DELETE", "CREATE");
    assertThat(events.stream(AlarmRulesChanged.class).filter(e -> e.codes().contains(code)))
        .hasSize(5);
  }

  @Test
  void anInvalidRuleIsRefusedWithEveryProblemAndNothingIsStored() {
    CurrentUser admin = signedIn(Role.SYSTEM_ADMIN);
    String code = code();
    AlarmRule bad =
        new AlarmRule(
            code,
            "坏规则",
            RuleScope.kind("COMBUSTIBLE_GAS"),
            AlarmSeverity.YELLOW,
            new AllOf(
                List.of(
                    new Threshold(
                        "ppm", Threshold.Limit.of(25.0), Threshold.Limit.of(20.0), null, null),
                    new AnyOf(List.of()))));
    assertThatThrownBy(() -> service.create(json.write(bad), admin))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(InvalidInputException.Violation::field)
                    .containsExactly(
                        "condition.conditions[0].channel",
                        "condition.conditions[0].highHigh.value",
                        "condition.conditions[1].conditions"));
    assertThat(service.history(code, admin)).isEmpty();
  }

  @Test
  void onlyTheSystemAdministratorChangesRulesAndOnlyStaffReadThem() {
    CurrentUser staff = signedIn(Role.DEPARTMENT_STAFF);
    assertThat(service.list(staff)).extracting(StoredAlarmRule::code).contains("FLOOD");
    assertThatThrownBy(() -> service.create(json.write(gas(code(), 25)), staff))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.importJson("[]", staff, Locale.CHINA))
        .isInstanceOf(AccessDeniedException.class);
    CurrentUser enterprise = signedIn(Role.ENTERPRISE_USER);
    assertThatThrownBy(() -> service.list(enterprise)).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void anImportStoresEveryRuleOrNoneAndSaysWhatIsWrongWithEach() {
    CurrentUser admin = signedIn(Role.SYSTEM_ADMIN);
    String existing = code();
    String fresh = code();
    String broken = code();
    service.create(json.write(gas(existing, 25)), admin);

    String withProblems =
        json.export(
                List.of(gas(existing, 22), gas(fresh, 25), gas(broken, 60)),
                java.time.Instant.now())
            .replace(
                "\"code\" : \"" + fresh + "\"", "\"code\" : \"" + fresh + "\", \"colour\" : 1");
    ImportReport refused = service.importJson(withProblems, admin, Locale.ENGLISH);
    assertThat(refused.imported()).isZero();
    assertThat(refused.errors())
        .extracting(
            ImportReport.RowError::row,
            ImportReport.RowError::column,
            ImportReport.RowError::message)
        .containsExactly(
            tuple(2, fresh + " colour", "Unknown field \"colour\""),
            tuple(3, broken + " condition.highHigh.value", "HIGH_HIGH 50 must be above HIGH 60"));
    assertThat(service.get(existing, admin).rule()).isEqualTo(gas(existing, 25));
    assertThat(service.history(fresh, admin)).isEmpty();

    String fixed =
        json.export(
            List.of(gas(existing, 22), gas(fresh, 25), gas(broken, 40)), java.time.Instant.now());
    ImportReport done = service.importJson(fixed, admin, Locale.ENGLISH);
    assertThat(done.ok()).isTrue();
    assertThat(done.imported()).isEqualTo(3);
    assertThat(service.get(existing, admin).version()).isEqualTo(2);
    assertThat(service.history(fresh, admin))
        .extracting(AlarmRuleChange::change, AlarmRuleChange::viaImport)
        .containsExactly(tuple("CREATE", true));

    // The same file again changes nothing; so does a full export read back.
    assertThat(service.importJson(fixed, admin, Locale.ENGLISH).imported()).isZero();
    assertThat(service.importJson(service.export(admin), admin, Locale.ENGLISH).imported())
        .isZero();
  }

  @Test
  void anImportWithTheSameCodeTwiceOrBrokenJsonIsRefused() {
    CurrentUser admin = signedIn(Role.SYSTEM_ADMIN);
    String code = code();
    ImportReport twice =
        service.importJson(
            "[" + json.write(gas(code, 25)) + "," + json.write(gas(code, 26)) + "]",
            admin,
            Locale.CHINA);
    assertThat(twice.errors())
        .extracting(ImportReport.RowError::row, ImportReport.RowError::message)
        .containsExactly(tuple(2, "规则编码“" + code + "”在文件中出现多次"));
    ImportReport broken = service.importJson("{\"rules\": [", admin, Locale.CHINA);
    assertThat(broken.errors()).hasSize(1);
    assertThat(broken.errors().get(0).message()).startsWith("JSON 格式错误");
  }

  @Test
  void theRestApiSpeaksJsonAndProblemDetails() throws Exception {
    String admin = account(Role.SYSTEM_ADMIN);
    String staff = account(Role.DEPARTMENT_STAFF);
    String code = code();
    mvc.perform(
            post("/api/v1/monitoring/alarm-rules")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.write(gas(code, 25)))
                .with(as(admin, Role.SYSTEM_ADMIN))
                .with(csrf()))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/v1/monitoring/alarm-rules/" + code))
        .andExpect(jsonPath("$.version").value(1))
        .andExpect(jsonPath("$.rule.condition.type").value("threshold"))
        .andExpect(jsonPath("$.rule.condition.high.value").value(25.0));
    mvc.perform(
            put("/api/v1/monitoring/alarm-rules/" + code)
                .param("version", "1")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.write(gas(code, 55)))
                .header("Accept-Language", "en")
                .with(as(admin, Role.SYSTEM_ADMIN))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("condition.highHigh.value"))
        .andExpect(jsonPath("$.errors[0].message").value("HIGH_HIGH 50 must be above HIGH 55"));
    mvc.perform(
            put("/api/v1/monitoring/alarm-rules/" + code)
                .param("version", "7")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.write(gas(code, 30)))
                .with(as(admin, Role.SYSTEM_ADMIN))
                .with(csrf()))
        .andExpect(status().isConflict());
    mvc.perform(
            get("/api/v1/monitoring/alarm-rules/" + code).with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rule.name").value("测试可燃气体"));
    mvc.perform(
            post("/api/v1/monitoring/alarm-rules")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.write(gas(code(), 25)))
                .with(as(staff, Role.DEPARTMENT_STAFF))
                .with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/monitoring/alarm-rules/validate")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"X\",\"condition\":{\"type\":\"maybe\"}}")
                .with(as(staff, Role.DEPARTMENT_STAFF))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("condition"));
    String exported =
        mvc.perform(
                get("/api/v1/monitoring/alarm-rules/export").with(as(staff, Role.DEPARTMENT_STAFF)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", containsString("alarm-rules.json")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(exported).contains("\"" + code + "\"").contains("\"RAINSTORM\"");
    mvc.perform(
            post("/api/v1/monitoring/alarm-rules/import")
                .contentType(MediaType.APPLICATION_JSON)
                .content("[{\"code\": \"\"}]")
                .with(as(admin, Role.SYSTEM_ADMIN))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.imported").value(0))
        .andExpect(jsonPath("$.errors[0].row").value(1));
    mvc.perform(
            post("/api/v1/monitoring/alarm-rules/import")
                .contentType(MediaType.APPLICATION_JSON)
                .content(exported)
                .with(as(admin, Role.SYSTEM_ADMIN))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.imported").value(0));
  }

  @Test
  void thePagesListEditImportAndShowProblemsInBothLanguages() throws Exception {
    String admin = account(Role.SYSTEM_ADMIN);
    String leader = account(Role.DISTRICT_LEADER);
    String code = code();
    mvc.perform(
            post("/monitoring/alarm-rules")
                .param("text", json.write(gas(code, 25)))
                .with(as(admin, Role.SYSTEM_ADMIN))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    for (String path :
        new String[] {
          "/monitoring/alarm-rules",
          "/monitoring/alarm-rules/new",
          "/monitoring/alarm-rules/" + code,
          "/monitoring/alarm-rules/import"
        }) {
      mvc.perform(get(path).with(as(admin, Role.SYSTEM_ADMIN)))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("告警规则")));
      mvc.perform(get(path).param("lang", "en").with(as(admin, Role.SYSTEM_ADMIN)))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("Alarm rules")));
    }
    mvc.perform(get("/monitoring/alarm-rules").with(as(admin, Role.SYSTEM_ADMIN)))
        .andExpect(content().string(containsString(code)))
        .andExpect(content().string(containsString("暴雨预警")));
    // A reader sees the rule, read-only.
    mvc.perform(get("/monitoring/alarm-rules/" + code).with(as(leader, Role.DISTRICT_LEADER)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("readonly")))
        .andExpect(content().string(not(containsString("删除规则"))));
    mvc.perform(get("/monitoring/alarm-rules/new").with(as(leader, Role.DISTRICT_LEADER)))
        .andExpect(status().isForbidden());
    // A bad edit shows where and what, in the user's language, and keeps the text.
    mvc.perform(
            post("/monitoring/alarm-rules/" + code)
                .param("version", "1")
                .param("text", json.write(gas(code, 60)))
                .with(as(admin, Role.SYSTEM_ADMIN))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString("condition.highHigh.value: 高高限（HIGH_HIGH）50 必须高于高限（HIGH）60")));
    mvc.perform(
            post("/monitoring/alarm-rules/" + code)
                .param("version", "1")
                .param("text", json.write(gas(code, 20)))
                .with(as(admin, Role.SYSTEM_ADMIN))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/monitoring/alarm-rules/" + code).with(as(admin, Role.SYSTEM_ADMIN)))
        .andExpect(content().string(containsString("版本 2")))
        .andExpect(content().string(containsString("修改")));
    mvc.perform(
            multipart("/monitoring/alarm-rules/import")
                .file(
                    new MockMultipartFile(
                        "file",
                        "rules.json",
                        "application/json",
                        ("[" + json.write(gas(code(), 25)).replace("\"lel\"", "\"ppm\"") + "]")
                            .getBytes(StandardCharsets.UTF_8)))
                .param("lang", "en")
                .with(as(admin, Role.SYSTEM_ADMIN))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("1 problems; no rule was imported")))
        .andExpect(content().string(containsString("has no channel &quot;ppm&quot;")));
    mvc.perform(
            post("/monitoring/alarm-rules/" + code + "/delete")
                .param("version", "2")
                .with(as(admin, Role.SYSTEM_ADMIN))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
  }
}
