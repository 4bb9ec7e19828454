package org.shuzhi.risk.internal.majorhazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.shuzhi.core.TestUsccs.newUscc;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shuzhi.identity.Role;
import org.shuzhi.risk.MajorHazardLevel;
import org.shuzhi.risk.MajorHazardRegistry;
import org.shuzhi.risk.MajorHazardSiteDraft;
import org.shuzhi.risk.RiskIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

class MajorHazardIntegrationTest extends RiskIntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired MajorHazardRegistry registry;

  private static final String EVALUATE = "/api/v1/risk/major-hazard/evaluate";
  private static final String SITES = "/api/v1/risk/major-hazard/sites";

  // ---- helpers -------------------------------------------------------------------------------

  private static String siteJson(String uscc, String name, int population, String substances) {
    return """
        {"uscc":"%s","name":"%s","exposedPopulation":%d,
         "units":[{"name":"液氯罐区","kind":"STORAGE","substances":[%s]}]}
        """
        .formatted(uscc, name, population, substances);
  }

  private long createSite(String staff, String uscc, String substances) throws Exception {
    var response =
        mvc.perform(
                post(SITES)
                    .with(as(staff, Role.DEPARTMENT_STAFF))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(siteJson(uscc, "测试罐区" + uscc.substring(12), 60, substances)))
            .andReturn()
            .getResponse();
    String body = response.getContentAsString();
    assertThat(response.getStatus()).as(body).isEqualTo(201);
    return Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+).*", "$1").trim());
  }

  private long count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Long.class).single();
  }

  // ---- the stateless calculator --------------------------------------------------------------

  @Test
  void evaluateGradesTheSulphurDioxideExampleWithTheSeededCatalogue() throws Exception {
    // SO₂ 200 t: Q 20 (Table 1), β 2 (Table 3), 60 people → α 1.5: S = 10, R = 1.5 × 2 × 10 = 30.
    mvc.perform(
            post(EVALUATE)
                .with(as(account(Role.ENTERPRISE_USER), Role.ENTERPRISE_USER))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"units":[
                      {"name":"SO2 储罐","kind":"STORAGE",
                       "substances":[{"cas":"7446-09-5","quantityTonnes":200}]},
                      {"name":"氯氨","kind":"PRODUCTION",
                       "substances":[{"cas":"7782-50-5","quantityTonnes":3},
                                     {"cas":"7664-41-7","quantityTonnes":6}]},
                      {"name":"氯 4.99","kind":"STORAGE",
                       "substances":[{"cas":"7782-50-5","quantityTonnes":4.99}]},
                      {"name":"溶剂","kind":"STORAGE",
                       "substances":[{"quantityTonnes":20,"category":"W5.1"}]}],
                     "exposedPopulation":60}"""))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.catalogueVersion").value("GB 18218-2018"))
        .andExpect(jsonPath("$.alpha").value(1.5))
        .andExpect(jsonPath("$.units[0].s").value(10))
        .andExpect(jsonPath("$.units[0].alpha").value(1.5))
        .andExpect(jsonPath("$.units[0].r").value(30))
        .andExpect(jsonPath("$.units[0].level").value("LEVEL_3"))
        .andExpect(jsonPath("$.units[0].substances[0].cas").value("7446-09-5"))
        .andExpect(jsonPath("$.units[0].substances[0].name").value("二氧化硫"))
        .andExpect(jsonPath("$.units[0].substances[0].q").value(200))
        .andExpect(jsonPath("$.units[0].substances[0].Q").value(20))
        .andExpect(jsonPath("$.units[0].substances[0].qSource").value("TABLE_1"))
        .andExpect(jsonPath("$.units[0].substances[0].beta").value(2))
        .andExpect(jsonPath("$.units[0].substances[0].betaSource").value("CATALOGUE"))
        .andExpect(jsonPath("$.units[0].substances[0].ratio").value(10))
        .andExpect(jsonPath("$.units[0].substances[0].weighted").value(20))
        // 3/5 + 6/10 = 1.2; R = 1.5 × (4 × 0.6 + 2 × 0.6) = 1.5 × 3.6 = 5.4 → 四级.
        .andExpect(jsonPath("$.units[1].s").value(1.2))
        .andExpect(jsonPath("$.units[1].r").value(5.4))
        .andExpect(jsonPath("$.units[1].level").value("LEVEL_4"))
        .andExpect(jsonPath("$.units[2].s").value(0.998))
        .andExpect(jsonPath("$.units[2].majorHazard").value(false))
        .andExpect(jsonPath("$.units[2].level").value(nullValue()))
        // W5.1 20 t: Q 10, β 1.5 from the seeded category tables.
        .andExpect(jsonPath("$.units[3].substances[0].Q").value(10))
        .andExpect(jsonPath("$.units[3].substances[0].qSource").value("CATEGORY"))
        .andExpect(jsonPath("$.units[3].substances[0].beta").value(1.5))
        .andExpect(jsonPath("$.units[3].substances[0].betaSource").value("CATEGORY"));
  }

  @Test
  void evaluateRefusesBadInputWithFieldsInTheCallersLanguage() throws Exception {
    String user = account(Role.GRID_WORKER);
    mvc.perform(
            post(EVALUATE)
                .with(as(user, Role.GRID_WORKER))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"units":[{"name":"罐区","kind":"STORAGE",
                      "substances":[{"cas":"7732-18-5","quantityTonnes":3}]}],
                     "exposedPopulation":10}"""))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.errors[0].field").value("units[0].substances[0].cas"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("7732-18-5")))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("不在危险化学品目录")));
    mvc.perform(
            post(EVALUATE)
                .with(as(user, Role.GRID_WORKER))
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"units":[{"name":"罐区","kind":"STORAGE",
                      "substances":[{"cas":"7782-50-5","quantityTonnes":20000000},
                                    {"cas":"7782-50-5","quantityTonnes":-1},
                                    {"quantityTonnes":1,"category":"W99"},
                                    {"cas":"1234-56-7","quantityTonnes":1}]}],
                     "exposedPopulation":-5}"""))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(
                    org.hamcrest.Matchers.contains(
                        "exposedPopulation",
                        "units[0].substances[0].quantityTonnes",
                        "units[0].substances[1].quantityTonnes",
                        "units[0].substances[2].category",
                        "units[0].substances[3].cas")))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("cannot be negative")))
        .andExpect(jsonPath("$.errors[1].message").value(containsString("not plausible")))
        .andExpect(jsonPath("$.errors[3].message").value(containsString("W99")));
    mvc.perform(
            post(EVALUATE)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"units\":[],\"exposedPopulation\":1}"))
        .andExpect(status().isUnauthorized());
  }

  // ---- the catalogue -------------------------------------------------------------------------

  @Autowired ChemicalCatalogue catalogue;

  @Test
  void theSeededCatalogueIsConsistent() {
    ReferenceData reference = catalogue.reference();
    assertThat(reference.versionCode()).isEqualTo("GB 18218-2018");
    assertThat(reference.chemicals()).containsKeys("7782-50-5", "7664-41-7", "7446-09-5");
    assertThat(reference.categories()).hasSize(24);
    reference
        .chemicals()
        .values()
        .forEach(
            c -> {
              assertThat(CatalogueKey.parse(c.key())).as(c.key()).contains(c.key());
              c.aliases().forEach(a -> assertThat(CasNumber.valid(a)).as(a).isTrue());
              assertThat(reference.categories().keySet())
                  .as(c.key())
                  .containsAll(c.categoryCodes());
              assertThat(c.beta() != null || !c.categoryCodes().isEmpty()).as(c.key()).isTrue();
            });
    // Bands cover every population from 0 and every R from 0.
    assertThat(reference.alphaBands().get(0).minPopulation()).isZero();
    assertThat(reference.levelBands().get(reference.levelBands().size() - 1).minR()).isZero();
  }

  @Test
  void theSystemAdminAddsAndEditsAnEntryAndEveryChangeIsKeptInHistoryAndAudit() throws Exception {
    String admin = account(Role.SYSTEM_ADMIN);
    String cas = newCas();
    var created =
        mvc.perform(
                post("/admin/chemicals")
                    .with(as(admin, Role.SYSTEM_ADMIN))
                    .with(csrf())
                    .param("cas", cas)
                    .param("nameZh", "测试毒气")
                    .param("criticalQuantity", "2")
                    .param("beta", "3")
                    .param("toxicGas", "true"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/admin/chemicals/*"))
            .andReturn();
    long id =
        Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll(".*/(\\d+)$", "$1"));
    // A site using it is graded with β 3 (2 t → S 1, 60 people → α 1.5, R = 1.5 × 3 = 4.5) …
    String staff = emergencyStaff();
    long site =
        createSite(
            staff,
            chemicalEnterprise(CHENGXIANG),
            "{\"cas\":\"%s\",\"quantityTonnes\":2}".formatted(cas));
    // … the admin raises β to 20: R = 1.5 × 20 = 30 → 三级, and the stored grade follows.
    mvc.perform(
            post("/admin/chemicals/" + id)
                .with(as(admin, Role.SYSTEM_ADMIN))
                .with(csrf())
                .param("cas", cas)
                .param("nameZh", "测试毒气")
                .param("criticalQuantity", "2")
                .param("beta", "20")
                .param("toxicGas", "true")
                .param("version", "0"))
        .andExpect(status().is3xxRedirection());
    assertThat(
            jdbc.sql("SELECT level FROM risk_mh_site WHERE id = ?")
                .param(site)
                .query(String.class)
                .single())
        .isEqualTo("LEVEL_3");
    assertThat(count("SELECT count(*) FROM risk_chemical_history WHERE chemical_id = ?", id))
        .isEqualTo(2);
    String audit =
        jdbc.sql(
                "SELECT before_state::text || ' → ' || after_state::text FROM audit_event"
                    + " WHERE target_type = 'risk.chemical' AND target_id = ? AND action = 'UPDATE'"
                    + " AND actor = ?")
            .params(cas, admin)
            .query(String.class)
            .single();
    assertThat(audit).contains("\"beta\": 3").contains("\"beta\": 20");
    mvc.perform(get("/admin/chemicals/" + id).with(as(admin, Role.SYSTEM_ADMIN)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("修改记录")))
        .andExpect(content().string(containsString(admin)));
    // A refused edit shows the reason and changes nothing.
    mvc.perform(
            post("/admin/chemicals/" + id)
                .with(as(admin, Role.SYSTEM_ADMIN))
                .with(csrf())
                .param("nameZh", "测试毒气")
                .param("criticalQuantity", "-1")
                .param("categories", "Q7")
                .param("version", "1"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("临界量 Q 须大于 0")))
        .andExpect(content().string(containsString("Q7")));
    assertThat(count("SELECT count(*) FROM risk_chemical_history WHERE chemical_id = ?", id))
        .isEqualTo(2);
    mvc.perform(get("/admin/chemicals").param("q", cas).with(as(admin, Role.SYSTEM_ADMIN)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("测试毒气")));
  }

  @Test
  void onlyTheSystemAdminMayOpenOrChangeTheCatalogue() throws Exception {
    String staff = emergencyStaff();
    mvc.perform(get("/admin/chemicals").with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isForbidden());
    String cas = newCas();
    mvc.perform(
            post("/admin/chemicals")
                .with(as(staff, Role.DEPARTMENT_STAFF))
                .with(csrf())
                .param("cas", cas)
                .param("nameZh", "越权")
                .param("criticalQuantity", "1")
                .param("beta", "1"))
        .andExpect(status().isForbidden());
    String security = account(Role.SECURITY_ADMIN);
    mvc.perform(get("/admin/chemicals").with(as(security, Role.SECURITY_ADMIN)))
        .andExpect(status().isForbidden());
    assertThat(count("SELECT count(*) FROM risk_chemical WHERE cas = ?", cas)).isZero();
  }

  // ---- sites ---------------------------------------------------------------------------------

  @Test
  void sitesAreSeenWithinTheDataScopeAndWrittenByEmergencyAndTownStaff() throws Exception {
    String staff = emergencyStaff();
    String ownUscc = chemicalEnterprise(CHENGXIANG);
    long own = createSite(staff, ownUscc, "{\"cas\":\"7446-09-5\",\"quantityTonnes\":200}");
    long other =
        createSite(
            staff, chemicalEnterprise(BEIGAN), "{\"cas\":\"7782-50-5\",\"quantityTonnes\":3}");
    String town = account(Role.TOWN_STAFF);
    mvc.perform(get(SITES + "/" + own).with(as(town, Role.TOWN_STAFF)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.level").value("LEVEL_3"))
        .andExpect(jsonPath("$.townCode").value(CHENGXIANG));
    mvc.perform(get(SITES + "/" + other).with(as(town, Role.TOWN_STAFF)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/risk/major-hazards/" + other).with(as(town, Role.TOWN_STAFF)))
        .andExpect(status().isNotFound());
    mvc.perform(get(SITES).param("size", "200").with(as(town, Role.TOWN_STAFF)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].townCode").value(everyItem(is(CHENGXIANG))))
        .andExpect(jsonPath("$.items[*].id").value(hasItem((int) own)));
    mvc.perform(
            get(SITES)
                .param("level", "LEVEL_3")
                .param("town", CHENGXIANG)
                .param("size", "200")
                .with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(jsonPath("$.items[*].level").value(everyItem(is("LEVEL_3"))))
        .andExpect(jsonPath("$.items[*].id").value(hasItem((int) own)));
    // The enterprise user sees its own sites only.
    String ent = account(Role.ENTERPRISE_USER, Set.of(), ownUscc, false);
    mvc.perform(get(SITES).with(as(ent, Role.ENTERPRISE_USER)))
        .andExpect(jsonPath("$.total").value(1));
    mvc.perform(get(SITES + "/" + other).with(as(ent, Role.ENTERPRISE_USER)))
        .andExpect(status().isNotFound());
    // Admins read no business data; other departments and enterprises do not write.
    mvc.perform(get(SITES).with(as(account(Role.SYSTEM_ADMIN), Role.SYSTEM_ADMIN)))
        .andExpect(status().isForbidden());
    String economy = account(Role.DEPARTMENT_STAFF);
    mvc.perform(
            post(SITES)
                .with(as(economy, Role.DEPARTMENT_STAFF))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    siteJson(ownUscc, "越权", 1, "{\"cas\":\"7782-50-5\",\"quantityTonnes\":3}")))
        .andExpect(status().isForbidden());
    mvc.perform(delete(SITES + "/" + own).with(as(ent, Role.ENTERPRISE_USER)))
        .andExpect(status().isForbidden());
    // Town staff update a site of their town; the grade and the audit row follow.
    mvc.perform(
            put(SITES + "/" + own)
                .with(as(town, Role.TOWN_STAFF))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"version\":0,\"site\":"
                        + siteJson(
                            ownUscc, "改名罐区", 150, "{\"cas\":\"7446-09-5\",\"quantityTonnes\":1000}")
                        + "}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(1))
        // 1000/20 = 50; α 2 (150 people); R = 2 × 2 × 50 = 200 → 一级.
        .andExpect(jsonPath("$.evaluation.units[0].r").value(200))
        .andExpect(jsonPath("$.level").value("LEVEL_1"));
    mvc.perform(
            put(SITES + "/" + other)
                .with(as(town, Role.TOWN_STAFF))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"version\":0,\"site\":"
                        + siteJson(ownUscc, "x", 1, "{\"cas\":\"7782-50-5\",\"quantityTonnes\":3}")
                        + "}"))
        .andExpect(status().isNotFound());
    assertThat(registry.highestLevel(ownUscc)).contains(MajorHazardLevel.LEVEL_1);
    assertThat(
            count(
                "SELECT count(*) FROM audit_event WHERE target_type = 'risk.mh.site' AND target_id"
                    + " = ? AND action IN ('CREATE', 'UPDATE')",
                String.valueOf(own)))
        .isEqualTo(2);
    mvc.perform(delete(SITES + "/" + own).with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isNoContent());
    mvc.perform(get(SITES + "/" + own).with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isNotFound());
    assertThat(
            count(
                "SELECT count(*) FROM audit_event WHERE target_type = 'risk.mh.site' AND target_id"
                    + " = ? AND action = 'DELETE'",
                String.valueOf(own)))
        .isEqualTo(1);
    assertThat(count("SELECT count(*) FROM risk_mh_unit WHERE site_id = ?", own)).isZero();
  }

  @Test
  void aRefusedSiteNamesItsFieldsAndStoresNothing() throws Exception {
    String staff = emergencyStaff();
    long before = count("SELECT count(*) FROM risk_mh_site");
    mvc.perform(
            post(SITES)
                .with(as(staff, Role.DEPARTMENT_STAFF))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    siteJson(newUscc(), "无此企业", 1, "{\"cas\":\"7782-50-5\",\"quantityTonnes\":0}")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("uscc"))
        .andExpect(jsonPath("$.errors[1].field").value("units[0].substances[0].quantityTonnes"));
    // The page form reports the same in the user's language.
    mvc.perform(
            post("/risk/major-hazards")
                .with(as(staff, Role.DEPARTMENT_STAFF))
                .with(csrf())
                .param("lang", "en")
                .param("uscc", chemicalEnterprise(CHENGXIANG))
                .param("name", "罐区")
                .param("exposedPopulation", "5")
                .param("unitName", "A")
                .param("kind", "STORAGE")
                .param("cas", "")
                .param("category", "")
                .param("quantity", "12"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Give a CAS number or a hazard category")));
    assertThat(count("SELECT count(*) FROM risk_mh_site")).isEqualTo(before);
  }

  @Test
  void theFormCreatesASiteWithACategoryListAndTheDetailPageShowsTheCalculationInBothLanguages()
      throws Exception {
    String town = account(Role.TOWN_STAFF);
    var result =
        mvc.perform(
                post("/risk/major-hazards")
                    .with(as(town, Role.TOWN_STAFF))
                    .with(csrf())
                    .param("uscc", chemicalEnterprise(CHENGXIANG))
                    .param("name", "一号罐区")
                    .param("exposedPopulation", "60")
                    .param("unitName", "储罐", "储罐", "")
                    .param("kind", "STORAGE", "STORAGE", "STORAGE")
                    .param("cas", "7446-09-5", "", "")
                    .param("category", "", "W5.3,J3", "")
                    .param("quantity", "200", "100", ""))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    String detail = result.getResponse().getRedirectedUrl();
    // 200/20 + 100/50 = 12; β: 2 and 2 (J3) → Σ = 20 + 4 = 24; R = 1.5 × 24 = 36 → 三级.
    mvc.perform(get(detail).with(as(town, Role.TOWN_STAFF)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("S = Σ q/Q = 10 + 2 = 12")))
        .andExpect(
            content().string(containsString("R = α × Σ βq/Q = 1.5 × (20 + 4) = 1.5 × 24 = 36")))
        .andExpect(content().string(containsString("表1（危险化学品名称）")))
        .andExpect(content().string(containsString("表2（类别 J3）")))
        .andExpect(content().string(containsString("三级")));
    mvc.perform(get(detail).param("lang", "en").with(as(town, Role.TOWN_STAFF)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Table 1 (named chemical)")))
        .andExpect(content().string(containsString("Table 4 (category J3)")))
        .andExpect(content().string(containsString("Level 3")))
        .andExpect(content().string(containsString("Sulphur dioxide")))
        .andExpect(content().string(not(containsString("三级"))));
    mvc.perform(
            get("/risk/major-hazards").param("level", "LEVEL_3").with(as(town, Role.TOWN_STAFF)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("一号罐区")));
    mvc.perform(get("/risk/major-hazards/new").param("lang", "en").with(as(town, Role.TOWN_STAFF)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Units and substances")));
  }

  @Test
  void theMapLayerShowsGradedSitesInScopeColouredByLevelAndTheRegistryTakesABatch()
      throws Exception {
    String uscc = chemicalEnterprise(BEIGAN);
    List<Long> ids =
        registry.register(
            List.of(
                new MajorHazardSiteDraft(
                    uscc,
                    "演示罐区",
                    120,
                    List.of(
                        new MajorHazardSiteDraft.Unit(
                            "罐区",
                            "STORAGE",
                            List.of(
                                new MajorHazardSiteDraft.Substance(
                                    "7782-50-5", new java.math.BigDecimal("300"), null)))))),
            "demo",
            true);
    // 300/5 = 60; R = 2 × 4 × 60 = 480 → 一级, red.
    String leader = account(Role.DISTRICT_LEADER);
    mvc.perform(
            get("/map/layers/major-hazards")
                .param("town", BEIGAN)
                .param("category", "LEVEL_1")
                .with(as(leader, Role.DISTRICT_LEADER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.points[?(@[0] == " + ids.get(0) + ")][4]").value(hasItem("#d7263d")))
        .andExpect(jsonPath("$.points[?(@[0] == " + ids.get(0) + ")][5]").value(hasItem(1)));
    mvc.perform(
            get("/map/layers/major-hazards")
                .param("category", "LEVEL_4")
                .with(as(leader, Role.DISTRICT_LEADER)))
        .andExpect(jsonPath("$.points[*][0]").value(not(hasItem(ids.get(0).intValue()))));
    String town = account(Role.TOWN_STAFF);
    mvc.perform(get("/map/layers/major-hazards").with(as(town, Role.TOWN_STAFF)))
        .andExpect(jsonPath("$.points[*][0]").value(not(hasItem(ids.get(0).intValue()))));
    // A bad batch stores nothing.
    long before = count("SELECT count(*) FROM risk_mh_site");
    try {
      registry.register(
          List.of(
              new MajorHazardSiteDraft(
                  uscc,
                  "好",
                  1,
                  List.of(
                      new MajorHazardSiteDraft.Unit(
                          "A",
                          "STORAGE",
                          List.of(
                              new MajorHazardSiteDraft.Substance(
                                  "7782-50-5", java.math.BigDecimal.ONE, null))))),
              new MajorHazardSiteDraft(uscc, "坏", 1, List.of())),
          "demo",
          true);
    } catch (org.shuzhi.platform.InvalidInputException expected) {
      // refused as a whole
    }
    assertThat(count("SELECT count(*) FROM risk_mh_site")).isEqualTo(before);
  }
}
