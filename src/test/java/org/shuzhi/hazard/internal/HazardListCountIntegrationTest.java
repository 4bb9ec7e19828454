package org.shuzhi.hazard.internal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.shuzhi.core.TestUsccs.newUscc;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseDraft;
import org.shuzhi.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The list page counts matches only up to {@link HazardPageController#LIST_COUNT_LIMIT} and then
 * says "more than", while paging on; small lists and the API keep the exact count.
 */
class HazardListCountIntegrationTest extends IntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired EnterpriseDirectory enterprises;

  /** An enterprise with {@code n} closed hazards (closed: no escalation or safety code touches). */
  String enterpriseWithClosedHazards(int n) {
    String uscc = newUscc();
    enterprises.registerAll(
        List.of(
            new EnterpriseDraft(
                uscc,
                "计数测试企业" + uscc.substring(10),
                "李四",
                "13812345678",
                "C2822",
                true,
                CHENGXIANG,
                "测试路3号",
                120.2484,
                30.1673,
                CoordinateSystem.WGS84,
                null,
                null,
                50,
                false)),
        "test");
    jdbc.sql(
            """
            INSERT INTO hazard (enterprise_uscc, enterprise_name, title, town_code, source, grade,
              state, found_by, found_at, closed_at, updated_at)
            SELECT :uscc, '计数测试企业', '计数隐患 ' || g, :town, 'SELF_CHECK', 'GENERAL',
              'CLOSED', 'test', now(), now(), now()
            FROM generate_series(1, :n) AS g""")
        .param("uscc", uscc)
        .param("town", CHENGXIANG)
        .param("n", n)
        .update();
    return uscc;
  }

  @Test
  void beyondTheLimitThePageSaysMoreThanAndStillPages() throws Exception {
    String uscc = enterpriseWithClosedHazards((int) HazardPageController.LIST_COUNT_LIMIT + 1);
    var owner =
        HazardIntegrationTest.as(
            account(Role.ENTERPRISE_USER, Set.of(), uscc, false), Role.ENTERPRISE_USER);
    mvc.perform(get("/hazards").with(owner))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("超过 10,000 条隐患")))
        .andExpect(content().string(containsString("第 1 / 500+ 页")))
        .andExpect(content().string(containsString("page=1\"")));
    mvc.perform(get("/hazards").param("lang", "en").with(owner))
        .andExpect(content().string(containsString("More than 10,000 hazards")))
        .andExpect(content().string(containsString("Page 1 of 500+")));
    // The 10,001st hazard is on page 501, the last: the pager says so and offers no next page.
    mvc.perform(get("/hazards").param("page", "500").with(owner))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("计数隐患 1<")))
        .andExpect(content().string(containsString("第 501 / 501+ 页")))
        .andExpect(content().string(not(containsString("page=501\""))));
    // The API's total stays exact.
    mvc.perform(get("/api/v1/hazards").with(owner))
        .andExpect(jsonPath("$.total").value(HazardPageController.LIST_COUNT_LIMIT + 1));
  }

  @Test
  void belowTheLimitTheCountIsExact() throws Exception {
    String uscc = enterpriseWithClosedHazards(21);
    var owner =
        HazardIntegrationTest.as(
            account(Role.ENTERPRISE_USER, Set.of(), uscc, false), Role.ENTERPRISE_USER);
    mvc.perform(get("/hazards").with(owner))
        .andExpect(content().string(containsString("共 21 条隐患")))
        .andExpect(content().string(containsString("第 1 / 2 页")))
        .andExpect(content().string(containsString("page=1\"")));
    mvc.perform(get("/hazards").param("page", "1").with(owner))
        .andExpect(content().string(containsString("第 2 / 2 页")))
        .andExpect(content().string(not(containsString("page=2\""))))
        .andExpect(content().string(containsString("page=0\"")));
  }
}
