package org.shuzhi.warning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuzhi.warning.internal.WarningApiIntegrationTest.as;
import static org.shuzhi.warning.internal.WarningApiIntegrationTest.draft;
import static org.shuzhi.warning.internal.WarningApiIntegrationTest.polygon;
import static org.shuzhi.warning.internal.WarningApiIntegrationTest.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The warning pages name the towns concerned. (A SpEL map index by a loop variable, {@code
 * townNames[c]}, looks up the literal key "c", so the pages showed the GB/T 2260 codes.)
 */
class WarningTownNamesIntegrationTest extends IntegrationTest {

  @Autowired AreaDirectory areas;

  private String page(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void pagesShowTownNamesNotCodes() throws Exception {
    String staff = departmentAccount("EMERGENCY");
    String headline = unique("镇街名称");
    String json =
        mvc.perform(
                post("/api/v1/warnings")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(draft(headline, polygon(true), "[\"" + CHENGXIANG + "\"]"))
                    .with(as(staff, Role.DEPARTMENT_STAFF)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    Matcher m = WarningApiIntegrationTest.ID.matcher(json);
    assertThat(m.find()).isTrue();
    long id = Long.parseLong(m.group(1));
    mvc.perform(
            post("/warnings/" + id + "/publish")
                .with(as(staff, Role.DEPARTMENT_STAFF))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());

    String name = areas.town(CHENGXIANG).orElseThrow().name();
    String asText = "<span>" + name + "</span>";
    String asCode = "<span>" + CHENGXIANG + "</span>";
    for (String html :
        new String[] {
          page(get("/warnings/" + id).with(as(staff, Role.DEPARTMENT_STAFF))),
          page(get("/warnings").param("town", CHENGXIANG).with(as(staff, Role.DEPARTMENT_STAFF))),
          page(get("/public/warnings")),
          page(get("/public/warnings/" + id))
        }) {
      assertThat(html).contains(headline, asText).doesNotContain(asCode);
    }
  }
}
