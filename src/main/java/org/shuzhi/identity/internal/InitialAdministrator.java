package org.shuzhi.identity.internal;

import java.util.Set;
import org.shuzhi.identity.NewAccount;
import org.shuzhi.identity.Role;
import org.shuzhi.platform.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * No default password anywhere (ASVS 6.3.2, 等保 8.1.4.2 b): on a database without a system
 * administrator, creates {@code admin} with a random password that must be changed at first login,
 * shows it once in the log and writes it to {@code <dataDir>/initial-admin-password} (mode 600).
 */
@Component
@Order(0)
class InitialAdministrator implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);
  static final String USERNAME = "admin";

  private final AccountRepository accounts;
  private final AccountService service;
  private final DataDirectory dataDirectory;

  InitialAdministrator(
      AccountRepository accounts, AccountService service, DataDirectory dataDirectory) {
    this.accounts = accounts;
    this.service = service;
    this.dataDirectory = dataDirectory;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (accounts.anyWithRole(Role.SYSTEM_ADMIN)) {
      return;
    }
    String password = service.generatePassword();
    service.open(
        new NewAccount(
            USERNAME,
            "系统管理员",
            Role.SYSTEM_ADMIN,
            null,
            Set.of(),
            null,
            password,
            true,
            false,
            false));
    var file = dataDirectory.writeSecret("initial-admin-password", password + "\n");
    log.warn(
        "\n\n  Initial system administrator created: user '{}', password '{}'\n"
            + "  (also in {}; change it at first login, then delete the file)\n",
        USERNAME,
        password,
        file);
  }
}
