package org.shuzhi.command.internal.resources;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.command.CommandRegistration;
import org.shuzhi.command.DutyDraft;
import org.shuzhi.command.DutyRole;
import org.shuzhi.command.DutyShift;
import org.springframework.beans.factory.annotation.Autowired;

/** The roster page opens at today's entries; an emptied "from" field shows the past too. */
class DutyRosterStartsTodayIntegrationTest extends IntegrationTest {

  @Autowired CommandRegistration registration;

  @Test
  void theRosterStartsToday() throws Exception {
    StringBuilder code = new StringBuilder("T");
    for (int i = 0; i < 12; i++) {
      code.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
    }
    String department = code.toString();
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    String past = "昨日值班-" + UUID.randomUUID().toString().substring(0, 6);
    String now = "今日值班-" + UUID.randomUUID().toString().substring(0, 6);
    registration.registerDuty(
        new DutyDraft(
            department,
            null,
            today.minusDays(1),
            DutyShift.DAY,
            DutyRole.OFFICER,
            past,
            "13800138000",
            false),
        "test-loader");
    registration.registerDuty(
        new DutyDraft(
            department, null, today, DutyShift.DAY, DutyRole.OFFICER, now, "13800138000", false),
        "test-loader");
    var emergency = user(departmentAccount("EMERGENCY")).roles("DEPARTMENT_STAFF");

    mvc.perform(get("/command/duty").param("department", department).with(emergency))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(now)))
        .andExpect(content().string(not(containsString(past))))
        .andExpect(content().string(containsString("value=\"" + today + "\"")));
    mvc.perform(
            get("/command/duty").param("department", department).param("from", "").with(emergency))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(past)))
        .andExpect(content().string(containsString(now)));
  }
}
