package org.shuzhi.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.identity.Role;
import org.shuzhi.monitoring.FloodStation;
import org.shuzhi.monitoring.FloodStations;
import org.shuzhi.platform.TestWorkbooks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * Flood station Excel: template, all-or-nothing import with row messages, export that re-imports.
 */
class StationExcelIntegrationTest extends IntegrationTest {

  @Autowired FloodStations stations;

  private static RequestPostProcessor staff(String username) {
    return user(username).roles(Role.DEPARTMENT_STAFF.name());
  }

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A workbook with the zh headers and these rows. */
  private static byte[] workbook(List<List<String>> rows) throws Exception {
    List<List<String>> all = new ArrayList<>();
    all.add(StationExcel.COLUMNS.stream().map(c -> c.zhHeader()).toList());
    all.addAll(rows);
    return TestWorkbooks.xlsx(all);
  }

  private String upload(String username, byte[] file, String lang) throws Exception {
    return mvc.perform(
            multipart("/monitoring/stations/import")
                .file(new MockMultipartFile("file", "s.xlsx", null, file))
                .param("lang", lang)
                .with(staff(username))
                .with(csrf()))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** Row, column and message of each reported problem. */
  private static List<String> problems(String page) {
    int table = page.indexOf("id=\"import-errors\"");
    if (table < 0) {
      return List.of();
    }
    String rows = page.substring(table, page.indexOf("</table>", table));
    return Pattern.compile("<tr><td>(.*?)</td><td>(.*?)</td>\\s*<td>(.*?)</td></tr>")
        .matcher(rows)
        .results()
        .map(m -> m.group(1) + " | " + m.group(2) + " | " + HtmlUtils.htmlUnescape(m.group(3)))
        .toList();
  }

  private boolean exists(String code) {
    return stations.stations().stream().map(FloodStation::code).anyMatch(code::equals);
  }

  @Test
  void badRowsImportNothingAndEachIsReportedWithItsRow() throws Exception {
    String staff = departmentAccount("EMERGENCY");
    String taken = unique("FS-");
    upload(
        staff,
        workbook(
            List.of(List.of(taken, "已有站", "北塘河", "城厢街道", "120.2484", "30.1673", "5", "6", ""))),
        "zh-CN");
    assertThat(exists(taken)).isTrue();

    String good = unique("FS-");
    String twice = unique("FS-");
    byte[] bad =
        workbook(
            List.of(
                List.of(good, "好站", "北塘河", "", "120.2484", "30.1673", "5.00", "6.50", "7.20"),
                // warning level above the guarantee level
                List.of(unique("FS-"), "倒挂站", "", "", "120.2484", "30.1673", "6.5", "5", ""),
                // a town there is not
                List.of(unique("FS-"), "无镇站", "", "火星镇", "120.2484", "30.1673", "5", "6", ""),
                // a code already in use, and one twice in the file
                List.of(taken, "重号站", "", "", "120.2484", "30.1673", "5", "6", ""),
                List.of(twice, "一号", "", "", "120.2484", "30.1673", "5", "6", ""),
                List.of(twice, "二号", "", "", "120.2484", "30.1673", "5", "6", ""),
                // not a number
                List.of(unique("FS-"), "文字站", "", "", "120.2484", "30.1673", "五米", "6", ""),
                // a town, but not the one the location lies in (北干 vs. 城厢)
                List.of(unique("FS-"), "错镇站", "", "北干街道", "120.2484", "30.1673", "5", "6", "")));
    List<String> zh = problems(upload(staff, bad, "zh-CN"));
    assertThat(zh)
        .containsExactly(
            "3 | 保证水位（米） | 保证水位不能低于警戒水位",
            "4 | 镇街 | 无法识别的镇街：火星镇",
            "5 | 水位站编码 | 水位站编码“" + taken + "”已被使用",
            "7 | 水位站编码 | 水位站编码“" + twice + "”已被使用",
            "8 | 警戒水位（米） | “五米”不是有效的数字。",
            "9 | 镇街 | 位置不在所填镇街内");
    assertThat(exists(good)).isFalse();
    assertThat(exists(twice)).isFalse();

    List<String> en = problems(upload(staff, bad, "en"));
    assertThat(en).hasSize(6);
    assertThat(en.get(0)).isEqualTo("3 | Guarantee level (m) | " + en.get(0).split(" \\| ")[2]);
    assertThat(en.get(1)).isEqualTo("4 | Town | Unknown town: 火星镇");
    assertThat(exists(good)).isFalse();
  }

  @Test
  void exportedStationsImportAgainAndTheTemplateHasTheHeaders() throws Exception {
    String staff = departmentAccount("EMERGENCY");
    String code = unique("FX-");
    String page =
        upload(
            staff,
            workbook(
                List.of(
                    List.of(
                        code,
                        "导出站",
                        "钱塘江",
                        "330109001",
                        "120.2484",
                        "30.1673",
                        "5.1",
                        "6.2",
                        "7.3"))),
            "zh-CN");
    assertThat(page).contains("已导入 1 个水位站");
    FloodStation imported =
        stations.stations().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    assertThat(imported.townCode()).isEqualTo(CHENGXIANG);
    assertThat(imported.guaranteeLevel()).isEqualByComparingTo("6.2");

    byte[] export =
        mvc.perform(get("/monitoring/stations/export").param("town", CHENGXIANG).with(staff(staff)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    List<String> exportedRow = null;
    try (var wb = new XSSFWorkbook(new ByteArrayInputStream(export))) {
      var sheet = wb.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("水位站编码");
      for (var row : sheet) {
        if (row.getCell(0).getStringCellValue().equals(code)) {
          exportedRow = new ArrayList<>();
          for (int c = 0; c < StationExcel.COLUMNS.size(); c++) {
            var cell = row.getCell(c);
            exportedRow.add(
                cell == null
                    ? ""
                    : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        ? String.valueOf(cell.getNumericCellValue())
                        : cell.getStringCellValue());
          }
        }
      }
    }
    assertThat(exportedRow).isNotNull();
    assertThat(exportedRow.get(3)).isEqualTo("城厢街道");
    // The same file, with a new code, imports again.
    String again = unique("FX-");
    exportedRow.set(0, again);
    assertThat(upload(staff, workbook(List.of(exportedRow)), "zh-CN")).contains("已导入 1 个水位站");
    assertThat(exists(again)).isTrue();

    byte[] template =
        mvc.perform(
                get("/monitoring/stations/import/template").param("lang", "en").with(staff(staff)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      assertThat(wb.getSheetAt(0).getRow(0).getCell(6).getStringCellValue())
          .isEqualTo("Warning level (m)");
    }
  }

  @Test
  void aReaderMayNotImport() throws Exception {
    String leader = account(Role.DISTRICT_LEADER);
    byte[] file =
        workbook(List.of(List.of(unique("FS-"), "x", "", "", "120.2484", "30.1673", "5", "6", "")));
    mvc.perform(
            multipart("/monitoring/stations/import")
                .file(new MockMultipartFile("file", "s.xlsx", null, file))
                .with(user(leader).roles(Role.DISTRICT_LEADER.name()))
                .with(csrf()))
        .andExpect(status().isForbidden());
  }
}
