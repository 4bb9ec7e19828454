package org.shuzhi.area.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.shuzhi.core.TestUsccs.newUscc;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.shuzhi.IntegrationTest;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Grid;
import org.shuzhi.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.node.ObjectNode;

/**
 * Grid administration through the API and the page: import, worker assignment, deletion, rights and
 * audit. Each test works in a town of its own, so their grids never overlap.
 */
class GridAdministrationIntegrationTest extends IntegrationTest {

  private static final String HESHANG = "330109101"; // 河上镇
  private static final String DAICUN = "330109102"; // 戴村镇
  private static final String PUYANG = "330109103"; // 浦阳镇
  private static final String YIQIAO = "330109106"; // 义桥镇
  private static final String SUOQIAN = "330109107"; // 所前镇
  private static final String DANGWAN = "330109120"; // 党湾镇

  @Autowired AreaDirectory directory;
  @Autowired GeoJsonCodec codec;
  @Autowired JdbcClient jdbc;

  private final String run = UUID.randomUUID().toString().substring(0, 6);

  private RequestPostProcessor as(Role role) {
    return user(account(role)).roles(role.name());
  }

  @Test
  void enterprisesFollowTheirGridWhenGridsAreImportedOrDeleted(
      @Autowired org.shuzhi.enterprise.EnterpriseDirectory enterprises) throws Exception {
    String jinhua = "330109104"; // 进化镇: no other test draws grids there
    var centre = square(jinhua, 0).getCentroid(); // inside the grid importOne draws
    String uscc = newUscc();
    enterprises.registerAll(
        List.of(
            new org.shuzhi.enterprise.EnterpriseDraft(
                uscc,
                "网格跟随" + run,
                null,
                null,
                "C3670",
                false,
                null,
                null,
                centre.getX(),
                centre.getY(),
                null,
                null,
                null,
                null,
                false)),
        "test");
    java.util.function.Supplier<Long> gridOfEnterprise =
        () ->
            jdbc.sql("SELECT grid_id FROM enterprise WHERE uscc = ?")
                .param(uscc)
                .query((rs, n) -> (Long) rs.getObject(1))
                .optional()
                .orElse(null);
    assertThat(gridOfEnterprise.get()).isNull();

    long gridId = importOne(jinhua, "JH-" + run);
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(10))
        .until(() -> Long.valueOf(gridId).equals(gridOfEnterprise.get()));

    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                    "/api/v1/areas/grids/{id}", gridId)
                .with(as(Role.SYSTEM_ADMIN)))
        .andExpect(status().isNoContent());
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(10))
        .until(() -> gridOfEnterprise.get() == null);
  }

  @Test
  void importCreatesGridsAndCommunitiesAndAssignsWorkers() throws Exception {
    String community = "河上村" + run;
    String one = "HS-" + run + "-1";
    String two = "HS-" + run + "-2";
    String worker = "grid." + run;
    String text =
        collection(
            grid(
                one,
                "河上一网格",
                "河上镇",
                square(HESHANG, 0),
                "community",
                community,
                "workers",
                List.of(worker)),
            grid(
                two,
                "河上二网格",
                HESHANG + "000",
                square(HESHANG, 1),
                "community",
                community,
                "workers",
                "other." + run + ", third." + run));

    mvc.perform(
            multipart("/api/v1/areas/grids/import").file(file(text)).with(as(Role.SYSTEM_ADMIN)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created.length()").value(2))
        .andExpect(jsonPath("$.created[0]").value(one))
        .andExpect(jsonPath("$.updated.length()").value(0))
        .andExpect(jsonPath("$.createdCommunities[0]").value(community));

    var centre = square(HESHANG, 0).getCentroid();
    Grid found = directory.gridAt(centre.getX(), centre.getY()).orElseThrow();
    assertThat(found.code()).isEqualTo(one);
    assertThat(found.townCode()).isEqualTo(HESHANG);
    assertThat(found.workers()).containsExactly(worker);
    assertThat(directory.gridsOfWorker(worker)).extracting(Grid::code).containsExactly(one);
    assertThat(directory.gridsOfWorker("third." + run)).extracting(Grid::code).containsExactly(two);
    assertThat(directory.communities(HESHANG))
        .filteredOn(c -> c.name().equals(community))
        .singleElement()
        .satisfies(c -> assertThat(found.communityId()).isEqualTo(c.id()));
    mvc.perform(get("/api/v1/areas/towns/{code}/communities", HESHANG).with(as(Role.TOWN_STAFF)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].name", hasItem(community)));
    assertThat(auditRows("CREATE", found.id())).isEqualTo(1);
  }

  @Test
  void aFileWithBadFeaturesIsRefusedFeatureByFeatureAndChangesNothing() throws Exception {
    Geometry metres =
        AffineTransformation.scaleInstance(111_000, 111_000)
            .translate(-13_000_000, 0)
            .transform(square(DAICUN, 3));
    String text =
        collection(
            grid("DC-" + run + "-1", "好网格", DAICUN, square(DAICUN, 0), "community", "戴村新村" + run),
            grid("DC-" + run + "-2", "在河上的网格", DAICUN, square(HESHANG, 4)),
            grid("DC-" + run + "-3", "未知镇街", "不存在镇", square(DAICUN, 1)),
            grid("DC-" + run + "-1", "重复代码", DAICUN, square(DAICUN, 2)),
            grid("DC-" + run + "-5", "投影坐标", DAICUN, metres));

    mvc.perform(
            multipart("/api/v1/areas/grids/import")
                .file(file(text))
                .header("Accept-Language", "en")
                .with(as(Role.SYSTEM_ADMIN)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value(containsString("4 problems")))
        .andExpect(jsonPath("$.problems.length()").value(4))
        .andExpect(jsonPath("$.problems[0].feature").value(2))
        .andExpect(jsonPath("$.problems[0].message").value(containsString("outside")))
        .andExpect(jsonPath("$.problems[0].message").value(containsString("戴村镇")))
        .andExpect(jsonPath("$.problems[1].feature").value(3))
        .andExpect(jsonPath("$.problems[1].message").value(containsString("不存在镇")))
        .andExpect(jsonPath("$.problems[2].feature").value(4))
        .andExpect(jsonPath("$.problems[2].message").value(containsString("more than once")))
        .andExpect(jsonPath("$.problems[3].feature").value(5))
        .andExpect(jsonPath("$.problems[3].message").value(containsString("projected")));

    mvc.perform(
            multipart("/admin/grids/import")
                .file(file(text))
                .param("town", DAICUN)
                .with(csrf())
                .with(as(Role.SYSTEM_ADMIN)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("文件有 4 处问题，未做任何更改")))
        .andExpect(content().string(containsString("第 4 个要素（DC-" + run + "-1 重复代码）")))
        .andExpect(content().string(containsString("网格超出戴村镇的")));

    assertThat(directory.gridsOfTown(DAICUN)).isEmpty();
    assertThat(directory.communities(DAICUN)).noneMatch(c -> c.name().equals("戴村新村" + run));
    assertThat(
            jdbc.sql("SELECT count(*) FROM area_grid WHERE code LIKE ?")
                .param("DC-" + run + "%")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void replaceUpdatesExistingGridsAndOnlyWhenAsked() throws Exception {
    String code = "PY-" + run;
    var admin = as(Role.SYSTEM_ADMIN);
    mvc.perform(
            multipart("/api/v1/areas/grids/import")
                .file(
                    file(
                        collection(
                            grid(
                                code,
                                "旧名",
                                PUYANG,
                                square(PUYANG, 0),
                                "workers",
                                List.of("keep." + run)))))
                .with(admin))
        .andExpect(status().isOk());
    long id = directory.gridsOfWorker("keep." + run).get(0).id();
    String changed = collection(grid(code, "新名", "浦阳镇", square(PUYANG, 2)));

    mvc.perform(multipart("/api/v1/areas/grids/import").file(file(changed)).with(admin))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].message").value(containsString("已有代码为 " + code)));
    assertThat(directory.grid(id)).map(Grid::name).contains("旧名");

    mvc.perform(
            multipart("/api/v1/areas/grids/import")
                .file(file(changed))
                .param("replace", "true")
                .with(admin))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created.length()").value(0))
        .andExpect(jsonPath("$.updated[0]").value(code));

    Grid updated = directory.grid(id).orElseThrow();
    assertThat(updated.name()).isEqualTo("新名");
    // The file said nothing about workers: the grid keeps them.
    assertThat(updated.workers()).containsExactly("keep." + run);
    var newCentre = square(PUYANG, 2).getCentroid();
    var oldCentre = square(PUYANG, 0).getCentroid();
    assertThat(directory.gridAt(newCentre.getX(), newCentre.getY())).map(Grid::id).contains(id);
    assertThat(directory.gridAt(oldCentre.getX(), oldCentre.getY())).isEmpty();
    assertThat(auditRows("UPDATE", id)).isEqualTo(1);
  }

  @Test
  void workerAssignmentIsAuditedAndAGridIsDeletedOnlyWithoutWorkers() throws Exception {
    String code = "YQ-" + run;
    var admin = as(Role.SYSTEM_ADMIN);
    mvc.perform(
            multipart("/api/v1/areas/grids/import")
                .file(file(collection(grid(code, "义桥网格", YIQIAO, square(YIQIAO, 0)))))
                .with(admin))
        .andExpect(status().isOk());
    long id =
        directory.gridsOfTown(YIQIAO).stream()
            .filter(g -> g.code().equals(code))
            .findFirst()
            .orElseThrow()
            .id();
    String worker = "zhang.san." + run;

    mvc.perform(
            put("/api/v1/areas/grids/{id}/workers", id)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"workers\":[\" " + worker + " \"]}")
                .with(admin))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.workers[0]").value(worker));
    assertThat(directory.gridsOfWorker(worker)).extracting(Grid::id).containsExactly(id);
    assertThat(
            jdbc.sql(
                    "SELECT after_state::text FROM audit_event WHERE action = 'PERMISSION_CHANGE'"
                        + " AND target_type = 'grid' AND target_id = ?")
                .param(String.valueOf(id))
                .query(String.class)
                .single())
        .contains(worker);

    mvc.perform(
            put("/api/v1/areas/grids/{id}/workers", id)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"workers\":[\"张三\"]}")
                .header("Accept-Language", "zh-CN")
                .with(admin))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("“张三”不是有效的用户名")));

    mvc.perform(delete("/api/v1/areas/grids/{id}", id).header("Accept-Language", "en").with(admin))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("Grid " + code + " still has 1")));
    assertThat(directory.grid(id)).isPresent();

    mvc.perform(
            put("/api/v1/areas/grids/{id}/workers", id)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"workers\":[]}")
                .with(admin))
        .andExpect(status().isOk());
    mvc.perform(delete("/api/v1/areas/grids/{id}", id).with(admin))
        .andExpect(status().isNoContent());
    assertThat(directory.grid(id)).isEmpty();
    assertThat(directory.gridsOfWorker(worker)).isEmpty();
    assertThat(auditRows("DELETE", id)).isEqualTo(1);
    mvc.perform(delete("/api/v1/areas/grids/{id}", id).with(admin))
        .andExpect(status().isNotFound());
  }

  @Test
  void otherRolesMayNotAdministerGrids() throws Exception {
    long gridId = importOne(SUOQIAN, "SQ-" + run);
    for (Role role : List.of(Role.TOWN_STAFF, Role.AUDIT_ADMIN)) {
      var who = as(role);
      mvc.perform(get("/admin/grids").with(who)).andExpect(status().isForbidden());
      mvc.perform(
              multipart("/admin/grids/import")
                  .file(file(collection(grid("X-" + run, "越权", SUOQIAN, square(SUOQIAN, 1)))))
                  .with(csrf())
                  .with(who))
          .andExpect(status().isForbidden());
      mvc.perform(
              post("/admin/grids/{id}/workers", gridId)
                  .param("town", SUOQIAN)
                  .param("workers", "intruder")
                  .with(csrf())
                  .with(who))
          .andExpect(status().isForbidden());
      mvc.perform(
              multipart("/api/v1/areas/grids/import")
                  .file(file(collection(grid("X-" + run, "越权", SUOQIAN, square(SUOQIAN, 1)))))
                  .with(who))
          .andExpect(status().isForbidden());
      mvc.perform(
              put("/api/v1/areas/grids/{id}/workers", gridId)
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"workers\":[\"intruder\"]}")
                  .with(who))
          .andExpect(status().isForbidden());
      mvc.perform(delete("/api/v1/areas/grids/{id}", gridId).with(who))
          .andExpect(status().isForbidden());
      mvc.perform(
              post("/api/v1/areas/towns/{code}/communities", SUOQIAN)
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"name\":\"越权村\"}")
                  .with(who))
          .andExpect(status().isForbidden());
    }
    assertThat(directory.grid(gridId)).map(Grid::workers).contains(Set.of());
    assertThat(directory.gridsOfTown(SUOQIAN)).extracting(Grid::code).doesNotContain("X-" + run);
    assertThat(directory.communities(SUOQIAN)).noneMatch(c -> c.name().equals("越权村"));
  }

  @Test
  void thePageRendersInChineseAndEnglishAndItsFormsWork() throws Exception {
    long gridId = importOne(DANGWAN, "DW-" + run);
    var admin = as(Role.SYSTEM_ADMIN);
    mvc.perform(get("/admin/grids").param("town", DANGWAN).with(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("村社与网格")))
        .andExpect(content().string(containsString("党湾镇的网格")))
        .andExpect(content().string(containsString("DW-" + run)))
        .andExpect(content().string(containsString("/area/grids.js")))
        .andExpect(content().string(not(containsString("<script>"))));
    mvc.perform(get("/admin/grids").param("town", DANGWAN).param("lang", "en").with(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Communities and grids")))
        .andExpect(content().string(containsString("Grids of 党湾镇")))
        .andExpect(content().string(containsString("Area (km²)")));
    mvc.perform(get("/admin/grids/map.geojson").param("town", DANGWAN).with(admin))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.features[0].properties.kind").value("town"))
        .andExpect(jsonPath("$.features[*].properties.code", hasItem("DW-" + run)));

    String community = "党湾社区" + run;
    mvc.perform(
            post("/admin/grids/communities")
                .param("town", DANGWAN)
                .param("name", community)
                .with(csrf())
                .with(admin))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/admin/grids?town=" + DANGWAN));
    assertThat(directory.communities(DANGWAN)).anyMatch(c -> c.name().equals(community));
    mvc.perform(
            post("/admin/grids/communities")
                .param("town", DANGWAN)
                .param("name", community)
                .param("lang", "en")
                .with(csrf())
                .with(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("already has a community")));

    mvc.perform(
            post("/admin/grids/{id}/workers", gridId)
                .param("town", DANGWAN)
                .param("workers", "wang.dw" + run + "，li.dw" + run)
                .with(csrf())
                .with(admin))
        .andExpect(status().is3xxRedirection());
    assertThat(directory.grid(gridId).orElseThrow().workers())
        .containsExactlyInAnyOrder("wang.dw" + run, "li.dw" + run);
    mvc.perform(
            post("/admin/grids/{id}/delete", gridId)
                .param("town", DANGWAN)
                .with(csrf())
                .with(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("还有 2 名网格员")));
    assertThat(directory.grid(gridId)).isPresent();
  }

  private long importOne(String town, String code) throws Exception {
    mvc.perform(
            multipart("/api/v1/areas/grids/import")
                .file(file(collection(grid(code, code + " 网格", town, square(town, 0)))))
                .with(as(Role.SYSTEM_ADMIN)))
        .andExpect(status().isOk());
    return directory.gridsOfTown(town).stream()
        .filter(g -> g.code().equals(code))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private long auditRows(String action, long gridId) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_event WHERE action = ? AND target_type = 'grid'"
                + " AND target_id = ?")
        .params(action, String.valueOf(gridId))
        .query(Long.class)
        .single();
  }

  /** A ~200 m square well inside the town; {@code slot} moves it east in 300 m steps. */
  private Geometry square(String town, int slot) {
    Geometry core = directory.townBoundary(town).buffer(-0.01);
    var p = core.getInteriorPoint().getCoordinate();
    double x = p.x + slot * 0.003;
    return codec.factory().toGeometry(new Envelope(x - 0.001, x + 0.001, p.y - 0.001, p.y + 0.001));
  }

  private ObjectNode grid(
      String code, String name, String town, Geometry geometry, Object... more) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("code", code);
    properties.put("name", name);
    properties.put("town", town);
    for (int i = 0; i < more.length; i += 2) {
      properties.put((String) more[i], more[i + 1]);
    }
    return codec.feature(codec.writeText(geometry), properties);
  }

  private String collection(ObjectNode... features) {
    return codec.featureCollection(List.of(features));
  }

  private static MockMultipartFile file(String text) {
    return new MockMultipartFile(
        "file", "grids.geojson", "application/geo+json", text.getBytes(StandardCharsets.UTF_8));
  }
}
