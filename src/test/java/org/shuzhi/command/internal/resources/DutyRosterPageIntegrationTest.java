package org.shuzhi.command.internal.resources;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The duty roster page names a department's unit in the reader's language, not by its code. */
class DutyRosterPageIntegrationTest extends IntegrationTest {

  private RequestPostProcessor emergency() {
    return user(departmentAccount("EMERGENCY")).roles("DEPARTMENT_STAFF");
  }

  @Test
  void departmentUnitIsShownByItsName() throws Exception {
    LocalDate day = LocalDate.of(2090, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
    String person = "值班员-" + UUID.randomUUID().toString().substring(0, 6);
    mvc.perform(
            post("/api/v1/command/duty")
                .with(emergency())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"department":"EMERGENCY","date":"%s","shift":"DAY","role":"OFFICER",
                     "personName":"%s","phone":"13800138000"}"""
                        .formatted(day, person)))
        .andExpect(status().isCreated());

    var roster =
        get("/command/duty")
            .param("department", "EMERGENCY")
            .param("from", day.toString())
            .param("to", day.toString());
    mvc.perform(roster.with(emergency()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(person)))
        .andExpect(content().string(containsString("<td>应急管理局</td>")))
        .andExpect(content().string(not(containsString("<td>EMERGENCY</td>"))))
        .andExpect(content().string(not(containsString("??"))));
    mvc.perform(roster.param("lang", "en").with(emergency()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<td>Emergency Management Bureau</td>")))
        .andExpect(content().string(not(containsString("??"))));
  }
}
