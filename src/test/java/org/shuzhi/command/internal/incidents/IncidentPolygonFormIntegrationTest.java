package org.shuzhi.command.internal.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.area.AreaDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The incident form's polygon (drawn on the map, sent as a JSON ring): stored as a GeoJSON polygon
 * like an API-created one; an open, malformed, self-crossing or out-of-district ring is refused
 * with a clear message and no incident is created.
 */
class IncidentPolygonFormIntegrationTest extends IntegrationTest {

  @Autowired AreaDirectory areas;
  @Autowired JdbcClient jdbc;

  private RequestPostProcessor emergency() {
    return user(departmentAccount("EMERGENCY")).roles("DEPARTMENT_STAFF");
  }

  private double[] point() {
    var t = areas.town(CHENGXIANG).orElseThrow();
    return new double[] {t.labelLon(), t.labelLat()};
  }

  private String ring(double[] p, double d, boolean closed) {
    String ring =
        String.format(
            Locale.ROOT,
            "[[%f,%f],[%f,%f],[%f,%f],[%f,%f]%s]",
            p[0],
            p[1],
            p[0] + d,
            p[1],
            p[0] + d,
            p[1] + d,
            p[0],
            p[1] + d,
            closed ? String.format(Locale.ROOT, ",[%f,%f]", p[0], p[1]) : "");
    return ring;
  }

  private org.springframework.test.web.servlet.ResultActions submit(String title, String polygon)
      throws Exception {
    double[] p = point();
    return mvc.perform(
        post("/command/incidents")
            .with(emergency())
            .with(csrf())
            .param("type", "FLOOD")
            .param("title", title)
            .param("lon", String.valueOf(p[0]))
            .param("lat", String.valueOf(p[1]))
            .param("level", "LEVEL_IV")
            .param("radiusM", "300")
            .param("polygon", polygon));
  }

  private long incidents(String title) {
    return jdbc.sql("SELECT count(*) FROM command_incident WHERE title = ?")
        .param(title)
        .query(Long.class)
        .single();
  }

  @Test
  void aPolygonDrawnOnTheFormIsStoredAsTheAffectedArea() throws Exception {
    String title = "积水范围-" + UUID.randomUUID().toString().substring(0, 8);
    submit(title, ring(point(), 0.002, true)).andExpect(status().is3xxRedirection());
    var stored =
        jdbc.sql(
                "SELECT area_kind, area_radius_m, area_geojson FROM command_incident WHERE title = ?")
            .param(title)
            .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2), rs.getString(3)})
            .single();
    assertThat(stored[0]).isEqualTo("POLYGON");
    assertThat(stored[1]).isNull();
    assertThat((String) stored[2]).startsWith("{").contains("\"Polygon\"");
  }

  @Test
  void badPolygonsAreRefusedWithAClearMessageAndNothingIsCreated() throws Exception {
    double[] p = point();
    String title = "坏范围-" + UUID.randomUUID().toString().substring(0, 8);
    submit(title, ring(p, 0.002, false))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("首尾坐标点必须相同")));
    submit(title, "[[1,2],oops")
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("格式不正确")));
    submit(title, ring(new double[] {116.39, 39.9}, 0.002, true))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("不在本区范围内")));
    String bowtie =
        String.format(
            Locale.ROOT,
            "[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]",
            p[0],
            p[1],
            p[0] + 0.002,
            p[1] + 0.002,
            p[0] + 0.002,
            p[1],
            p[0],
            p[1] + 0.002,
            p[0],
            p[1]);
    submit(title, bowtie)
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("自相交")));
    assertThat(incidents(title)).isZero();
  }

  @Test
  void theFormOffersPolygonDrawing() throws Exception {
    mvc.perform(get("/command/incidents/new").with(emergency()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-incident-map")))
        .andExpect(content().string(containsString("incident-area.js")))
        .andExpect(content().string(containsString("name=\"polygon\"")));
  }
}
