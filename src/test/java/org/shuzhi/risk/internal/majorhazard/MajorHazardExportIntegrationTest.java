package org.shuzhi.risk.internal.majorhazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.identity.Role;
import org.shuzhi.risk.RiskIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Excel export of the major hazard site list: filters, scope, formula escaping, audit. */
class MajorHazardExportIntegrationTest extends RiskIntegrationTest {

  private static final String EXPORT = "/risk/major-hazards/export";

  @Autowired JdbcClient jdbc;
  @Autowired AreaDirectory areas;

  /** SO₂ 200 t (Q 20, β 2), 60 people (α 1.5): R = 30 → 三级. */
  private void createSite(String staff, String uscc, String name) throws Exception {
    var response =
        mvc.perform(
                post("/api/v1/risk/major-hazard/sites")
                    .with(as(staff, Role.DEPARTMENT_STAFF))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"uscc":"%s","name":"%s","exposedPopulation":60,
                         "units":[{"name":"罐区","kind":"STORAGE",
                           "substances":[{"cas":"7446-09-5","quantityTonnes":200}]}]}
                        """
                            .formatted(uscc, name)))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
  }

  private Sheet export(String username, Role role, String town, String level) throws Exception {
    var request = get(EXPORT).with(as(username, role));
    if (town != null) {
      request.param("town", town);
    }
    if (level != null) {
      request.param("level", level);
    }
    byte[] bytes =
        mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    return new XSSFWorkbook(new ByteArrayInputStream(bytes)).getSheetAt(0);
  }

  private static List<String> column(Sheet sheet, int c) {
    List<String> values = new ArrayList<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      values.add(row == null || row.getCell(c) == null ? null : row.getCell(c).toString());
    }
    return values;
  }

  private long exportAudits() {
    return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'EXPORT' AND target_type = ?")
        .param(MajorHazardAudit.SITE)
        .query(Long.class)
        .single();
  }

  @Test
  void theExportHonoursTheFilterAndScopeEscapesFormulasAndIsAudited() throws Exception {
    String staff = emergencyStaff();
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String formula = "=SUM(1,2)-" + suffix;
    String plain = "导出罐区" + suffix;
    String elsewhere = "北干罐区" + suffix;
    createSite(staff, chemicalEnterprise(CHENGXIANG), formula);
    createSite(staff, chemicalEnterprise(CHENGXIANG), plain);
    createSite(staff, chemicalEnterprise(BEIGAN), elsewhere);
    String chengxiang = areas.town(CHENGXIANG).map(Town::name).orElseThrow();
    long auditsBefore = exportAudits();

    Sheet sheet = export(staff, Role.DEPARTMENT_STAFF, CHENGXIANG, "LEVEL_3");
    List<String> names = column(sheet, 0);
    // Text that Excel would run as a formula is kept as text, behind a quote.
    assertThat(names).contains("'" + formula, plain).doesNotContain(formula, elsewhere);
    int row = names.indexOf("'" + formula) + 1;
    assertThat(sheet.getRow(row).getCell(0).getCellType()).isEqualTo(CellType.STRING);
    assertThat(column(sheet, 3)).isNotEmpty().allMatch(chengxiang::equals);
    assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("重大危险源名称");
    assertThat(exportAudits()).isEqualTo(auditsBefore + 1);

    // Another level: none of these sites.
    assertThat(column(export(staff, Role.DEPARTMENT_STAFF, CHENGXIANG, "LEVEL_1"), 0))
        .doesNotContain("'" + formula, plain, elsewhere);
    // Unfiltered, district-wide staff get all three.
    assertThat(column(export(staff, Role.DEPARTMENT_STAFF, null, null), 0))
        .contains("'" + formula, plain, elsewhere);

    // Town staff of 城厢: their town's only; another town's filter gives an empty sheet.
    String town = account(Role.TOWN_STAFF);
    assertThat(column(export(town, Role.TOWN_STAFF, null, null), 0))
        .contains(plain)
        .doesNotContain(elsewhere);
    assertThat(export(town, Role.TOWN_STAFF, BEIGAN, null).getLastRowNum()).isZero();

    // Admin roles read no business data; a bad level is refused.
    mvc.perform(get(EXPORT).with(as(account(Role.SYSTEM_ADMIN), Role.SYSTEM_ADMIN)))
        .andExpect(status().isForbidden());
    long before = exportAudits();
    mvc.perform(get(EXPORT).param("level", "LEVEL_9").with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("LEVEL_9")));
    assertThat(exportAudits()).isEqualTo(before);
  }
}
