package org.shuzhi.command.internal.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.identity.Role;
import org.shuzhi.platform.TestWorkbooks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The duty roster's optional 账户 / Account column: imported only for an existing enabled account
 * (row by row, in the user's language, all or nothing), exported, in the template, and absent from
 * older files without harm.
 */
class DutyRosterAccountExcelIntegrationTest extends IntegrationTest {

  private static final List<String> HEADER =
      List.of("部门代码", "镇街代码", "值班日期", "班次", "值班角色", "值班人员", "联系电话", "账户");

  @Autowired JdbcClient jdbc;

  private RequestPostProcessor emergency() {
    return user(departmentAccount("EMERGENCY")).roles("DEPARTMENT_STAFF");
  }

  private static String person() {
    return "值班-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static List<Object> row(String person, String account) {
    List<Object> row = new ArrayList<>();
    row.addAll(
        List.of(
            "EMERGENCY",
            "",
            LocalDate.now().plusDays(3).toString(),
            "DAY",
            "值班员",
            person,
            "13800138000"));
    row.add(account);
    return row;
  }

  private long stored(String person) {
    return jdbc.sql("SELECT count(*) FROM command_duty WHERE person_name = ?")
        .param(person)
        .query(Long.class)
        .single();
  }

  /** The stored account, or "" when the entry names none. */
  private String storedAccount(String person) {
    return jdbc.sql("SELECT coalesce(account, '') FROM command_duty WHERE person_name = ?")
        .param(person)
        .query(String.class)
        .single();
  }

  @Test
  void anUnknownOrDisabledAccountRefusesTheWholeFileRowByRow() throws Exception {
    String townStaff = account(Role.TOWN_STAFF);
    String disabled = account(Role.TOWN_STAFF);
    jdbc.sql("UPDATE identity_account SET enabled = false WHERE username = ?")
        .param(disabled)
        .update();
    String good = person();
    String unknown = person();
    String off = person();
    byte[] file =
        TestWorkbooks.xlsx(
            List.of(
                HEADER, row(good, townStaff), row(unknown, "no-such-account"), row(off, disabled)));
    mvc.perform(
            multipart("/api/v1/command/duty/import")
                .file(new MockMultipartFile("file", "d.xlsx", null, file))
                .with(emergency())
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.imported").value(0))
        .andExpect(jsonPath("$.errors.length()").value(2))
        .andExpect(jsonPath("$.errors[0].row").value(3))
        .andExpect(jsonPath("$.errors[0].column").value("账户"))
        .andExpect(jsonPath("$.errors[0].message", containsString("没有启用的账户")))
        .andExpect(jsonPath("$.errors[0].message", containsString("no-such-account")))
        .andExpect(jsonPath("$.errors[1].row").value(4))
        .andExpect(jsonPath("$.errors[1].message", containsString(disabled)));
    assertThat(stored(good) + stored(unknown) + stored(off)).isZero();

    mvc.perform(
            multipart("/api/v1/command/duty/import")
                .file(new MockMultipartFile("file", "d.xlsx", null, file))
                .header("Accept-Language", "en")
                .with(emergency())
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].column").value("Account"))
        .andExpect(
            jsonPath(
                "$.errors[*].message", hasItem("There is no enabled account \"no-such-account\"")));
    assertThat(stored(good)).isZero();
  }

  @Test
  void anAccountIsImportedAndExportedAndABlankOneStaysEmpty() throws Exception {
    String townStaff = account(Role.TOWN_STAFF);
    String linked = person();
    String unlinked = person();
    byte[] file =
        TestWorkbooks.xlsx(List.of(HEADER, row(linked, " " + townStaff + " "), row(unlinked, "")));
    mvc.perform(
            multipart("/api/v1/command/duty/import")
                .file(new MockMultipartFile("file", "d.xlsx", null, file))
                .with(emergency())
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.imported").value(2));
    assertThat(storedAccount(linked)).isEqualTo(townStaff);
    assertThat(storedAccount(unlinked)).isEmpty();

    byte[] export =
        mvc.perform(
                get("/api/v1/command/duty/export")
                    .param("department", "EMERGENCY")
                    .with(emergency()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    List<List<String>> rows = rows(export);
    assertThat(rows.get(0)).endsWith("账户");
    assertThat(rows).anySatisfy(r -> assertThat(r).contains(linked).endsWith(townStaff));
    assertThat(rows).anySatisfy(r -> assertThat(r).contains(unlinked).doesNotContain(townStaff));
  }

  @Test
  void theTemplateHasTheColumnAndOlderFilesWithoutItStillImport() throws Exception {
    byte[] template =
        mvc.perform(
                get("/api/v1/command/duty/import/template")
                    .header("Accept-Language", "en")
                    .with(emergency()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(rows(template).get(0)).endsWith("Phone", "Account");

    String person = person();
    List<Object> old = row(person, null);
    old.remove(old.size() - 1);
    byte[] file = TestWorkbooks.xlsx(List.of(HEADER.subList(0, HEADER.size() - 1), old));
    mvc.perform(
            multipart("/api/v1/command/duty/import")
                .file(new MockMultipartFile("file", "d.xlsx", null, file))
                .with(emergency())
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.imported").value(1));
    assertThat(stored(person)).isOne();
    assertThat(storedAccount(person)).isEmpty();
  }

  private static List<List<String>> rows(byte[] xlsx) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    DataFormatter formatter = new DataFormatter();
    try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Row r : wb.getSheetAt(0)) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < r.getLastCellNum(); c++) {
          cells.add(r.getCell(c) == null ? "" : formatter.formatCellValue(r.getCell(c)));
        }
        rows.add(cells);
      }
    }
    return rows;
  }
}
