package org.shuzhi.efficiency.internal;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.identity.Role;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** POST /api/v1/efficiency/simulate with the request and response shapes. */
class SimulationIntegrationTest extends IntegrationTest {

  /** The worked example of ScoringEngineTest (hand-computed there). */
  private static final String REQUEST =
      """
      {"method":{"groups":[{"group":"ABOVE_SCALE_INDUSTRY",
        "indicators":[{"code":"TAX_PER_MU","weight":60,"cap":90},
                      {"code":"ADDED_VALUE_PER_EMISSION","weight":40}],
        "classification":{"mode":"SHARE","a":25,"b":25,"d":25}},
        {"group":"BELOW_SCALE_SMALL","scored":false}]},
       "enterprises":[
        {"uscc":"E1","group":"ABOVE_SCALE_INDUSTRY","landAreaMu":10,"tax":40,"addedValue":100,
         "energyTce":5,"emission":2,"employees":10,"rdSpending":1,"revenue":300},
        {"uscc":"E2","group":"ABOVE_SCALE_INDUSTRY","landAreaMu":20,"tax":20,"addedValue":100,
         "energyTce":5,"emission":5,"employees":10,"rdSpending":1,"revenue":300},
        {"uscc":"E3","group":"ABOVE_SCALE_INDUSTRY","landAreaMu":10,"tax":0,"addedValue":50,
         "energyTce":5,"employees":10,"rdSpending":1,"revenue":300},
        {"uscc":"E4","group":"ABOVE_SCALE_INDUSTRY","landAreaMu":10,"tax":20,"addedValue":60,
         "energyTce":5,"emission":3,"employees":10,"rdSpending":1,"revenue":300},
        {"uscc":"S1","group":"BELOW_SCALE_SMALL","landAreaMu":2,"tax":1,"electricityKwh":10000}]}
      """;

  @Test
  void scoresRanksAndClassifiesAsTheWorkedExample() throws Exception {
    mvc.perform(simulate(REQUEST).with(economyStaff()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.results[0].uscc").value("E1"))
        .andExpect(jsonPath("$.results[0].items[0].code").value("TAX_PER_MU"))
        .andExpect(jsonPath("$.results[0].items[0].value").value(closeTo(4.0, 1e-9)))
        .andExpect(jsonPath("$.results[0].items[0].benchmark").value(closeTo(1.6, 1e-9)))
        .andExpect(jsonPath("$.results[0].items[0].score").value(closeTo(90.0, 1e-9)))
        .andExpect(jsonPath("$.results[0].total").value(closeTo(90 + 1000.0 / 13, 1e-9)))
        .andExpect(jsonPath("$.results[0].rank").value(1))
        .andExpect(jsonPath("$.results[0].efficiencyClass").value("A"))
        .andExpect(jsonPath("$.results[2].items[1].value").value(nullValue()))
        .andExpect(jsonPath("$.results[2].items[1].score").value(closeTo(600.0 / 13, 1e-9)))
        .andExpect(jsonPath("$.results[2].efficiencyClass").value("D"))
        .andExpect(jsonPath("$.results[3].efficiencyClass").value("B"))
        .andExpect(jsonPath("$.results[1].efficiencyClass").value("C"))
        .andExpect(jsonPath("$.results[4].total").value(nullValue()))
        .andExpect(jsonPath("$.results[4].efficiencyClass").value(nullValue()));
  }

  @Test
  void weightsNotAddingUpAreRefusedInTheUsersLanguage() throws Exception {
    String bad = REQUEST.replace("\"weight\":40", "\"weight\":30");
    mvc.perform(simulate(bad).with(economyStaff()).header("Accept-Language", "en"))
        .andExpect(status().isBadRequest())
        .andExpect(content("the weights add up to 90, they must add up to 100"));
    mvc.perform(simulate(bad).with(economyStaff()).header("Accept-Language", "zh-CN"))
        .andExpect(status().isBadRequest())
        .andExpect(content("指标权重合计为 90，必须等于 100"));
  }

  @Test
  void sharesOver100AndNegativeLandAreRefused() throws Exception {
    String bad =
        REQUEST
            .replace("\"a\":25,\"b\":25,\"d\":25", "\"a\":50,\"b\":40,\"d\":20")
            .replace("\"landAreaMu\":20", "\"landAreaMu\":-20");
    mvc.perform(simulate(bad).with(economyStaff()).header("Accept-Language", "en"))
        .andExpect(status().isBadRequest())
        .andExpect(content("shares add up to 110 %"));
    String negative = REQUEST.replace("\"landAreaMu\":20", "\"landAreaMu\":-20");
    mvc.perform(simulate(negative).with(economyStaff()).header("Accept-Language", "en"))
        .andExpect(status().isBadRequest())
        .andExpect(content("E2: the value must not be negative"));
  }

  @Test
  void onlyTheBureauAndLeadersMaySimulate() throws Exception {
    String town = account(Role.TOWN_STAFF);
    mvc.perform(simulate(REQUEST).with(user(town).roles(Role.TOWN_STAFF.name())))
        .andExpect(status().isForbidden());
    String leader = account(Role.DISTRICT_LEADER);
    mvc.perform(simulate(REQUEST).with(user(leader).roles(Role.DISTRICT_LEADER.name())))
        .andExpect(status().isOk());
  }

  private org.springframework.test.web.servlet.request.RequestPostProcessor economyStaff() {
    return user(departmentAccount("ECONOMY")).roles(Role.DEPARTMENT_STAFF.name());
  }

  private static MockHttpServletRequestBuilder simulate(String body) {
    return post("/api/v1/efficiency/simulate")
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }

  private static org.springframework.test.web.servlet.ResultMatcher content(String part) {
    return org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
        .string(containsString(part));
  }
}
