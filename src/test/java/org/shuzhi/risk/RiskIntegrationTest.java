package org.shuzhi.risk;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.concurrent.ThreadLocalRandom;
import org.shuzhi.IntegrationTest;
import org.shuzhi.identity.Role;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Fixtures shared by the risk module's integration tests: who acts, and fresh identifiers that the
 * shared database does not hold yet.
 */
public abstract class RiskIntegrationTest extends IntegrationTest {

  /** Signs the request in as the account with the role. */
  protected static RequestPostProcessor as(String username, Role role) {
    return user(username).roles(role.name());
  }

  /** Emergency-bureau staff: the department that maintains risk records district-wide. */
  protected String emergencyStaff() {
    return departmentAccount("EMERGENCY");
  }

  /** A fresh CAS number with a valid check digit (CAS "Check Digit Verification"). */
  protected static String newCas() {
    String digits = String.valueOf(1_000_000 + ThreadLocalRandom.current().nextInt(8_000_000));
    int sum = 0;
    for (int i = digits.length() - 1, w = 1; i >= 0; i--, w++) {
      sum += (digits.charAt(i) - '0') * w;
    }
    return digits.substring(0, 5) + "-" + digits.substring(5, 7) + "-" + (sum % 10);
  }
}
