package org.shuzhi.risk.internal.majorhazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shuzhi.identity.Role;
import org.shuzhi.risk.RiskIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Catalogue versions (draft, activate, retire) and the GB 18218-2018 rows seeded in V19_1, among
 * them the rows keyed by catalogue code. Tests that switch the active version switch it back, as
 * the context is shared.
 */
class CatalogueVersionIntegrationTest extends RiskIntegrationTest {

  private static final String EVALUATE = "/api/v1/risk/major-hazard/evaluate";
  private static final String SITES = "/api/v1/risk/major-hazard/sites";
  private static final String SEEDED = "GB 18218-2018";
  private static final String COAL_GAS = "GB18218-T1-COAL-GAS";

  @Autowired JdbcClient jdbc;
  @Autowired CatalogueVersions versions;

  // ---- helpers -------------------------------------------------------------------------------

  private long createSite(String staff, String substances, int population) throws Exception {
    var response =
        mvc.perform(
                post(SITES)
                    .with(as(staff, Role.DEPARTMENT_STAFF))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"uscc":"%s","name":"目录测试罐区","exposedPopulation":%d,
                         "units":[{"name":"罐区","kind":"STORAGE","substances":[%s]}]}
                        """
                            .formatted(chemicalEnterprise(CHENGXIANG), population, substances)))
            .andReturn()
            .getResponse();
    String body = response.getContentAsString();
    assertThat(response.getStatus()).as(body).isEqualTo(201);
    return Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+).*", "$1").trim());
  }

  /** A toxic gas entry in the active version (Q, β 2), as the system admin adds it. */
  private void addToActive(String admin, String cas, String q) throws Exception {
    mvc.perform(
            post("/admin/chemicals")
                .with(as(admin, Role.SYSTEM_ADMIN))
                .with(csrf())
                .param("cas", cas)
                .param("nameZh", "版本测试气体")
                .param("criticalQuantity", q)
                .param("beta", "2")
                .param("toxicGas", "true"))
        .andExpect(status().is3xxRedirection());
  }

  private long newDraft(String admin) throws Exception {
    String code = "TEST-" + UUID.randomUUID().toString().substring(0, 8);
    String location =
        mvc.perform(
                post("/admin/chemicals/versions")
                    .with(as(admin, Role.SYSTEM_ADMIN))
                    .with(csrf())
                    .param("code", code)
                    .param("title", "测试修订版"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    return Long.parseLong(location.replaceAll(".*/(\\d+)$", "$1"));
  }

  private long entryId(long versionId, String key) {
    return jdbc.sql("SELECT id FROM risk_chemical WHERE version_id = ? AND cas = ?")
        .params(versionId, key)
        .query(Long.class)
        .single();
  }

  private long activeVersionId() {
    return jdbc.sql("SELECT id FROM risk_catalogue_version WHERE active")
        .query(Long.class)
        .single();
  }

  private String storedLevel(long site) {
    return jdbc.sql("SELECT level FROM risk_mh_site WHERE id = ?")
        .param(site)
        .query(String.class)
        .single();
  }

  private long count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Long.class).single();
  }

  private void activate(String admin, long versionId) throws Exception {
    mvc.perform(
            post("/admin/chemicals/versions/" + versionId + "/activate")
                .with(as(admin, Role.SYSTEM_ADMIN))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
  }

  // ---- the rows added in V19_1 ---------------------------------------------------------------

  @Test
  void coalGasByCodeAndNitrogenDioxideAreGradedLineByLine() throws Exception {
    // 15 t 煤气 (Table 1 Q 20, β 2 from Table 3 CO) + 0.5 t NO₂ (Q 1, β 10), 150 people → α 2:
    // S = 15/20 + 0.5/1 = 0.75 + 0.5 = 1.25 ≥ 1; Σβq/Q = 2 × 0.75 + 10 × 0.5 = 1.5 + 5 = 6.5;
    // R = 2 × 6.5 = 13 → 10 ≤ R < 50 → 三级.
    mvc.perform(
            post(EVALUATE)
                .with(as(account(Role.GRID_WORKER), Role.GRID_WORKER))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"units":[
                      {"name":"煤气柜","kind":"STORAGE",
                       "substances":[{"cas":"gb18218-t1-coal-gas","quantityTonnes":15},
                                     {"cas":"10102-44-0","quantityTonnes":0.5}]},
                      {"name":"CO","kind":"PRODUCTION",
                       "substances":[{"cas":"630-08-0","quantityTonnes":40}]},
                      {"name":"肥料库","kind":"STORAGE",
                       "substances":[{"cas":"GB18218-T1-AN-FERTILIZER","quantityTonnes":100}]},
                      {"name":"丙烷","kind":"STORAGE",
                       "substances":[{"cas":"74-98-6","quantityTonnes":25},
                                     {"cas":"7803-51-2","quantityTonnes":0.2},
                                     {"cas":"74-83-9","quantityTonnes":2}]}],
                     "exposedPopulation":150}"""))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.units[0].substances[0].cas").value(COAL_GAS))
        .andExpect(jsonPath("$.units[0].substances[0].catalogueKey").value(COAL_GAS))
        .andExpect(jsonPath("$.units[0].substances[0].Q").value(20))
        .andExpect(jsonPath("$.units[0].substances[0].qSource").value("TABLE_1"))
        .andExpect(jsonPath("$.units[0].substances[0].beta").value(2))
        .andExpect(jsonPath("$.units[0].substances[0].ratio").value(0.75))
        .andExpect(jsonPath("$.units[0].substances[0].weighted").value(1.5))
        .andExpect(jsonPath("$.units[0].substances[1].Q").value(1))
        .andExpect(jsonPath("$.units[0].substances[1].beta").value(10))
        .andExpect(jsonPath("$.units[0].substances[1].ratio").value(0.5))
        .andExpect(jsonPath("$.units[0].substances[1].weighted").value(5))
        .andExpect(jsonPath("$.units[0].s").value(1.25))
        .andExpect(jsonPath("$.units[0].majorHazard").value(true))
        .andExpect(jsonPath("$.units[0].alpha").value(2))
        .andExpect(jsonPath("$.units[0].weightedSum").value(6.5))
        .andExpect(jsonPath("$.units[0].r").value(13))
        .andExpect(jsonPath("$.units[0].level").value("LEVEL_3"))
        // Carbon monoxide has no Table 1 row: it is counted as 煤气, Q 20, β 2. 40/20 = 2.
        .andExpect(jsonPath("$.units[1].substances[0].cas").value("630-08-0"))
        .andExpect(jsonPath("$.units[1].substances[0].catalogueKey").value(COAL_GAS))
        .andExpect(jsonPath("$.units[1].substances[0].name").value(containsString("煤气")))
        .andExpect(jsonPath("$.units[1].substances[0].Q").value(20))
        .andExpect(jsonPath("$.units[1].substances[0].beta").value(2))
        .andExpect(jsonPath("$.units[1].substances[0].ratio").value(2))
        // 硝酸铵肥料 100 t: Q 200 → S 0.5, β 1 from its category W9.2.
        .andExpect(jsonPath("$.units[2].s").value(0.5))
        .andExpect(jsonPath("$.units[2].substances[0].Q").value(200))
        .andExpect(jsonPath("$.units[2].substances[0].beta").value(1))
        .andExpect(jsonPath("$.units[2].substances[0].betaCategory").value("W9.2"))
        .andExpect(jsonPath("$.units[2].level").doesNotExist())
        // Propane is Table 1 液化石油气 (Q 50); PH₃ Q 1 β 20; CH₃Br Q 10 β 3:
        // S = 25/50 + 0.2/1 + 2/10 = 0.5 + 0.2 + 0.2 = 0.9 < 1.
        .andExpect(jsonPath("$.units[3].substances[0].catalogueKey").value("68476-85-7"))
        .andExpect(jsonPath("$.units[3].substances[0].Q").value(50))
        .andExpect(jsonPath("$.units[3].substances[1].beta").value(20))
        .andExpect(jsonPath("$.units[3].substances[2].Q").value(10))
        .andExpect(jsonPath("$.units[3].substances[2].beta").value(3))
        .andExpect(jsonPath("$.units[3].s").value(0.9))
        .andExpect(jsonPath("$.units[3].majorHazard").value(false));
  }

  @Test
  void anUnknownCodeOrGarbageIsRefusedInTheCallersLanguage() throws Exception {
    mvc.perform(
            post(EVALUATE)
                .with(as(account(Role.GRID_WORKER), Role.GRID_WORKER))
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"units":[{"name":"罐区","kind":"STORAGE",
                      "substances":[{"cas":"GB18218-T1-NO-SUCH-ROW","quantityTonnes":1,"category":"W2"},
                                    {"cas":"煤气","quantityTonnes":1}]}],
                     "exposedPopulation":10}"""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("units[0].substances[0].cas"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(containsString("Catalogue code GB18218-T1-NO-SUCH-ROW is not in")))
        .andExpect(jsonPath("$.errors[1].field").value("units[0].substances[1].cas"))
        .andExpect(jsonPath("$.errors[1].message").value(containsString("nor a catalogue code")));
  }

  @Test
  void theSiteFormTakesACatalogueCodeAndTheDetailPageShowsTheLines() throws Exception {
    String town = account(Role.TOWN_STAFF);
    mvc.perform(get("/risk/major-hazards/new").with(as(town, Role.TOWN_STAFF)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<option value=\"" + COAL_GAS + "\"")));
    String detail =
        mvc.perform(
                post("/risk/major-hazards")
                    .with(as(town, Role.TOWN_STAFF))
                    .with(csrf())
                    .param("uscc", chemicalEnterprise(CHENGXIANG))
                    .param("name", "煤气站")
                    .param("exposedPopulation", "150")
                    .param("unitName", "煤气柜", "煤气柜")
                    .param("kind", "STORAGE", "STORAGE")
                    .param("cas", COAL_GAS, "10102-44-0")
                    .param("category", "", "")
                    .param("quantity", "15", "0.5"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    mvc.perform(get(detail).with(as(town, Role.TOWN_STAFF)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("目录编号 " + COAL_GAS)))
        .andExpect(content().string(containsString("S = Σ q/Q = 0.75 + 0.5 = 1.25")))
        .andExpect(
            content().string(containsString("R = α × Σ βq/Q = 2 × (1.5 + 5) = 2 × 6.5 = 13")))
        .andExpect(content().string(containsString("三级")))
        .andExpect(content().string(containsString(SEEDED)));
  }

  // ---- versions ------------------------------------------------------------------------------

  @Test
  void aDraftEditChangesNothingLiveAndActivationRegradesEverySite() throws Exception {
    String admin = account(Role.SYSTEM_ADMIN);
    String staff = emergencyStaff();
    long seeded = activeVersionId();
    String cas = newCas();
    addToActive(admin, cas, "10");
    // 10 t, Q 10 → S 1; 60 people → α 1.5; R = 1.5 × 2 × 1 = 3 → 四级.
    long site = createSite(staff, "{\"cas\":\"%s\",\"quantityTonnes\":10}".formatted(cas), 60);
    assertThat(storedLevel(site)).isEqualTo("LEVEL_4");

    long draft = newDraft(admin);
    String draftCode = versions.get(draft).code();
    assertThat(versions.get(draft).status()).isEqualTo(CatalogueVersionStatus.DRAFT);
    // The draft is a full copy: the seeded rows and the new entry, with the alias of 煤气.
    assertThat(versions.get(draft).entries()).isEqualTo(versions.get(seeded).entries());
    assertThat(count("SELECT count(*) FROM risk_chemical_alias WHERE version_id = ?", draft))
        .isEqualTo(count("SELECT count(*) FROM risk_chemical_alias WHERE version_id = ?", seeded));
    // The revision lowers Q to 1 in the draft: S = 10, R = 1.5 × 2 × 10 = 30 → 三级 once active.
    mvc.perform(
            post("/admin/chemicals/" + entryId(draft, cas))
                .with(as(admin, Role.SYSTEM_ADMIN))
                .with(csrf())
                .param("nameZh", "版本测试气体")
                .param("criticalQuantity", "1")
                .param("beta", "2")
                .param("toxicGas", "true")
                .param("version", "0"))
        .andExpect(status().is3xxRedirection());

    // Nothing live changed: stored grade, the site's calculation, the what-if calculator.
    assertThat(storedLevel(site)).isEqualTo("LEVEL_4");
    mvc.perform(get(SITES + "/" + site).with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(jsonPath("$.gradedWith").value(SEEDED))
        .andExpect(jsonPath("$.evaluation.catalogueVersion").value(SEEDED))
        .andExpect(jsonPath("$.evaluation.units[0].r").value(3))
        .andExpect(jsonPath("$.level").value("LEVEL_4"));
    mvc.perform(
            post(EVALUATE)
                .with(as(staff, Role.DEPARTMENT_STAFF))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"units":[{"name":"A","kind":"STORAGE",
                      "substances":[{"cas":"%s","quantityTonnes":10}]}],"exposedPopulation":60}"""
                        .formatted(cas)))
        .andExpect(jsonPath("$.units[0].substances[0].Q").value(10));
    assertThat(entryQ(seeded, cas)).isEqualTo("10");
    CatalogueVersions.Preview preview = versions.preview(draft);
    assertThat(preview.levelChanges()).isGreaterThanOrEqualTo(1);
    assertThat(preview.ungradable()).isZero();

    try {
      mvc.perform(
              post("/admin/chemicals/versions/" + draft + "/activate")
                  .with(as(admin, Role.SYSTEM_ADMIN))
                  .with(csrf()))
          .andExpect(status().is3xxRedirection())
          .andExpect(flash().attribute("notice", containsString("已启用目录版本 " + draftCode)));

      // Every site is graded with the activated version; the old one is retired but readable.
      assertThat(activeVersionId()).isEqualTo(draft);
      assertThat(storedLevel(site)).isEqualTo("LEVEL_3");
      mvc.perform(get(SITES + "/" + site).with(as(staff, Role.DEPARTMENT_STAFF)))
          .andExpect(jsonPath("$.gradedWith").value(draftCode))
          .andExpect(jsonPath("$.evaluation.units[0].r").value(30))
          .andExpect(jsonPath("$.level").value("LEVEL_3"));
      mvc.perform(get("/risk/major-hazards/" + site).with(as(staff, Role.DEPARTMENT_STAFF)))
          .andExpect(content().string(containsString(draftCode)))
          .andExpect(content().string(not(containsString("本页按现行版本"))));
      assertThat(versions.get(seeded).status()).isEqualTo(CatalogueVersionStatus.RETIRED);
      mvc.perform(get("/admin/chemicals/versions/" + seeded).with(as(admin, Role.SYSTEM_ADMIN)))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("已停用")))
          .andExpect(content().string(containsString(cas)));
      // Who switched, from which version, is in the audit trail and the activation log.
      assertThat(
              count(
                  "SELECT count(*) FROM audit_event WHERE target_type = 'risk.catalogue'"
                      + " AND target_id = ? AND action = 'UPDATE' AND actor = ?"
                      + " AND before_state::text LIKE ?",
                  draftCode,
                  admin,
                  "%" + SEEDED + "%"))
          .isEqualTo(1);
      mvc.perform(get("/admin/chemicals/versions").with(as(admin, Role.SYSTEM_ADMIN)))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString(admin)));

      // A retired version is read-only and kept.
      mvc.perform(
              post("/admin/chemicals/" + entryId(seeded, cas))
                  .with(as(admin, Role.SYSTEM_ADMIN))
                  .with(csrf())
                  .param("nameZh", "改不了")
                  .param("criticalQuantity", "3")
                  .param("beta", "2")
                  .param("version", "0"))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("已停用，只读")));
      assertThat(entryQ(seeded, cas)).isEqualTo("10");
      mvc.perform(
              post("/admin/chemicals/versions/" + seeded + "/delete")
                  .with(as(admin, Role.SYSTEM_ADMIN))
                  .with(csrf()))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("不能删除")));
      assertThat(count("SELECT count(*) FROM risk_catalogue_version WHERE id = ?", seeded))
          .isEqualTo(1);
    } finally {
      // Back to the seeded version (a retired version can be activated again): grades follow.
      if (activeVersionId() != seeded) {
        activate(admin, seeded);
      }
    }
    assertThat(storedLevel(site)).isEqualTo("LEVEL_4");
    mvc.perform(get(SITES + "/" + site).with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(jsonPath("$.gradedWith").value(SEEDED));
  }

  private String entryQ(long versionId, String key) {
    return jdbc.sql(
            "SELECT critical_quantity_t::numeric::text FROM risk_chemical WHERE version_id = ?"
                + " AND cas = ?")
        .params(versionId, key)
        .query(String.class)
        .single()
        .replaceAll("\\.0+$", "");
  }

  @Test
  void nonsenseIsRefusedAndChangesNothing() throws Exception {
    String admin = account(Role.SYSTEM_ADMIN);
    long active = activeVersionId();
    long versionsBefore = count("SELECT count(*) FROM risk_catalogue_version");
    // The active version cannot be activated again or deleted; an unknown one is not found.
    mvc.perform(
            post("/admin/chemicals/versions/" + active + "/activate")
                .with(as(admin, Role.SYSTEM_ADMIN))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("已是现行版本")));
    mvc.perform(
            post("/admin/chemicals/versions/" + active + "/delete")
                .with(as(admin, Role.SYSTEM_ADMIN))
                .with(csrf())
                .param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("only drafts can")));
    mvc.perform(
            post("/admin/chemicals/versions/999999999/activate")
                .with(as(admin, Role.SYSTEM_ADMIN))
                .with(csrf()))
        .andExpect(status().isNotFound());
    // A version needs a code of its own and a title.
    mvc.perform(
            post("/admin/chemicals/versions")
                .with(as(admin, Role.SYSTEM_ADMIN))
                .with(csrf())
                .param("code", " ")
                .param("title", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("请填写版本编号")))
        .andExpect(content().string(containsString("请填写版本名称")));
    mvc.perform(
            post("/admin/chemicals/versions")
                .with(as(admin, Role.SYSTEM_ADMIN))
                .with(csrf())
                .param("code", "gb 18218-2018")
                .param("title", "重复"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("已存在")));
    assertThat(count("SELECT count(*) FROM risk_catalogue_version")).isEqualTo(versionsBefore);

    // A draft that lost a substance a site uses cannot be activated.
    String staff = emergencyStaff();
    String cas = newCas();
    addToActive(admin, cas, "5");
    long site = createSite(staff, "{\"cas\":\"%s\",\"quantityTonnes\":10}".formatted(cas), 60);
    long draft = newDraft(admin);
    mvc.perform(get("/admin/chemicals/" + entryId(draft, cas)).with(as(admin, Role.SYSTEM_ADMIN)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("从草稿中删除该条目")));
    mvc.perform(
            get("/admin/chemicals/versions/" + draft + "/new")
                .param("lang", "en")
                .with(as(admin, Role.SYSTEM_ADMIN)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Further CAS numbers this entry covers")));
    mvc.perform(
            get("/admin/chemicals/versions").param("lang", "en").with(as(admin, Role.SYSTEM_ADMIN)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Copy into a draft")))
        .andExpect(content().string(containsString("Draft")));
    // Removing an entry is for drafts only.
    mvc.perform(
            post("/admin/chemicals/" + entryId(active, cas) + "/delete")
                .with(as(admin, Role.SYSTEM_ADMIN))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("只能从草稿中删除")));
    mvc.perform(
            post("/admin/chemicals/" + entryId(draft, cas) + "/delete")
                .with(as(admin, Role.SYSTEM_ADMIN))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(count("SELECT count(*) FROM risk_chemical WHERE cas = ?", cas)).isEqualTo(1);
    assertThat(versions.preview(draft).ungradable()).isGreaterThanOrEqualTo(1);
    mvc.perform(
            post("/admin/chemicals/versions/" + draft + "/activate")
                .with(as(admin, Role.SYSTEM_ADMIN))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("无法按版本")))
        .andExpect(content().string(containsString(cas)));
    assertThat(activeVersionId()).isEqualTo(active);
    assertThat(storedLevel(site)).isEqualTo("LEVEL_4");

    // Other roles may neither see nor switch versions.
    String other = emergencyStaff();
    mvc.perform(get("/admin/chemicals/versions").with(as(other, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/admin/chemicals/versions/" + draft + "/activate")
                .with(as(other, Role.DEPARTMENT_STAFF))
                .with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(activeVersionId()).isEqualTo(active);

    // A draft can be deleted, with everything in it.
    mvc.perform(
            post("/admin/chemicals/versions/" + draft + "/delete")
                .with(as(admin, Role.SYSTEM_ADMIN))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("notice", containsString("已删除草稿")));
    assertThat(count("SELECT count(*) FROM risk_catalogue_version WHERE id = ?", draft)).isZero();
    assertThat(count("SELECT count(*) FROM risk_chemical WHERE version_id = ?", draft)).isZero();
    assertThat(count("SELECT count(*) FROM risk_hazard_category WHERE version_id = ?", draft))
        .isZero();
  }

  @Test
  void aLiveEditThatWouldLeaveASiteUngradableIsRefused() throws Exception {
    String admin = account(Role.SYSTEM_ADMIN);
    String staff = emergencyStaff();
    // A site counting carbon monoxide, which only the alias on 煤气 resolves.
    long site = createSite(staff, "{\"cas\":\"630-08-0\",\"quantityTonnes\":30}", 10);
    assertThat(storedLevel(site)).isEqualTo("LEVEL_4");
    long coalGas = entryId(activeVersionId(), COAL_GAS);
    int version =
        jdbc.sql("SELECT version FROM risk_chemical WHERE id = ?")
            .param(coalGas)
            .query(Integer.class)
            .single();
    mvc.perform(
            post("/admin/chemicals/" + coalGas)
                .with(as(admin, Role.SYSTEM_ADMIN))
                .with(csrf())
                .param("aliases", "")
                .param("nameZh", "煤气（CO，CO和H₂、CH₄的混合物等）")
                .param("criticalQuantity", "20")
                .param("beta", "2")
                .param("toxicGas", "true")
                .param("version", String.valueOf(version)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("630-08-0")))
        .andExpect(content().string(containsString("无法按版本")));
    assertThat(count("SELECT count(*) FROM risk_chemical_alias WHERE chemical_id = ?", coalGas))
        .isEqualTo(1);
    // An alias must not name another entry: 7446-09-5 is SO₂'s own key.
    mvc.perform(
            post("/admin/chemicals/" + coalGas)
                .with(as(admin, Role.SYSTEM_ADMIN))
                .with(csrf())
                .param("aliases", "630-08-0, 7446-09-5, 1234-56-7")
                .param("nameZh", "煤气")
                .param("criticalQuantity", "20")
                .param("beta", "2")
                .param("version", String.valueOf(version)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("CAS 号 7446-09-5 已属于条目 7446-09-5")))
        .andExpect(content().string(containsString("“1234-56-7”不是有效的 CAS 号")));
  }
}
