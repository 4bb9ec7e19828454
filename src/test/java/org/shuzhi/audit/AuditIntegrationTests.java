package org.shuzhi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@SpringBootTest
@AutoConfigureMockMvc
class AuditIntegrationTests {

  @Autowired AuditTrail trail;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired ApplicationEventPublisher events;
  @Autowired MockMvc mvc;
  @Autowired MessageSource messages;

  @AfterEach
  void unbindRequest() {
    RequestContextHolder.resetRequestAttributes();
  }

  @Test
  @WithMockUser(username = "wang.town", roles = "TOWN_STAFF")
  void recordStoresActorRoleClientIpAndJsonStates() {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/enterprises/1");
    request.setRemoteAddr("203.0.113.7");
    request.addHeader("X-Forwarded-For", "198.51.100.99");
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    String id = unique();

    trail.record(
        AuditEntry.updated(
            "enterprise",
            id,
            Map.of("name", "杭州甲公司", "employees", 10),
            Map.of("name", "杭州乙公司", "employees", 12, "address", Map.of("town", "城厢街道"))));

    Map<String, Object> row =
        jdbc.sql(
                """
                SELECT actor, actor_role, client_ip, action, outcome, target_type,
                       before_state->>'name' AS before_name, after_state->>'name' AS after_name,
                       (after_state->>'employees')::int AS after_employees,
                       after_state->'address'->>'town' AS after_town, occurred_at
                  FROM audit_event WHERE target_id = :id
                """)
            .param("id", id)
            .query()
            .singleRow();
    assertThat(row)
        .containsEntry("actor", "wang.town")
        .containsEntry("actor_role", "TOWN_STAFF")
        .containsEntry("client_ip", "203.0.113.7") // not the client-set X-Forwarded-For
        .containsEntry("action", "UPDATE")
        .containsEntry("outcome", "SUCCESS")
        .containsEntry("target_type", "enterprise")
        .containsEntry("before_name", "杭州甲公司")
        .containsEntry("after_name", "杭州乙公司")
        .containsEntry("after_employees", 12)
        .containsEntry("after_town", "城厢街道");
    assertThat(row.get("occurred_at")).isNotNull();
  }

  @Test
  @WithMockUser(username = "zhou.security", roles = "SECURITY_ADMIN")
  void secretsInStatesAreNeverStored() {
    String id = unique();
    Map<String, Object> account = new LinkedHashMap<>();
    account.put("username", "li.grid");
    account.put("password", "Plain-Text-1");
    account.put("passwordHash", "{bcrypt}$2a$10$abc");
    account.put("totpSecret", "JBSWY3DPEHPK3PXP");
    account.put("token", "tok-123");
    account.put("settings", Map.of("api_token", "tok-456", "theme", "dark"));
    account.put("devices", List.of(Map.of("code", "D1", "deviceSecret", "s-789")));

    trail.record(AuditEntry.created("account", id, account));

    String stored =
        jdbc.sql("SELECT after_state::text FROM audit_event WHERE target_id = :id")
            .param("id", id)
            .query(String.class)
            .single();
    assertThat(stored)
        .contains("li.grid", "dark", "D1")
        .doesNotContain("Plain-Text-1", "bcrypt", "JBSWY3DPEHPK3PXP", "tok-123", "tok-456", "s-789")
        .doesNotContainIgnoringCase("password")
        .doesNotContainIgnoringCase("secret")
        .doesNotContainIgnoringCase("token");
  }

  @Test
  void theDatabaseRefusesUpdateDeleteAndTruncate() {
    String id = unique();
    trail.recordIndependently(AuditEntry.deleted("grid", id, Map.of("name", "一号网格")));

    assertThatThrownBy(
            () ->
                jdbc.sql("UPDATE audit_event SET actor = 'someone-else' WHERE target_id = :id")
                    .param("id", id)
                    .update())
        .hasMessageContaining("audit_event is append-only");
    assertThatThrownBy(
            () ->
                jdbc.sql("DELETE FROM audit_event WHERE target_id = :id").param("id", id).update())
        .hasMessageContaining("audit_event is append-only");
    assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_event").update())
        .hasMessageContaining("audit_event is append-only");

    assertThat(
            jdbc.sql("SELECT count(*) FROM audit_event WHERE target_id = :id AND actor IS NULL")
                .param("id", id)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void recordRollsBackWithTheCallerButRecordIndependentlyStays() {
    String joined = unique();
    String independent = unique();

    transactions.executeWithoutResult(
        status -> {
          trail.record(AuditEntry.created("hazard", joined, Map.of("level", "MAJOR")));
          trail.recordIndependently(
              AuditEntry.created("hazard", independent, Map.of("level", "MAJOR"))
                  .withOutcome(AuditOutcome.FAILURE));
          status.setRollbackOnly();
        });

    assertThat(countByTarget(joined)).isZero();
    assertThat(countByTarget(independent)).isEqualTo(1);
  }

  @Test
  void aFailedLoginIsRecordedWithTheAttemptedNameEvenIfTheCallerRollsBack() {
    String username = "nobody-" + unique();
    String lockedName = "locked-" + unique();

    transactions.executeWithoutResult(
        status -> {
          events.publishEvent(
              new AuthenticationFailureBadCredentialsEvent(
                  UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong-password"),
                  new BadCredentialsException("Bad credentials")));
          status.setRollbackOnly();
        });
    events.publishEvent(
        new AuthenticationFailureLockedEvent(
            UsernamePasswordAuthenticationToken.unauthenticated(lockedName, "x"),
            new LockedException("locked")));

    Map<String, Object> row = rowByActor(username);
    assertThat(row)
        .containsEntry("action", "LOGIN_FAILURE")
        .containsEntry("outcome", "FAILURE")
        .containsEntry("detail", "BAD_CREDENTIALS");
    assertThat(row.toString()).doesNotContain("wrong-password");
    assertThat(rowByActor(lockedName)).containsEntry("detail", "LOCKED");
  }

  @Test
  void oneLoginSuccessPerLoginAndNoneForOtherAuthenticationTypes() {
    String username = "login-" + unique();
    Authentication login =
        UsernamePasswordAuthenticationToken.authenticated(
            username, null, AuthorityUtils.createAuthorityList("ROLE_GRID_WORKER"));
    String tokenUser = "api-" + unique();

    events.publishEvent(new AuthenticationSuccessEvent(login));
    events.publishEvent(new InteractiveAuthenticationSuccessEvent(login, getClass()));
    events.publishEvent(
        new AuthenticationSuccessEvent(
            new TestingAuthenticationToken(tokenUser, null, "ROLE_ENTERPRISE_USER")));

    assertThat(rowByActor(username))
        .containsEntry("action", "LOGIN_SUCCESS")
        .containsEntry("actor_role", "GRID_WORKER")
        .containsEntry("outcome", "SUCCESS");
    assertThat(countByActor(tokenUser)).isZero();
  }

  @Test
  void logoutAndAuthenticatedDenialsAreRecordedAnonymousDenialsAreNot() {
    String username = "user-" + unique();
    Authentication signedIn =
        UsernamePasswordAuthenticationToken.authenticated(
            username, null, AuthorityUtils.createAuthorityList("ROLE_TOWN_STAFF"));
    Authentication anonymous =
        new AnonymousAuthenticationToken(
            "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/audit");
    request.setQueryString("actor=secret-query");

    events.publishEvent(
        new AuthorizationDeniedEvent<>(() -> signedIn, request, new AuthorizationDecision(false)));
    events.publishEvent(
        new AuthorizationDeniedEvent<>(() -> anonymous, request, new AuthorizationDecision(false)));
    events.publishEvent(new LogoutSuccessEvent(signedIn));

    List<Map<String, Object>> rows =
        jdbc.sql("SELECT action, outcome, detail FROM audit_event WHERE actor = :a ORDER BY id")
            .param("a", username)
            .query()
            .listOfRows();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0))
        .containsEntry("action", "ACCESS_DENIED")
        .containsEntry("outcome", "DENIED")
        .containsEntry("detail", "GET /audit");
    assertThat(rows.get(1)).containsEntry("action", "LOGOUT");
    assertThat(countByActor("anonymousUser")).isZero();
  }

  @Test
  void theAuditAdminOpensThePageWithTheMenuEntry() throws Exception {
    mvc.perform(get("/audit").with(user("audit-admin").roles("AUDIT_ADMIN")))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"audit-filter\"")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/audit\"")));
  }

  /** 三员分立: neither the system nor the security admin reads the trail, nor does a leader. */
  @ParameterizedTest
  @ValueSource(strings = {"SYSTEM_ADMIN", "SECURITY_ADMIN", "DISTRICT_LEADER"})
  void onlyTheAuditAdminReadsTheTrail(String role) throws Exception {
    mvc.perform(get("/audit").with(user("someone").roles(role))).andExpect(status().isForbidden());
    mvc.perform(get("/audit/rows").with(user("someone").roles(role)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/audit").with(user("someone").roles(role)))
        .andExpect(status().isForbidden());
  }

  @Test
  void filtersNarrowTheResults() throws Exception {
    String type = "filter-test-" + unique();
    String alice = "alice-" + unique();
    String bob = "bob-" + unique();
    trail.record(AuditEntry.created(type, "1", Map.of("v", 1)).asActor(alice, "TOWN_STAFF"));
    trail.record(
        AuditEntry.updated(type, "1", Map.of("v", 1), Map.of("v", 2))
            .withDetail("Moved the Boundary of grid 7")
            .asActor(alice, "TOWN_STAFF"));
    trail.record(
        AuditEntry.deleted(type, "2", Map.of("v", 3))
            .withOutcome(AuditOutcome.DENIED)
            .asActor(bob, "GRID_WORKER"));
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    assertThat(apiCount("targetType=" + type)).isEqualTo(3);
    assertThat(apiCount("targetType=" + type + "&actor=" + alice)).isEqualTo(2);
    assertThat(apiCount("targetType=" + type + "&action=DELETE")).isEqualTo(1);
    assertThat(apiCount("targetType=" + type + "&outcome=DENIED")).isEqualTo(1);
    assertThat(apiCount("targetType=" + type + "&targetId=1")).isEqualTo(2);
    assertThat(apiCount("targetType=" + type + "&q=boundary")).isEqualTo(1);
    assertThat(apiCount("actor=" + bob)).isEqualTo(1);
    assertThat(apiCount("targetType=" + type + "&from=" + today + "&to=" + today)).isEqualTo(3);
    assertThat(apiCount("targetType=" + type + "&from=" + today.plusDays(1))).isZero();
    assertThat(apiCount("targetType=" + type + "&to=" + today.minusDays(1))).isZero();

    mvc.perform(
            get("/api/v1/audit")
                .param("targetType", type)
                .param("action", "UPDATE")
                .with(user("auditor").roles("AUDIT_ADMIN")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.events[0].actor").value(alice))
        .andExpect(jsonPath("$.events[0].before.v").value(1))
        .andExpect(jsonPath("$.events[0].after.v").value(2))
        .andExpect(
            jsonPath("$.events[0].occurredAt").value(org.hamcrest.Matchers.endsWith("+08:00")));

    String fragment =
        mvc.perform(
                get("/audit/rows")
                    .param("targetType", type)
                    .param("actor", bob)
                    .with(user("auditor").roles("AUDIT_ADMIN")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(fragment).contains(bob, "{&quot;v&quot;:3}").doesNotContain(alice);
  }

  @Test
  void resultsArePagedNewestFirst() throws Exception {
    String type = "paging-" + unique();
    for (int i = 1; i <= 52; i++) {
      trail.record(AuditEntry.created(type, String.valueOf(i), null).asActor("pager", null));
    }
    mvc.perform(
            get("/api/v1/audit")
                .param("targetType", type)
                .with(user("auditor").roles("AUDIT_ADMIN")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.events.length()").value(50))
        .andExpect(jsonPath("$.hasNext").value(true))
        .andExpect(jsonPath("$.events[0].targetId").value("52"))
        .andExpect(jsonPath("$.events[49].targetId").value("3"));
    mvc.perform(
            get("/api/v1/audit")
                .param("targetType", type)
                .param("page", "1")
                .with(user("auditor").roles("AUDIT_ADMIN")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.events.length()").value(2))
        .andExpect(jsonPath("$.hasNext").value(false))
        .andExpect(jsonPath("$.events[1].targetId").value("1"));
  }

  @Test
  void badCriteriaAreExplainedAndNothingIsSearched() throws Exception {
    Locale zh = Locale.SIMPLIFIED_CHINESE;
    mvc.perform(
            get("/api/v1/audit")
                .param("action", "NOT_AN_ACTION")
                .locale(zh)
                .with(user("auditor").roles("AUDIT_ADMIN")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("action"))
        .andExpect(jsonPath("$.detail").value(messages.getMessage("audit.error.action", null, zh)));
    mvc.perform(
            get("/api/v1/audit")
                .param("from", "2025-03-02")
                .param("to", "2025-03-01")
                .with(user("auditor").roles("AUDIT_ADMIN")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("from"));
    mvc.perform(
            get("/audit/rows")
                .param("from", "yesterday")
                .locale(zh)
                .with(user("auditor").roles("AUDIT_ADMIN")))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString(
                            messages.getMessage("audit.error.from", null, zh)),
                        org.hamcrest.Matchers.not(
                            org.hamcrest.Matchers.containsString("<table")))));
  }

  private int apiCount(String query) throws Exception {
    String body =
        mvc.perform(get("/api/v1/audit?" + query).with(user("auditor").roles("AUDIT_ADMIN")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return com.jayway.jsonpath.JsonPath.<List<Object>>read(body, "$.events").size();
  }

  private long countByTarget(String targetId) {
    return jdbc.sql("SELECT count(*) FROM audit_event WHERE target_id = :id")
        .param("id", targetId)
        .query(Long.class)
        .single();
  }

  private long countByActor(String actor) {
    return jdbc.sql("SELECT count(*) FROM audit_event WHERE actor = :a")
        .param("a", actor)
        .query(Long.class)
        .single();
  }

  private Map<String, Object> rowByActor(String actor) {
    return jdbc.sql("SELECT action, outcome, detail, actor_role FROM audit_event WHERE actor = :a")
        .param("a", actor)
        .query()
        .singleRow();
  }

  private static String unique() {
    return UUID.randomUUID().toString();
  }
}
