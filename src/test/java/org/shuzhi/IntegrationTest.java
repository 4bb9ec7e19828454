package org.shuzhi;

import java.util.Set;
import java.util.UUID;
import org.shuzhi.identity.Accounts;
import org.shuzhi.identity.NewAccount;
import org.shuzhi.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the integration tests: one shared Spring context on its own embedded PostgreSQL (or the
 * external one in SHUZHI_DB_URL), so the suite boots the platform once. Tests create their own data
 * with unique names and never assume an empty database.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class IntegrationTest {

  public static final String PASSWORD = "Test-Passw0rd!";
  public static final String CHENGXIANG = "330109001";
  public static final String BEIGAN = "330109002";

  @Autowired protected MockMvc mvc;
  @Autowired protected Accounts accounts;

  /** A fresh account of the role; town staff get 城厢街道. */
  protected String account(Role role) {
    return account(role, role == Role.TOWN_STAFF ? Set.of(CHENGXIANG) : Set.of(), null, false);
  }

  /** A department-staff account of the named department (e.g. EMERGENCY). */
  protected String departmentAccount(String department) {
    String username = "department-staff-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.open(
        new NewAccount(
            username,
            "测试 " + department,
            Role.DEPARTMENT_STAFF,
            department,
            Set.of(),
            null,
            PASSWORD,
            false,
            false,
            false));
    return username;
  }

  protected String account(Role role, Set<String> towns, String uscc, boolean plaintext) {
    String username =
        role.name().toLowerCase().replace('_', '-')
            + "-"
            + UUID.randomUUID().toString().substring(0, 8);
    accounts.open(
        new NewAccount(
            username,
            "测试 " + role,
            role,
            role == Role.DEPARTMENT_STAFF ? "ECONOMY" : null,
            towns,
            uscc,
            PASSWORD,
            false,
            plaintext,
            false));
    return username;
  }
}
