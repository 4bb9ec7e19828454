package org.shuzhi.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuzhi.core.TestUsccs.newUscc;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;
import org.shuzhi.IntegrationTest;
import org.shuzhi.area.AreaAdministration;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Grid;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseDraft;
import org.shuzhi.identity.Role;
import org.shuzhi.risk.MajorHazardRegistry;
import org.shuzhi.risk.MajorHazardSiteDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Enterprises, major-hazard sites, grids and checklist lookups for the inspection tests. */
abstract class InspectionTestSupport extends IntegrationTest {

  static final double CX_LON = 120.2484;
  static final double CX_LAT = 30.1673;
  static final double BG_LON = 120.2613;
  static final double BG_LAT = 30.1921;

  /** 靖江街道: no other test draws grids there. */
  static final String JINGJIANG = "330109005";

  @Autowired protected JdbcClient jdbc;
  @Autowired protected EnterpriseDirectory enterprises;
  @Autowired protected MajorHazardRegistry majorHazards;
  @Autowired protected AreaDirectory areas;
  @Autowired protected AreaAdministration areaAdministration;

  static RequestPostProcessor as(String username, Role role) {
    return user(username).roles(role.name());
  }

  String enterprise(String town, Double lon, Double lat) {
    String uscc = newUscc();
    enterprises.registerAll(
        List.of(
            new EnterpriseDraft(
                uscc,
                "接口测试企业" + uscc.substring(10),
                "王五",
                "13812345678",
                "C2822",
                true,
                town,
                "测试路5号",
                lon,
                lat,
                CoordinateSystem.WGS84,
                null,
                null,
                30,
                false)),
        "test");
    return uscc;
  }

  /** A chlorine store: population 200 → R 160, level 一 (tier 1, monthly); 0 → R 40, level 三. */
  void chlorineSite(String uscc, int population) {
    majorHazards.register(
        List.of(
            new MajorHazardSiteDraft(
                uscc,
                "液氯储罐区",
                population,
                List.of(
                    new MajorHazardSiteDraft.Unit(
                        "储罐",
                        "STORAGE",
                        List.of(
                            new MajorHazardSiteDraft.Substance(
                                "7782-50-5", new BigDecimal("100"), null)))))),
        "test",
        false);
  }

  List<Long> itemIds(String checklist) {
    return jdbc.sql(
            "SELECT id FROM inspection_checklist_item WHERE checklist_code = ? ORDER BY position")
        .param(checklist)
        .query(Long.class)
        .list();
  }

  boolean itemMajor(long id) {
    return jdbc.sql("SELECT major FROM inspection_checklist_item WHERE id = ?")
        .param(id)
        .query(Boolean.class)
        .single();
  }

  int inspectionsOf(String uscc) {
    return jdbc.sql("SELECT count(*) FROM inspection WHERE enterprise_uscc = ?")
        .param(uscc)
        .query(Integer.class)
        .single();
  }

  /** Draws a ~200 m square grid in 靖江街道, {@code slot} steps of 300 m east; returns it. */
  Grid grid(int slot) {
    Coordinate c = areas.townBoundary(JINGJIANG).buffer(-0.01).getInteriorPoint().getCoordinate();
    double x = c.x + slot * 0.003;
    double y = c.y;
    String code = "INSP-" + UUID.randomUUID().toString().substring(0, 8);
    String ring =
        String.format(
            Locale.ROOT,
            "[[%1$.6f,%3$.6f],[%2$.6f,%3$.6f],[%2$.6f,%4$.6f],[%1$.6f,%4$.6f],[%1$.6f,%3$.6f]]",
            x - 0.001,
            x + 0.001,
            y - 0.001,
            y + 0.001);
    String geoJson =
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
            + "{\"code\":\""
            + code
            + "\",\"name\":\"检查测试网格\",\"town\":\""
            + JINGJIANG
            + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":["
            + ring
            + "]}}]}";
    var result = areaAdministration.importGrids(geoJson, false);
    assertThat(result.problems()).isEmpty();
    Grid grid = areas.gridAt(x, y).orElseThrow();
    assertThat(grid.code()).isEqualTo(code);
    return grid;
  }

  /** The centre of {@link #grid(int)}'s square of the same slot. */
  double[] centreOf(int slot) {
    Coordinate c = areas.townBoundary(JINGJIANG).buffer(-0.01).getInteriorPoint().getCoordinate();
    return new double[] {c.x + slot * 0.003, c.y};
  }
}
