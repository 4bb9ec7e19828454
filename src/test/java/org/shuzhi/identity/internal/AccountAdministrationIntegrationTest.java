package org.shuzhi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuzhi.core.TestUsccs.newUscc;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseDraft;
import org.shuzhi.identity.KnownEnterprises;
import org.shuzhi.identity.Role;
import org.shuzhi.platform.NavigationEntry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The system and security admins' pages, and the separation of the three admin roles. */
class AccountAdministrationIntegrationTest extends IntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired EnterpriseDirectory enterprises;
  @Autowired ObjectProvider<KnownEnterprises> knownEnterprises;

  private static RequestPostProcessor as(String username, Role role) {
    return user(username).roles(role.name());
  }

  private static String newUsername() {
    return "acct-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private MockHttpServletRequestBuilder createRequest(
      String username, String role, String... extra) {
    var request =
        post("/admin/accounts")
            .with(csrf())
            .param("username", username)
            .param("displayName", "测试 " + username)
            .param("role", role);
    for (int i = 0; i < extra.length; i += 2) {
      request.param(extra[i], extra[i + 1]);
    }
    return request;
  }

  private Map<String, Object> row(String username) {
    return jdbc.sql(
            "SELECT role, department, array_to_string(town_codes, ',') AS towns, enterprise_uscc,"
                + " may_view_plaintext, enabled, must_change_password, locked_until, totp_secret,"
                + " totp_confirmed FROM identity_account WHERE username = ?")
        .param(username)
        .query()
        .singleRow();
  }

  private boolean exists(String username) {
    return jdbc.sql("SELECT count(*) FROM identity_account WHERE username = ?")
            .param(username)
            .query(Long.class)
            .single()
        > 0;
  }

  private long auditRows(String actor, String action, String target) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_event WHERE actor = ? AND action = ? AND target_id = ?")
        .param(actor)
        .param(action)
        .param(target)
        .query(Long.class)
        .single();
  }

  @SuppressWarnings("unchecked")
  private static List<String> errors(MvcResult result) {
    return (List<String>) result.getModelAndView().getModel().get("errors");
  }

  private Cookie login(String username, String password) throws Exception {
    return mvc.perform(formLogin("/login").user(username).password(password))
        .andExpect(authenticated().withUsername(username))
        .andReturn()
        .getResponse()
        .getCookie("SESSION");
  }

  private String token(String username) throws Exception {
    String body =
        mvc.perform(
                post("/api/v1/auth/token")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
  }

  @Test
  void systemAdminOpensABusinessAccountWithAPasswordShownOnceThatMustBeChanged() throws Exception {
    String sys = account(Role.SYSTEM_ADMIN);
    String username = newUsername();
    MvcResult result =
        mvc.perform(
                createRequest(username, "TOWN_STAFF", "townCodes", CHENGXIANG)
                    .with(as(sys, Role.SYSTEM_ADMIN)))
            .andExpect(status().isOk())
            .andExpect(view().name("identity/admin/password"))
            .andReturn();
    String password = (String) result.getModelAndView().getModel().get("password");
    assertThat(result.getResponse().getContentAsString()).contains(password);

    Map<String, Object> row = row(username);
    assertThat(row.get("role")).isEqualTo("TOWN_STAFF");
    assertThat(row.get("towns")).isEqualTo(CHENGXIANG);
    assertThat(row.get("must_change_password")).isEqualTo(true);
    assertThat(row.get("may_view_plaintext")).isEqualTo(false);
    assertThat(auditRows(sys, "CREATE", username)).isEqualTo(1);
    // The shown password works, and the first thing the owner must do is change it.
    mvc.perform(formLogin("/login").user(username).password(password))
        .andExpect(authenticated())
        .andExpect(redirectedUrl("/account/password"));
    // The list shows the new account.
    mvc.perform(get("/admin/accounts").param("q", username).with(as(sys, Role.SYSTEM_ADMIN)))
        .andExpect(status().isOk())
        .andExpect(
            r -> assertThat(r.getResponse().getContentAsString()).contains(username, "城厢街道"));
  }

  @Test
  void systemAdminCannotAssignAdminRolesNorReachRightsOrAudit() throws Exception {
    String sys = account(Role.SYSTEM_ADMIN);
    for (Role admin : List.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN)) {
      String username = newUsername();
      MvcResult result =
          mvc.perform(createRequest(username, admin.name()).with(as(sys, Role.SYSTEM_ADMIN)))
              .andExpect(status().isBadRequest())
              .andReturn();
      assertThat(errors(result)).hasSize(1);
      assertThat(exists(username)).as(admin.name()).isFalse();
    }
    mvc.perform(get("/admin/rights").with(as(sys, Role.SYSTEM_ADMIN)))
        .andExpect(status().isForbidden());
    String target = account(Role.TOWN_STAFF);
    mvc.perform(
            post("/admin/rights/" + target)
                .with(csrf())
                .with(as(sys, Role.SYSTEM_ADMIN))
                .param("role", "DISTRICT_LEADER"))
        .andExpect(status().isForbidden());
    assertThat(row(target).get("role")).isEqualTo("TOWN_STAFF");
    mvc.perform(get("/audit").with(as(sys, Role.SYSTEM_ADMIN))).andExpect(status().isForbidden());
    // The menu offers the system admin its own page only.
    @SuppressWarnings("unchecked")
    List<NavigationEntry> menu =
        (List<NavigationEntry>)
            mvc.perform(get("/admin/accounts").with(as(sys, Role.SYSTEM_ADMIN)))
                .andReturn()
                .getModelAndView()
                .getModel()
                .get("navigation");
    assertThat(menu).extracting(NavigationEntry::path).contains("/admin/accounts");
    assertThat(menu).extracting(NavigationEntry::path).doesNotContain("/admin/rights", "/audit");
  }

  @Test
  void securityAdminChangesARoleAndThePermissionChangeIsAuditedWithBeforeAndAfter()
      throws Exception {
    String sec = account(Role.SECURITY_ADMIN);
    String target = account(Role.TOWN_STAFF);
    mvc.perform(
            post("/admin/rights/" + target)
                .with(csrf())
                .with(as(sec, Role.SECURITY_ADMIN))
                .param("role", "DEPARTMENT_STAFF")
                .param("department", "EMERGENCY")
                .param("townCodes", CHENGXIANG) // not used by the role: dropped
                .param("mayViewPlaintext", "true"))
        .andExpect(redirectedUrl("/admin/rights/" + target + "?done=saved"));
    Map<String, Object> row = row(target);
    assertThat(row.get("role")).isEqualTo("DEPARTMENT_STAFF");
    assertThat(row.get("department")).isEqualTo("EMERGENCY");
    assertThat(row.get("towns")).isEqualTo("");
    assertThat(row.get("may_view_plaintext")).isEqualTo(true);

    Map<String, Object> audit =
        jdbc.sql(
                "SELECT before_state->>'role' AS before_role, after_state->>'role' AS after_role,"
                    + " before_state->'townCodes'->>0 AS before_town,"
                    + " after_state->>'department' AS after_department,"
                    + " after_state->>'mayViewPlaintext' AS after_plaintext"
                    + " FROM audit_event WHERE action = 'PERMISSION_CHANGE' AND actor = ?"
                    + " AND target_id = ?")
            .param(sec)
            .param(target)
            .query()
            .singleRow();
    assertThat(audit)
        .containsEntry("before_role", "TOWN_STAFF")
        .containsEntry("after_role", "DEPARTMENT_STAFF")
        .containsEntry("before_town", CHENGXIANG)
        .containsEntry("after_department", "EMERGENCY")
        .containsEntry("after_plaintext", "true");

    // Only the security admin assigns the admin roles; admins never get the plaintext permission.
    mvc.perform(
            post("/admin/rights/" + target)
                .with(csrf())
                .with(as(sec, Role.SECURITY_ADMIN))
                .param("role", "AUDIT_ADMIN")
                .param("mayViewPlaintext", "true"))
        .andExpect(status().is3xxRedirection());
    assertThat(row(target))
        .containsEntry("role", "AUDIT_ADMIN")
        .containsEntry("department", null)
        .containsEntry("may_view_plaintext", false);
    assertThat(auditRows(sec, "PERMISSION_CHANGE", target)).isEqualTo(2);
  }

  @Test
  void securityAdminCannotManageAccountsNorReadTheAuditTrail() throws Exception {
    String sec = account(Role.SECURITY_ADMIN);
    String target = account(Role.DISTRICT_LEADER);
    String username = newUsername();
    mvc.perform(get("/admin/rights").with(as(sec, Role.SECURITY_ADMIN))).andExpect(status().isOk());
    mvc.perform(get("/admin/accounts").with(as(sec, Role.SECURITY_ADMIN)))
        .andExpect(status().isForbidden());
    mvc.perform(createRequest(username, "DISTRICT_LEADER").with(as(sec, Role.SECURITY_ADMIN)))
        .andExpect(status().isForbidden());
    assertThat(exists(username)).isFalse();
    mvc.perform(
            post("/admin/accounts/" + target + "/disable")
                .with(csrf())
                .with(as(sec, Role.SECURITY_ADMIN)))
        .andExpect(status().isForbidden());
    assertThat(row(target).get("enabled")).isEqualTo(true);
    mvc.perform(get("/audit").with(as(sec, Role.SECURITY_ADMIN))).andExpect(status().isForbidden());
  }

  @Test
  void auditAdminAndBusinessRolesReachNeitherAdminPage() throws Exception {
    for (Role role :
        List.of(
            Role.AUDIT_ADMIN,
            Role.DISTRICT_LEADER,
            Role.DEPARTMENT_STAFF,
            Role.TOWN_STAFF,
            Role.GRID_WORKER,
            Role.ENTERPRISE_USER)) {
      String user = "someone-" + role.name().toLowerCase();
      mvc.perform(get("/admin/accounts").with(as(user, role))).andExpect(status().isForbidden());
      mvc.perform(get("/admin/rights").with(as(user, role))).andExpect(status().isForbidden());
    }
  }

  @Test
  void disablingAnAccountEndsItsSessionsAndRevokesItsTokens() throws Exception {
    String sys = account(Role.SYSTEM_ADMIN);
    String user = account(Role.DISTRICT_LEADER);
    Cookie session = login(user, PASSWORD);
    mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
    String token = token(user);
    mvc.perform(get("/api/v1/enterprises").header("Authorization", "Bearer " + token))
        .andExpect(status().isOk());

    mvc.perform(
            post("/admin/accounts/" + user + "/disable")
                .with(csrf())
                .with(as(sys, Role.SYSTEM_ADMIN)))
        .andExpect(status().is3xxRedirection());

    mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
    mvc.perform(get("/api/v1/enterprises").header("Authorization", "Bearer " + token))
        .andExpect(status().isUnauthorized());
    assertThat(
            jdbc.sql("SELECT bool_and(revoked) FROM identity_token WHERE username = ?")
                .param(user)
                .query(Boolean.class)
                .single())
        .isTrue();
    assertThat(
            jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?")
                .param(user)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(row(user).get("enabled")).isEqualTo(false);
    assertThat(
            jdbc.sql(
                    "SELECT after_state->>'enabled' FROM audit_event WHERE action = 'UPDATE'"
                        + " AND actor = ? AND target_id = ?")
                .param(sys)
                .param(user)
                .query(String.class)
                .single())
        .isEqualTo("false");
    mvc.perform(formLogin("/login").user(user).password(PASSWORD))
        .andExpect(redirectedUrl("/login?error=disabled"));

    // Enabled again, the account can sign in.
    mvc.perform(
            post("/admin/accounts/" + user + "/enable")
                .with(csrf())
                .with(as(sys, Role.SYSTEM_ADMIN)))
        .andExpect(status().is3xxRedirection());
    login(user, PASSWORD);
  }

  @Test
  void passwordResetShowsANewPasswordThatMustBeChanged() throws Exception {
    String sys = account(Role.SYSTEM_ADMIN);
    String user = account(Role.TOWN_STAFF);
    MvcResult result =
        mvc.perform(
                post("/admin/accounts/" + user + "/password")
                    .with(csrf())
                    .with(as(sys, Role.SYSTEM_ADMIN)))
            .andExpect(status().isOk())
            .andReturn();
    String password = (String) result.getModelAndView().getModel().get("password");
    assertThat(password).isNotEqualTo(PASSWORD);
    mvc.perform(formLogin("/login").user(user).password(PASSWORD))
        .andExpect(redirectedUrl("/login?error=bad"));
    mvc.perform(formLogin("/login").user(user).password(password))
        .andExpect(redirectedUrl("/account/password"));
    assertThat(auditRows(sys, "PASSWORD_CHANGE", user)).isEqualTo(1);
  }

  @Test
  void unlockClearsTheLockout() throws Exception {
    String sec = account(Role.SECURITY_ADMIN);
    String user = account(Role.TOWN_STAFF);
    for (int i = 0; i < 5; i++) {
      mvc.perform(formLogin("/login").user(user).password("wrong-" + i));
    }
    assertThat(row(user).get("locked_until")).isNotNull();
    mvc.perform(get("/admin/rights").with(as(sec, Role.SECURITY_ADMIN)).param("q", user))
        .andExpect(status().isOk());

    mvc.perform(
            post("/admin/rights/" + user + "/unlock")
                .with(csrf())
                .with(as(sec, Role.SECURITY_ADMIN)))
        .andExpect(redirectedUrl("/admin/rights/" + user + "?done=unlocked"));
    assertThat(row(user).get("locked_until")).isNull();
    assertThat(auditRows(sec, "UPDATE", user)).isEqualTo(1);
    login(user, PASSWORD);
  }

  @Test
  void resettingTheSecondFactorMakesTheOwnerEnrolAgain() throws Exception {
    String sec = account(Role.SECURITY_ADMIN);
    String admin = account(Role.AUDIT_ADMIN);
    jdbc.sql(
            "UPDATE identity_account SET totp_secret = 'JBSWY3DPEHPK3PXP', totp_confirmed = TRUE"
                + " WHERE username = ?")
        .param(admin)
        .update();
    mvc.perform(formLogin("/login").user(admin).password(PASSWORD))
        .andExpect(redirectedUrl("/mfa"));

    mvc.perform(
            post("/admin/rights/" + admin + "/mfa-reset")
                .with(csrf())
                .with(as(sec, Role.SECURITY_ADMIN)))
        .andExpect(status().is3xxRedirection());
    assertThat(row(admin))
        .containsEntry("totp_secret", null)
        .containsEntry("totp_confirmed", false);
    mvc.perform(formLogin("/login").user(admin).password(PASSWORD))
        .andExpect(redirectedUrl("/mfa/enrol"));
  }

  @Test
  void nobodyChangesTheirOwnAccountOrRights() throws Exception {
    String sec = account(Role.SECURITY_ADMIN);
    MvcResult result =
        mvc.perform(
                post("/admin/rights/" + sec)
                    .with(csrf())
                    .with(as(sec, Role.SECURITY_ADMIN))
                    .param("role", "DISTRICT_LEADER"))
            .andExpect(status().isConflict())
            .andReturn();
    assertThat(errors(result)).hasSize(1);
    assertThat(row(sec).get("role")).isEqualTo("SECURITY_ADMIN");
    assertThat(auditRows(sec, "PERMISSION_CHANGE", sec)).isZero();

    String sys = account(Role.SYSTEM_ADMIN);
    mvc.perform(
            post("/admin/accounts/" + sys + "/disable")
                .with(csrf())
                .with(as(sys, Role.SYSTEM_ADMIN)))
        .andExpect(status().isConflict());
    assertThat(row(sys).get("enabled")).isEqualTo(true);
  }

  @Test
  void invalidInputIsReportedAndChangesNothing() throws Exception {
    String sys = account(Role.SYSTEM_ADMIN);
    record Case(String username, String role, String[] extra, String expected) {}
    List<Case> cases =
        List.of(
            new Case(
                newUsername(), "TOWN_STAFF", new String[] {"townCodes", "330109999"}, "330109999"),
            new Case(newUsername(), "TOWN_STAFF", new String[] {}, null),
            new Case(
                newUsername(), "DEPARTMENT_STAFF", new String[] {"department", "POLICE"}, null),
            new Case(
                newUsername(),
                "ENTERPRISE_USER",
                new String[] {"enterpriseUscc", "91330109MA00000000"},
                null),
            new Case("bad name!", "DISTRICT_LEADER", new String[] {}, null),
            new Case(newUsername(), "NO_SUCH_ROLE", new String[] {}, null));
    for (Case c : cases) {
      MvcResult result =
          mvc.perform(
                  createRequest(c.username(), c.role(), c.extra()).with(as(sys, Role.SYSTEM_ADMIN)))
              .andExpect(status().isBadRequest())
              .andExpect(view().name("identity/admin/account-form"))
              .andReturn();
      assertThat(errors(result)).as(c.username() + " " + c.role()).isNotEmpty();
      if (c.expected() != null) {
        assertThat(errors(result)).anySatisfy(e -> assertThat(e).contains(c.expected()));
      }
      // The form keeps what was entered.
      assertThat(result.getResponse().getContentAsString()).contains(c.username());
      assertThat(exists(c.username())).isFalse();
    }

    // The security admin's form validates the same way and leaves the account as it was.
    String sec = account(Role.SECURITY_ADMIN);
    String target = account(Role.TOWN_STAFF);
    mvc.perform(
            post("/admin/rights/" + target)
                .with(csrf())
                .with(as(sec, Role.SECURITY_ADMIN))
                .param("role", "TOWN_STAFF")
                .param("townCodes", CHENGXIANG, "330109999"))
        .andExpect(status().isBadRequest());
    assertThat(row(target).get("towns")).isEqualTo(CHENGXIANG);
    assertThat(auditRows(sec, "PERMISSION_CHANGE", target)).isZero();
  }

  @Test
  void enterpriseUsersAreBoundToARegisteredEnterprise() throws Exception {
    Assumptions.assumeTrue(
        knownEnterprises.getIfAvailable() != null,
        "needs the enterprise module's KnownEnterprises implementation");
    String uscc = newUscc();
    enterprises.registerAll(
        List.of(
            new EnterpriseDraft(
                uscc,
                "账户测试企业" + uscc.substring(8, 16),
                null,
                null,
                "C2822",
                false,
                CHENGXIANG,
                null,
                null,
                null,
                CoordinateSystem.WGS84,
                null,
                null,
                null,
                false)),
        "test");
    String sys = account(Role.SYSTEM_ADMIN);
    String username = newUsername();
    mvc.perform(
            createRequest(username, "ENTERPRISE_USER", "enterpriseUscc", uscc.toLowerCase())
                .with(as(sys, Role.SYSTEM_ADMIN)))
        .andExpect(status().isOk());
    assertThat(row(username)).containsEntry("enterprise_uscc", uscc);
  }
}
