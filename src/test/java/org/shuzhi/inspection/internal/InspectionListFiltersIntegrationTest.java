package org.shuzhi.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.shuzhi.area.Grid;
import org.shuzhi.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The supervision list and the enforcement list filtered by town, grid, tier and risk colour, in
 * the API, the pages and the Excel exports; a town user never sees another town's rows, whatever
 * the filters ask for.
 */
class InspectionListFiltersIntegrationTest extends InspectionTestSupport {

  @Autowired SupervisionRegister register;
  @Autowired SupervisionGridBackfill backfill;
  @Autowired ReferenceRepository reference;
  @Autowired Clock clock;
  @Autowired TransactionTemplate transactions;

  /**
   * Two grids of 靖江街道 with one enterprise each: a yellow one (LEC 3·6·7 = 126 → TIER_3) in {@code
   * yellowGrid} and a 一级 major hazard without risk colour (TIER_1) in {@code levelOneGrid}; and a
   * 一级 major hazard in 城厢街道.
   */
  record Fixture(
      Grid yellowGrid, Grid levelOneGrid, String yellow, String levelOne, String chengxiang) {}

  Fixture fixture(int firstSlot) throws Exception {
    Grid yellowGrid = grid(firstSlot);
    Grid levelOneGrid = grid(firstSlot + 1);
    double[] a = centreOf(firstSlot);
    double[] b = centreOf(firstSlot + 1);
    String yellow = enterprise(JINGJIANG, a[0], a[1]);
    String levelOne = enterprise(JINGJIANG, b[0], b[1]);
    String chengxiang = enterprise(CHENGXIANG, CX_LON, CX_LAT);
    yellowRiskPoint(yellow);
    chlorineSite(levelOne, 200);
    chlorineSite(chengxiang, 200);
    // The register follows a risk point's assessment after commit; sites registered in bulk wait
    // for the monthly refresh, done here for just those two.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> colourOf(yellow).equals(Optional.of("YELLOW")));
    TierRules rules = new TierRules(reference.tierRules());
    for (String uscc : List.of(levelOne, chengxiang)) {
      transactions.execute(s -> register.refresh(uscc, rules, clock.instant()));
    }
    assertThat(tierOf(levelOne)).contains("TIER_1");
    assertThat(tierOf(chengxiang)).contains("TIER_1");
    return new Fixture(yellowGrid, levelOneGrid, yellow, levelOne, chengxiang);
  }

  void yellowRiskPoint(String uscc) throws Exception {
    var staff = as(departmentAccount("EMERGENCY"), Role.DEPARTMENT_STAFF);
    long object =
        created(
            staff,
            "/api/v1/risk/objects",
            """
            {"name":"筛选测试对象","kind":"SPRAYING","enterpriseUscc":"%s","address":"测试路5号",
             "responsiblePersons":[]}"""
                .formatted(uscc));
    long point =
        created(
            staff,
            "/api/v1/risk/objects/" + object + "/points",
            "{\"name\":\"喷漆房\",\"controlLevel\":\"COMPANY\"}");
    created(
        staff,
        "/api/v1/risk/points/" + point + "/assessments",
        "{\"method\":\"LEC\",\"l\":3,\"e\":6,\"c\":7}");
  }

  long created(RequestPostProcessor who, String path, String json) throws Exception {
    String body =
        mvc.perform(post(path).with(who).contentType(MediaType.APPLICATION_JSON).content(json))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(body, "$.id")).longValue();
  }

  Optional<String> tierOf(String uscc) {
    return jdbc.sql("SELECT tier FROM inspection_supervision WHERE enterprise_uscc = ?")
        .param(uscc)
        .query(String.class)
        .optional();
  }

  Optional<String> colourOf(String uscc) {
    return jdbc.sql("SELECT risk_colour FROM inspection_supervision WHERE enterprise_uscc = ?")
        .param(uscc)
        .query(String.class)
        .optional();
  }

  List<String> usccs(MockHttpServletRequestBuilder request, String path) throws Exception {
    String body =
        mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, path);
  }

  /** The data rows of an exported sheet (the header row left out), cells as shown. */
  List<List<String>> sheet(MockHttpServletRequestBuilder request) throws Exception {
    byte[] bytes =
        mvc.perform(request)
            .andExpect(status().isOk())
            .andExpect(
                content()
                    .contentTypeCompatibleWith(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    List<List<String>> rows = new ArrayList<>();
    DataFormatter format = new DataFormatter();
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      for (Row row : workbook.getSheetAt(0)) {
        if (row.getRowNum() == 0) {
          continue;
        }
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
          Cell cell = row.getCell(i);
          cells.add(cell == null ? "" : format.formatCellValue(cell));
        }
        rows.add(cells);
      }
    }
    return rows;
  }

  @Test
  void supervisionListFiltersByTownGridTierAndColourWithinTheScopeAndExports() throws Exception {
    Fixture f = fixture(1);
    var regulator = as(departmentAccount("EMERGENCY"), Role.DEPARTMENT_STAFF);
    String api = "/api/v1/inspections/supervision";

    // Grid: only the enterprise lying in it, with its grid.
    mvc.perform(get(api).param("grid", "" + f.yellowGrid().id()).with(regulator))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].uscc").value(f.yellow()))
        .andExpect(jsonPath("$.items[0].gridId").value(f.yellowGrid().id()))
        .andExpect(jsonPath("$.items[0].riskColour").value("YELLOW"))
        .andExpect(jsonPath("$.items[0].tier").value("TIER_3"));
    assertThat(
            usccs(
                get(api).param("grid", "" + f.levelOneGrid().id()).with(regulator),
                "$.items[*].uscc"))
        .containsExactly(f.levelOne());

    // Colour and tier, each within the town.
    List<String> yellowOnes =
        usccs(
            get(api)
                .param("town", JINGJIANG)
                .param("colour", "YELLOW")
                .param("size", "1000")
                .with(regulator),
            "$.items[*].uscc");
    assertThat(yellowOnes).contains(f.yellow()).doesNotContain(f.levelOne(), f.chengxiang());
    List<String> tierOne =
        usccs(
            get(api)
                .param("town", JINGJIANG)
                .param("tier", "TIER_1")
                .param("size", "1000")
                .with(regulator),
            "$.items[*].uscc");
    assertThat(tierOne).contains(f.levelOne()).doesNotContain(f.yellow(), f.chengxiang());
    mvc.perform(
            get(api).param("grid", "" + f.yellowGrid().id()).param("colour", "RED").with(regulator))
        .andExpect(jsonPath("$.total").value(0));

    // Paged in SQL: one row a page, strictest tier first, the total over every page.
    String first =
        mvc.perform(get(api).param("town", JINGJIANG).param("size", "1").with(regulator))
            .andExpect(jsonPath("$.items.length()").value(1))
            .andExpect(jsonPath("$.size").value(1))
            .andReturn()
            .getResponse()
            .getContentAsString();
    int total = JsonPath.read(first, "$.total");
    assertThat(total).isGreaterThanOrEqualTo(2);
    List<String> all = new ArrayList<>();
    List<String> tiers = new ArrayList<>();
    for (int page = 0; page < total; page++) {
      String body =
          mvc.perform(
                  get(api)
                      .param("town", JINGJIANG)
                      .param("size", "1")
                      .param("page", "" + page)
                      .with(regulator))
              .andReturn()
              .getResponse()
              .getContentAsString();
      all.addAll(JsonPath.read(body, "$.items[*].uscc"));
      tiers.addAll(JsonPath.read(body, "$.items[*].tier"));
    }
    assertThat(all).doesNotHaveDuplicates().contains(f.yellow(), f.levelOne()).hasSize(total);
    assertThat(tiers).isSorted();

    // A town user asking for another town's rows gets none, by town, grid or colour.
    var townStaff = as(account(Role.TOWN_STAFF), Role.TOWN_STAFF);
    mvc.perform(get(api).param("town", JINGJIANG).with(townStaff))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(0));
    mvc.perform(get(api).param("grid", "" + f.yellowGrid().id()).with(townStaff))
        .andExpect(jsonPath("$.total").value(0));
    String own =
        mvc.perform(get(api).param("size", "1000").with(townStaff))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(JsonPath.<List<String>>read(own, "$.items[*].uscc")).contains(f.chengxiang());
    assertThat(JsonPath.<List<String>>read(own, "$.items[*].townCode")).containsOnly(CHENGXIANG);
    mvc.perform(get(api + "/" + f.yellow()).with(townStaff)).andExpect(status().isNotFound());

    // Exports honour the filters and the scope.
    List<List<String>> byGrid =
        sheet(
            get("/inspections/supervision/export")
                .param("grid", "" + f.yellowGrid().id())
                .with(regulator));
    assertThat(byGrid).hasSize(1);
    assertThat(byGrid.get(0)).contains(f.yellow(), "检查测试网格", "黄（一般风险）", "三级监管", "6");
    List<List<String>> inEnglish =
        sheet(
            get("/api/v1/inspections/supervision/export")
                .param("town", JINGJIANG)
                .param("tier", "TIER_1")
                .header("Accept-Language", "en")
                .with(regulator));
    assertThat(inEnglish)
        .extracting(r -> r.get(1))
        .contains(f.levelOne())
        .doesNotContain(f.yellow());
    assertThat(inEnglish).extracting(r -> r.get(6)).containsOnly("Tier 1");
    assertThat(
            sheet(get("/inspections/supervision/export").param("town", JINGJIANG).with(townStaff)))
        .isEmpty();
    assertThat(sheet(get("/inspections/supervision/export").with(townStaff)))
        .extracting(r -> r.get(1))
        .contains(f.chengxiang())
        .doesNotContain(f.yellow(), f.levelOne());

    // The page: filters, grid choices once a town is chosen, in both languages.
    mvc.perform(
            get("/inspections/supervision")
                .param("town", JINGJIANG)
                .param("colour", "YELLOW")
                .with(regulator))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(f.yellow())))
        .andExpect(content().string(Matchers.not(Matchers.containsString(f.levelOne()))))
        .andExpect(content().string(Matchers.containsString("name=\"grid\"")))
        .andExpect(content().string(Matchers.containsString("分级监管台账")));
    mvc.perform(get("/inspections/supervision").param("lang", "en").with(townStaff))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Supervision register")))
        .andExpect(content().string(Matchers.not(Matchers.containsString(f.yellow()))));
  }

  @Test
  void enforcementListFiltersByGridAndColourWithinTheScopeAndExports() throws Exception {
    Fixture f = fixture(3);
    var regulator = as(departmentAccount("EMERGENCY"), Role.DEPARTMENT_STAFF);
    String api = "/api/v1/inspections/enforcement";

    mvc.perform(get(api).param("grid", "" + f.yellowGrid().id()).with(regulator))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].uscc").value(f.yellow()))
        .andExpect(jsonPath("$[0].rank").value(1))
        .andExpect(jsonPath("$[0].riskColour").value("YELLOW"));
    assertThat(
            usccs(get(api).param("grid", "" + f.levelOneGrid().id()).with(regulator), "$[*].uscc"))
        .containsExactly(f.levelOne());
    List<String> yellowOnes =
        usccs(
            get(api)
                .param("town", JINGJIANG)
                .param("colour", "YELLOW")
                .param("top", "500")
                .with(regulator),
            "$[*].uscc");
    assertThat(yellowOnes).contains(f.yellow()).doesNotContain(f.levelOne(), f.chengxiang());
    assertThat(
            usccs(
                get(api).param("colour", "YELLOW").param("top", "500").with(regulator),
                "$[*].riskColour"))
        .containsOnly("YELLOW");
    mvc.perform(
            get(api)
                .param("grid", "" + f.levelOneGrid().id())
                .param("colour", "YELLOW")
                .with(regulator))
        .andExpect(jsonPath("$.length()").value(0));
    mvc.perform(get(api).param("colour", "PURPLE").with(regulator))
        .andExpect(status().isBadRequest());

    // A town user asking for another town's grid or town gets nothing.
    var townStaff = as(account(Role.TOWN_STAFF), Role.TOWN_STAFF);
    mvc.perform(get(api).param("grid", "" + f.yellowGrid().id()).with(townStaff))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(0));
    mvc.perform(get(api).param("town", JINGJIANG).param("colour", "YELLOW").with(townStaff))
        .andExpect(jsonPath("$.length()").value(0));
    assertThat(usccs(get(api).param("top", "500").with(townStaff), "$[*].townCode"))
        .containsOnly(CHENGXIANG);

    // Exports honour the filters and the scope.
    List<List<String>> byGrid =
        sheet(
            get("/inspections/enforcement/export")
                .param("grid", "" + f.yellowGrid().id())
                .with(regulator));
    assertThat(byGrid).hasSize(1);
    assertThat(byGrid.get(0)).contains("1", f.yellow(), "黄（一般风险）");
    assertThat(
            sheet(
                get("/api/v1/inspections/enforcement/export")
                    .param("town", JINGJIANG)
                    .param("colour", "YELLOW")
                    .param("top", "500")
                    .with(regulator)))
        .extracting(r -> r.get(2))
        .contains(f.yellow())
        .doesNotContain(f.levelOne());
    assertThat(
            sheet(
                get("/inspections/enforcement/export")
                    .param("grid", "" + f.yellowGrid().id())
                    .with(townStaff)))
        .isEmpty();

    mvc.perform(
            get("/inspections/enforcement")
                .param("town", JINGJIANG)
                .param("grid", "" + f.levelOneGrid().id())
                .with(regulator))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(f.levelOne())))
        .andExpect(content().string(Matchers.not(Matchers.containsString(f.yellow()))))
        .andExpect(content().string(Matchers.containsString("name=\"colour\"")));
  }

  @Test
  void theRegisterKeepsGridsWithoutSpuriousHistoryAndFillsMissingOnes() throws Exception {
    Fixture f = fixture(5);
    long history = historyCount(f.levelOne());
    jdbc.sql("UPDATE inspection_supervision SET grid_id = NULL WHERE enterprise_uscc IN (?, ?)")
        .params(f.yellow(), f.levelOne())
        .update();

    // As after V23_0: the start-up pass fills the grid in from the registry.
    backfill.fill();
    assertThat(gridOf(f.yellow())).contains(f.yellowGrid().id());
    assertThat(gridOf(f.levelOne())).contains(f.levelOneGrid().id());

    // A refresh finding only the grid different rewrites it but records no change of tier.
    jdbc.sql("UPDATE inspection_supervision SET grid_id = NULL WHERE enterprise_uscc = ?")
        .param(f.levelOne())
        .update();
    TierRules rules = new TierRules(reference.tierRules());
    Boolean changed =
        transactions.execute(s -> register.refresh(f.levelOne(), rules, clock.instant()));
    assertThat(changed).isFalse();
    assertThat(gridOf(f.levelOne())).contains(f.levelOneGrid().id());
    assertThat(historyCount(f.levelOne())).isEqualTo(history);
  }

  Optional<Long> gridOf(String uscc) {
    return jdbc.sql("SELECT grid_id FROM inspection_supervision WHERE enterprise_uscc = ?")
        .param(uscc)
        .query(Long.class)
        .optional();
  }

  long historyCount(String uscc) {
    return jdbc.sql("SELECT count(*) FROM inspection_supervision_change WHERE enterprise_uscc = ?")
        .param(uscc)
        .query(Long.class)
        .single();
  }
}
