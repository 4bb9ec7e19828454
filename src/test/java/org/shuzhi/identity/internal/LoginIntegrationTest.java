package org.shuzhi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.identity.OpaqueTokens;
import org.shuzhi.identity.Role;
import org.shuzhi.platform.DataDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;

class LoginIntegrationTest extends IntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired DataDirectory dataDirectory;

  private long auditRows(String actor, String action) {
    return jdbc.sql("SELECT count(*) FROM audit_event WHERE actor = ? AND action = ?")
        .param(actor)
        .param(action)
        .query(Long.class)
        .single();
  }

  @Test
  void loginWithTheRightPasswordStartsANewSessionAndIsAudited() throws Exception {
    String user = account(Role.DISTRICT_LEADER);
    MockHttpSession before = new MockHttpSession();
    String oldId = before.getId();
    var result =
        mvc.perform(formLogin("/login").user(user).password(PASSWORD))
            .andExpect(authenticated().withUsername(user))
            .andExpect(redirectedUrl("/"))
            .andReturn();
    assertThat(result.getRequest().getSession().getId()).isNotEqualTo(oldId);
    assertThat(auditRows(user, "LOGIN_SUCCESS")).isEqualTo(1);
  }

  @Test
  void fiveFailuresLockTheAccountAndEvenTheRightPasswordIsThenRefused() throws Exception {
    String user = account(Role.TOWN_STAFF);
    for (int i = 0; i < 5; i++) {
      mvc.perform(formLogin("/login").user(user).password("wrong-" + i))
          .andExpect(unauthenticated())
          .andExpect(redirectedUrl("/login?error=bad"));
    }
    mvc.perform(formLogin("/login").user(user).password(PASSWORD))
        .andExpect(unauthenticated())
        .andExpect(redirectedUrl("/login?error=locked"));
    Instant lockedUntil =
        jdbc.sql("SELECT locked_until FROM identity_account WHERE username = ?")
            .param(user)
            .query(java.sql.Timestamp.class)
            .single()
            .toInstant();
    assertThat(lockedUntil)
        .isBetween(Instant.now().plusSeconds(14 * 60), Instant.now().plusSeconds(16 * 60));
    assertThat(auditRows(user, "LOGIN_FAILURE")).isEqualTo(6);
    assertThat(auditRows(user, "LOCKOUT")).isEqualTo(1);
  }

  @Test
  void aSuccessfulLoginResetsTheFailureCount() throws Exception {
    String user = account(Role.TOWN_STAFF);
    for (int i = 0; i < 4; i++) {
      mvc.perform(formLogin("/login").user(user).password("wrong"));
    }
    mvc.perform(formLogin("/login").user(user).password(PASSWORD)).andExpect(authenticated());
    mvc.perform(formLogin("/login").user(user).password("wrong"));
    mvc.perform(formLogin("/login").user(user).password(PASSWORD)).andExpect(authenticated());
  }

  @Test
  void formsWithoutCsrfTokenAreRejected() throws Exception {
    String user = account(Role.TOWN_STAFF);
    mvc.perform(post("/login").param("username", user).param("password", PASSWORD))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/enterprises")
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user(user)
                        .roles("TOWN_STAFF"))
                .param("name", "x"))
        .andExpect(status().isForbidden());
    // An htmx request carries the token in a header, which passes the check.
    mvc.perform(
            post("/enterprises")
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user(user)
                        .roles("TOWN_STAFF"))
                .with(csrf().asHeader())
                .param("name", "x"))
        .andExpect(status().isOk());
  }

  @Test
  void pagesNeedALoginButHealthIsPublic() throws Exception {
    mvc.perform(get("/enterprises")).andExpect(status().is3xxRedirection());
    mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    mvc.perform(get("/api/v1/enterprises")).andExpect(status().isUnauthorized());
    mvc.perform(get("/v3/api-docs")).andExpect(status().is3xxRedirection());
  }

  @Test
  void adminRolesMustEnrolASecondFactorBeforeAnythingElse() throws Exception {
    String admin = account(Role.AUDIT_ADMIN);
    var login =
        mvc.perform(formLogin("/login").user(admin).password(PASSWORD))
            .andExpect(redirectedUrl("/mfa/enrol"))
            .andReturn();
    // Sessions live in PostgreSQL (Spring Session): the SESSION cookie carries the login.
    Cookie session = login.getResponse().getCookie("SESSION");
    assertThat(session).isNotNull();
    mvc.perform(get("/audit").cookie(session)).andExpect(redirectedUrl("/mfa/enrol"));
    mvc.perform(get("/mfa/enrol").cookie(session)).andExpect(status().isOk());
    String secret =
        jdbc.sql("SELECT totp_secret FROM identity_account WHERE username = ?")
            .param(admin)
            .query(String.class)
            .single();
    Totp totp = new Totp();
    String code = totp.code(secret, Instant.now().getEpochSecond() / 30);
    mvc.perform(post("/mfa/enrol").cookie(session).with(csrf()).param("code", "000000"))
        .andExpect(status().isOk()); // shown again with an error
    mvc.perform(post("/mfa/enrol").cookie(session).with(csrf()).param("code", code))
        .andExpect(redirectedUrl("/"));
    mvc.perform(get("/audit").cookie(session)).andExpect(status().isOk());
    // The same code cannot be used twice (replay).
    assertThat(
            mvc.perform(post("/mfa").cookie(session).with(csrf()).param("code", code))
                .andReturn()
                .getModelAndView()
                .getModel())
        .containsKey("error");
    assertThat(auditRows(admin, "MFA_ENROLMENT")).isEqualTo(1);
  }

  @Test
  void tokenApiGivesABearerTokenWithTheAccountsRights() throws Exception {
    String user = account(Role.DISTRICT_LEADER);
    String body =
        mvc.perform(
                post("/api/v1/auth/token")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.token").isNotEmpty())
            .andExpect(jsonPath("$.expiresAt").isNotEmpty())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String token = body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    mvc.perform(get("/api/v1/enterprises").header("Authorization", "Bearer " + token))
        .andExpect(status().isOk());
    // Only a hash is stored.
    assertThat(
            jdbc.sql("SELECT count(*) FROM identity_token WHERE token_hash = ?")
                .param(token)
                .query(Long.class)
                .single())
        .isZero();
    // Leaders read; they do not write.
    mvc.perform(
            post("/api/v1/enterprises")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isForbidden());
  }

  @Test
  void forgedAndExpiredTokensAreRefused() throws Exception {
    mvc.perform(get("/api/v1/enterprises").header("Authorization", "Bearer forged-token"))
        .andExpect(status().isUnauthorized())
        .andExpect(
            header()
                .string("WWW-Authenticate", org.hamcrest.Matchers.containsString("invalid_token")));
    String user = account(Role.DISTRICT_LEADER);
    jdbc.sql(
            "INSERT INTO identity_token (token_hash, kind, username, expires_at)"
                + " VALUES (?, 'USER', ?, now() - interval '1 minute')")
        .param(OpaqueTokens.hash("expired-token"))
        .param(user)
        .update();
    mvc.perform(get("/api/v1/enterprises").header("Authorization", "Bearer expired-token"))
        .andExpect(status().isUnauthorized());
    mvc.perform(
            post("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + user + "\",\"password\":\"nope\"}"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void adminTokensNeedTheTotpCode() throws Exception {
    String admin = account(Role.SYSTEM_ADMIN);
    mvc.perform(
            post("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + admin + "\",\"password\":\"" + PASSWORD + "\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("totp"));
  }

  @Test
  void theInitialAdministratorPasswordIsRandomAndReadableByTheOwnerOnly() throws Exception {
    var file = dataDirectory.root().resolve("initial-admin-password");
    // Against a shared external database another test context may have created the admin first.
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(file), "admin created elsewhere");
    assertThat(Files.getPosixFilePermissions(file))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    String password = Files.readString(file).trim();
    assertThat(password).hasSizeGreaterThanOrEqualTo(16);
    mvc.perform(formLogin("/login").user("admin").password(password))
        .andExpect(authenticated())
        .andExpect(redirectedUrl("/mfa/enrol"));
  }
}
