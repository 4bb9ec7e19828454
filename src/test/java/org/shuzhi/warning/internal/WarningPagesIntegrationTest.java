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
import org.shuzhi.identity.Role;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The pages: list filters, form with a refused area, detail with the CAP preview, public pages. */
class WarningPagesIntegrationTest extends IntegrationTest {

  static final String SQUARE =
      "[{\"description\":\"城厢\",\"polygon\":[[120.245,30.165],[120.251,30.165],"
          + "[120.251,30.17],[120.245,30.17],[120.245,30.165]]}]";

  String perform(MockHttpServletRequestBuilder request, int expected) throws Exception {
    return mvc.perform(request)
        .andExpect(status().is(expected))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  long apiDraft(String staff, String headline) throws Exception {
    String json =
        perform(
            post("/api/v1/warnings")
                .contentType(MediaType.APPLICATION_JSON)
                .content(draft(headline, polygon(true), "[]"))
                .with(as(staff, Role.DEPARTMENT_STAFF)),
            201);
    Matcher m = WarningApiIntegrationTest.ID.matcher(json);
    assertThat(m.find()).isTrue();
    return Long.parseLong(m.group(1));
  }

  @Test
  void formRefusesAnOpenPolygonAndSavesADraftWhosePreviewIsCap() throws Exception {
    String staff = departmentAccount("EMERGENCY");
    String headline = unique("页面预警");
    assertThat(perform(get("/warnings/new").with(as(staff, Role.DEPARTMENT_STAFF)), 200))
        .contains("id=\"warning-map\"", "name=\"areasJson\"");
    String town = account(Role.TOWN_STAFF);
    perform(get("/warnings/new").with(as(town, Role.TOWN_STAFF)), 200);
    perform(get("/warnings/new").with(as(account(Role.GRID_WORKER), Role.GRID_WORKER)), 403);
    String open = SQUARE.replace(",[120.245,30.165]]", "]");
    String page =
        perform(
            post("/warnings/new")
                .param("eventType", "FLOOD")
                .param("colour", "YELLOW")
                .param("headline", headline)
                .param("description", "钱塘江水位上涨")
                .param("senderDepartment", "EMERGENCY")
                .param("areasJson", open)
                .with(as(staff, Role.DEPARTMENT_STAFF))
                .with(csrf()),
            200);
    assertThat(page).contains("多边形未闭合").contains(headline);
    assertThat(perform(get("/warnings?status=DRAFT").with(as(staff, Role.DEPARTMENT_STAFF)), 200))
        .doesNotContain(headline);

    String location =
        mvc.perform(
                post("/warnings/new")
                    .param("eventType", "FLOOD")
                    .param("colour", "YELLOW")
                    .param("headline", headline)
                    .param("description", "钱塘江水位上涨")
                    .param("senderDepartment", "EMERGENCY")
                    .param("expires", "2099-01-01T08:00")
                    .param("areasJson", SQUARE)
                    .with(as(staff, Role.DEPARTMENT_STAFF))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).matches("/warnings/\\d+");
    String detail = perform(get(location).with(as(staff, Role.DEPARTMENT_STAFF)), 200);
    assertThat(detail)
        .contains("&lt;status&gt;Draft&lt;/status&gt;")
        .contains("2099-01-01T08:00:00+08:00");
    assertThat(
            perform(
                get("/warnings?status=DRAFT&colour=YELLOW&town=" + CHENGXIANG)
                    .with(as(staff, Role.DEPARTMENT_STAFF)),
                200))
        .contains(headline);
    assertThat(perform(get("/warnings?colour=RED").with(as(staff, Role.DEPARTMENT_STAFF)), 200))
        .doesNotContain(headline);
    perform(get("/warnings?colour=PURPLE").with(as(staff, Role.DEPARTMENT_STAFF)), 400);

    // Publish from the detail page; it then shows the Alert and is on the public pages.
    perform(post(location + "/publish").with(as(staff, Role.DEPARTMENT_STAFF)).with(csrf()), 302);
    assertThat(perform(get(location).with(as(staff, Role.DEPARTMENT_STAFF)), 200))
        .contains("&lt;msgType&gt;Alert&lt;/msgType&gt;");
    long id = Long.parseLong(location.substring("/warnings/".length()));
    assertThat(perform(get(location + "/edit").with(as(staff, Role.DEPARTMENT_STAFF)), 200))
        .contains(headline, "CAP Update");
    assertThat(perform(get("/public/warnings"), 200)).contains(headline);
    assertThat(perform(get("/public/warnings/" + id), 200)).contains(headline);
    assertThat(perform(get("/map/layers/warnings").with(as(staff, Role.DEPARTMENT_STAFF)), 200))
        .contains(headline);
  }

  @Test
  void draftsAreNotOnThePublicPages() throws Exception {
    String staff = departmentAccount("EMERGENCY");
    String headline = unique("未发布草稿");
    long id = apiDraft(staff, headline);
    assertThat(perform(get("/public/warnings"), 200)).doesNotContain(headline);
    perform(get("/public/warnings/" + id), 404);
    perform(get("/public/warnings/district.geojson"), 200);
    // A grid worker does not see drafts either.
    String grid = account(Role.GRID_WORKER);
    assertThat(perform(get("/warnings").with(as(grid, Role.GRID_WORKER)), 200))
        .doesNotContain(headline);
    perform(get("/warnings/" + id).with(as(grid, Role.GRID_WORKER)), 404);
  }
}
