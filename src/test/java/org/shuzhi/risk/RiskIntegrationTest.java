package org.shuzhi.risk;

import static org.shuzhi.core.TestUsccs.newUscc;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.shuzhi.IntegrationTest;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseDraft;
import org.shuzhi.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Fixtures shared by the risk module's integration tests: who acts, and fresh identifiers that the
 * shared database does not hold yet.
 */
public abstract class RiskIntegrationTest extends IntegrationTest {

  @Autowired private EnterpriseDirectory enterpriseDirectory;

  /** Signs the request in as the account with the role. */
  protected static RequestPostProcessor as(String username, Role role) {
    return user(username).roles(role.name());
  }

  /**
   * A registered chemical enterprise (C2614) in 城厢 or 北干, at the town's label point: the holder of
   * the major-hazard sites these tests create.
   */
  protected String chemicalEnterprise(String town) {
    String uscc = newUscc();
    boolean chengxiang = town.equals(CHENGXIANG);
    enterpriseDirectory.registerAll(
        List.of(
            new EnterpriseDraft(
                uscc,
                "危化测试企业" + uscc.substring(10),
                null,
                null,
                "C2614",
                true,
                town,
                null,
                chengxiang ? 120.2484 : 120.2613,
                chengxiang ? 30.1673 : 30.1921,
                CoordinateSystem.WGS84,
                null,
                null,
                null,
                false)),
        "test");
    return uscc;
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
