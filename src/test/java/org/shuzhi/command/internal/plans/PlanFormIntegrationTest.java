package org.shuzhi.command.internal.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The plan editor: create and edit a structured plan, refusals shown back, rights enforced. */
class PlanFormIntegrationTest extends IntegrationTest {

  @Autowired JdbcClient jdbc;

  RequestPostProcessor emergency() {
    return user(departmentAccount("EMERGENCY")).roles("DEPARTMENT_STAFF");
  }

  /** Levels Ⅰ and Ⅲ in use: Ⅰ from {@code severe} deaths, Ⅲ from {@code mild} deaths or orange. */
  MockHttpServletRequestBuilder plan(String path, String name, String severe, String mild) {
    return post(path)
        .with(csrf())
        .param("type", "TRAFFIC_ACCIDENT")
        .param("name", name)
        .param("levels[0].level", "LEVEL_I")
        .param("levels[0].used", "true")
        .param("levels[0].deaths", severe)
        .param("levels[0].tasks", "EMERGENCY：启动区应急指挥部\nTOWN：组织疏散")
        .param("levels[0].teamKinds", "FIRE", "MEDICAL")
        .param("levels[1].level", "LEVEL_II")
        .param("levels[2].level", "LEVEL_III")
        .param("levels[2].used", "true")
        .param("levels[2].deaths", mild)
        .param("levels[2].colour", "ORANGE")
        .param("levels[2].tasks", "TRAFFIC: 交通管制")
        .param("levels[3].level", "LEVEL_IV");
  }

  String body(long id) {
    return jdbc.sql("SELECT body::text FROM command_plan WHERE id = ?")
        .param(id)
        .query(String.class)
        .single();
  }

  @Test
  void aPlanIsWrittenAndEditedInTheEditor() throws Exception {
    mvc.perform(get("/command/plans/new").with(emergency()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("levels[3].teamKinds")));
    String name = "道路交通事故应急预案-" + UUID.randomUUID().toString().substring(0, 6);
    // Out of order (Ⅰ must need more deaths than Ⅲ) and a supply line without quantity: refused.
    mvc.perform(
            plan("/command/plans", name, "1", "3")
                .param("levels[2].supplies", "TENT-12")
                .with(emergency()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Ⅲ级响应的物资行“TENT-12”应为“物资编码 数量”")))
        .andExpect(content().string(containsString("启动区应急指挥部")));
    mvc.perform(plan("/command/plans", name, "1", "3").with(emergency()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("条件必须严于Ⅲ级响应")));
    assertThat(
            jdbc.sql("SELECT count(*) FROM command_plan WHERE name = ?")
                .param(name)
                .query(Long.class)
                .single())
        .isZero();

    String redirect =
        mvc.perform(plan("/command/plans", name, "10", "1").with(emergency()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long id = Long.parseLong(redirect.substring(redirect.lastIndexOf('/') + 1));
    assertThat(body(id))
        .contains("启动区应急指挥部", "交通管制", "ORANGE", "MEDICAL")
        .doesNotContain("\"LEVEL_II\"");
    mvc.perform(get("/command/plans/" + id + "/edit").with(emergency()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("EMERGENCY：启动区应急指挥部")));
    int version =
        jdbc.sql("SELECT version FROM command_plan WHERE id = ?")
            .param(id)
            .query(Integer.class)
            .single();
    mvc.perform(
            plan("/command/plans/" + id, name, "10", "3")
                .param("version", String.valueOf(version))
                .with(emergency()))
        .andExpect(status().is3xxRedirection());
    assertThat(body(id)).contains("\"threshold\": 3");
    // A second plan for the same type is refused.
    mvc.perform(plan("/command/plans", name + "2", "10", "1").with(emergency()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("已有预案")));

    // Only emergency staff write plans.
    var town = user(account(Role.TOWN_STAFF)).roles("TOWN_STAFF");
    mvc.perform(get("/command/plans").with(town))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("/command/plans/new"))));
    mvc.perform(get("/command/plans/new").with(town)).andExpect(status().isForbidden());
    mvc.perform(get("/command/plans/" + id + "/edit").with(town)).andExpect(status().isForbidden());
    mvc.perform(
            plan("/command/plans/" + id, name, "20", "5")
                .param("version", String.valueOf(version + 1))
                .with(town))
        .andExpect(status().isForbidden());
    assertThat(body(id)).contains("\"threshold\": 3").doesNotContain("\"threshold\": 20");
  }
}
