package org.shuzhi.area.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.shuzhi.area.AreaAdministration;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.AreaInputException;
import org.shuzhi.area.Grid;
import org.shuzhi.area.Town;
import org.shuzhi.area.TownBoundariesReplaced;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Seeding, the REST API and the admin upload against the real schema (embedded PostgreSQL). */
@SpringBootTest
@RecordApplicationEvents
class AreaIntegrationTest {

  @Autowired WebApplicationContext context;
  @Autowired AreaDirectory directory;
  @Autowired AreaAdministration administration;
  @Autowired AreaSeeder seeder;
  @Autowired AreaRepository repository;
  @Autowired GeoJsonCodec codec;
  @Autowired ApplicationEvents events;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
  MockMvc mvc;

  /**
   * Built by hand: Boot 4 only wires Spring Security into {@code @AutoConfigureMockMvc} with
   * spring-boot-security-test, which the build does not have.
   */
  @BeforeEach
  void mockMvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  @Test
  void seedsTheTwentyTwoTownsWithApproximateBoundariesOnceOnly() throws Exception {
    assertThat(directory.towns()).hasSize(22).allMatch(t -> t.code().matches("330109\\d{3}"));
    assertThat(directory.town("330109001")).map(Town::name).contains("城厢街道");
    assertThat(directory.town("330109001000")).map(Town::code).contains("330109001");
    assertThat(directory.town("330109401")).isEmpty();
    for (Town town : directory.towns()) {
      assertThat(directory.townBoundary(town.code()).isEmpty()).as(town.name()).isFalse();
    }
    List<TownRow> before = repository.towns();

    seeder.run(null);

    assertThat(repository.towns())
        .extracting(TownRow::boundaryGeoJson)
        .containsExactlyElementsOf(before.stream().map(TownRow::boundaryGeoJson).toList());
    assertThat(directory.towns()).hasSize(22);
  }

  @Test
  @WithMockUser(username = "staff", roles = "TOWN_STAFF")
  void restApiListsTownsAndOutlines() throws Exception {
    mvc.perform(get("/api/v1/areas/towns"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(22))
        .andExpect(jsonPath("$[?(@.code == '330109108')].name").value("衙前镇"))
        .andExpect(jsonPath("$[?(@.code == '330109108')].kind").value("TOWN"));
    mvc.perform(get("/api/v1/areas/towns.geojson"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
        .andExpect(jsonPath("$.type").value("FeatureCollection"))
        .andExpect(jsonPath("$.features.length()").value(22))
        .andExpect(jsonPath("$.features[0].properties.code").exists())
        .andExpect(jsonPath("$.features[0].properties.name").exists())
        .andExpect(jsonPath("$.features[0].properties.kind").exists())
        .andExpect(jsonPath("$.features[0].properties.approximate").isBoolean());
    mvc.perform(get("/api/v1/areas/district.geojson"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.features[0].properties.code").value("330109"))
        .andExpect(jsonPath("$.features[0].geometry.type").value("MultiPolygon"));
  }

  @Test
  @WithMockUser(username = "staff", roles = "DEPARTMENT_STAFF")
  void lookupFindsTownAndGridOrNothingAndRejectsBadCoordinates() throws Exception {
    Town shushan = directory.town("330109003").orElseThrow();
    mvc.perform(
            get("/api/v1/areas/lookup")
                .param("lon", "" + shushan.labelLon())
                .param("lat", "" + shushan.labelLat()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.town.code").value("330109003"))
        .andExpect(jsonPath("$.town.name").value("蜀山街道"))
        .andExpect(jsonPath("$.insideDistrict").value(true));
    mvc.perform(get("/api/v1/areas/lookup").param("lon", "120.49").param("lat", "30.08"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.town").isEmpty())
        .andExpect(jsonPath("$.grid").isEmpty())
        .andExpect(jsonPath("$.insideDistrict").value(false));
    mvc.perform(
            get("/api/v1/areas/lookup")
                .param("lon", "13390000")
                .param("lat", "3340000")
                .header("Accept-Language", "en"))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("out of range")));
    mvc.perform(
            get("/api/v1/areas/lookup")
                .param("lon", "200")
                .param("lat", "30")
                .header("Accept-Language", "zh-CN"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("超出范围")));
  }

  @Test
  @WithMockUser(username = "staff", roles = "TOWN_STAFF")
  void gridsAreCreatedFoundByPointAndWorkerAndServedAsGeoJson() throws Exception {
    Town louta = directory.town("330109100").orElseThrow();
    Geometry townCell = directory.townBoundary(louta.code());
    Geometry square =
        codec
            .factory()
            .toGeometry(
                new org.locationtech.jts.geom.Envelope(
                    townCell.getInteriorPoint().getX() - 0.002,
                        townCell.getInteriorPoint().getX() + 0.002,
                    townCell.getInteriorPoint().getY() - 0.002,
                        townCell.getInteriorPoint().getY() + 0.002));
    long community = administration.createCommunity(louta.code(), "楼塔村", null, null);
    Grid grid =
        administration.createGrid(
            louta.code(), community, "LT-001", "楼塔一网格", codec.writeText(square), Set.of("wang"));

    double x = square.getCentroid().getX();
    double y = square.getCentroid().getY();
    assertThat(directory.gridAt(x, y)).map(Grid::id).contains(grid.id());
    assertThat(directory.grid(grid.id())).map(Grid::workers).contains(Set.of("wang"));
    assertThat(directory.gridsOfWorker("wang")).extracting(Grid::code).containsExactly("LT-001");

    administration.assignGridWorkers(grid.id(), Set.of("li.na"));
    assertThat(directory.gridsOfWorker("wang")).isEmpty();
    assertThat(directory.gridsOfWorker("li.na")).extracting(Grid::id).containsExactly(grid.id());
    // Assigning grid workers changes data scope: audited with before and after.
    assertThat(
            jdbc.sql(
                    "SELECT before_state::text || after_state::text FROM audit_event"
                        + " WHERE action = 'PERMISSION_CHANGE' AND target_type = 'grid'"
                        + " AND target_id = ?")
                .param(String.valueOf(grid.id()))
                .query(String.class)
                .single())
        .contains("wang")
        .contains("li.na");

    assertThatThrownBy(
            () ->
                administration.createGrid(
                    louta.code(), null, "LT-001", "重复", codec.writeText(square), Set.of()))
        .isInstanceOf(AreaInputException.class)
        .extracting(e -> ((AreaInputException) e).messageKey())
        .isEqualTo("area.input.duplicateGrid");
    assertThatThrownBy(
            () ->
                administration.createGrid(
                    "330109001", community, "CX-1", "错镇", codec.writeText(square), Set.of()))
        .extracting(e -> ((AreaInputException) e).messageKey())
        .isEqualTo("area.input.communityNotInTown");

    mvc.perform(get("/api/v1/areas/lookup").param("lon", "" + x).param("lat", "" + y))
        .andExpect(jsonPath("$.grid.code").value("LT-001"))
        .andExpect(jsonPath("$.town.code").value(louta.code()));
    mvc.perform(get("/api/v1/areas/towns/{code}/grids.geojson", louta.code12()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.features.length()").value(1))
        .andExpect(jsonPath("$.features[0].properties.code").value("LT-001"));
    mvc.perform(get("/api/v1/areas/towns/{code}/grids.geojson", "330109999"))
        .andExpect(status().isNotFound());
  }

  @Test
  @WithMockUser(username = "staff", roles = "TOWN_STAFF")
  void adminPageAndUploadAreForbiddenToOtherRoles() throws Exception {
    mvc.perform(get("/admin/areas")).andExpect(status().isForbidden());
    mvc.perform(
            multipart("/admin/areas/boundaries").file(upload(goodFile("330109104"))).with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(directory.town("330109104")).map(Town::approximateBoundary).contains(true);
  }

  @Test
  @WithMockUser(username = "sysadmin", roles = "SYSTEM_ADMIN")
  void adminUploadReplacesOnlyTheListedTownsAndRejectsBadFilesWithoutChanges() throws Exception {
    mvc.perform(get("/admin/areas").header("Accept-Language", "zh-CN"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("城厢街道")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("近似")));

    String jinhua = "330109104"; // 进化镇
    String badName = goodFile(jinhua).replace("进化镇", "临浦镇");
    List<TownRow> before = repository.towns();
    mvc.perform(
            multipart("/admin/areas/boundaries")
                .file(upload(badName))
                .with(csrf())
                .header("Accept-Language", "zh-CN"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("未做任何替换")))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString("名称“临浦镇”与代码 330109104000 不符，该代码对应“进化镇”")));
    assertThat(repository.towns()).isEqualTo(before);

    mvc.perform(
            multipart("/admin/areas/boundaries")
                .file(upload("{\"type\":\"Feature\"}"))
                .with(csrf())
                .param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(org.hamcrest.Matchers.containsString("not a GeoJSON FeatureCollection")));
    assertThat(repository.towns()).isEqualTo(before);
    assertThat(events.stream(TownBoundariesReplaced.class)).isEmpty();

    mvc.perform(
            multipart("/admin/areas/boundaries")
                .file(upload(goodFile(jinhua)))
                .with(csrf())
                .param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString("Replaced the boundaries of 1 towns")));

    TownRow replaced =
        repository.towns().stream()
            .filter(r -> r.town().code().equals(jinhua))
            .findFirst()
            .orElseThrow();
    assertThat(replaced.boundarySource()).isEqualTo(BoundarySource.IMPORTED);
    assertThat(replaced.updatedBy()).isEqualTo("sysadmin");
    assertThat(directory.town(jinhua)).map(Town::approximateBoundary).contains(false);
    assertThat(
            repository.towns().stream().filter(r -> r.boundarySource() == BoundarySource.IMPORTED))
        .hasSize(1);
    assertThat(events.stream(TownBoundariesReplaced.class))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.townCodes()).containsExactly(jinhua);
              assertThat(e.actor()).isEqualTo("sysadmin");
            });
    // Lookup follows the new (smaller) boundary: the cell's corner that was cut off is no longer
    // 进化镇.
    Geometry uploaded = directory.townBoundary(jinhua);
    var p = uploaded.getInteriorPoint();
    assertThat(directory.townAt(p.getX(), p.getY())).map(Town::code).contains(jinhua);
  }

  /** A one-town file: the town's current cell shrunk by ~100 m. */
  private String goodFile(String code) {
    Town town = directory.town(code).orElseThrow();
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("code", town.code12());
    properties.put("name", town.name());
    Geometry shrunk = directory.townBoundary(code).buffer(-0.001);
    return codec.featureCollection(List.of(codec.feature(codec.writeText(shrunk), properties)));
  }

  private static MockMultipartFile upload(String text) {
    return new MockMultipartFile(
        "file", "towns.geojson", "application/geo+json", text.getBytes(StandardCharsets.UTF_8));
  }
}
