package org.shuzhi.efficiency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuzhi.core.TestUsccs.newUscc;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shuzhi.IntegrationTest;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseDraft;
import org.shuzhi.identity.Role;
import org.shuzhi.platform.TestWorkbooks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Base of the efficiency (亩均) integration tests: the economy bureau, evaluation years (always from
 * {@link TestYears}), registered enterprises, dataset uploads and reading exported workbooks — the
 * helpers every efficiency test needs, written once.
 */
public abstract class EfficiencyIntegrationTest extends IntegrationTest {

  protected static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Autowired protected EnterpriseDirectory directory;
  @Autowired protected JdbcClient jdbc;

  private String bureauName;
  private RequestPostProcessor bureau;

  /** The economy bureau (经信局): one account per test instance, created on first use. */
  protected RequestPostProcessor bureau() {
    if (bureau == null) {
      bureauName = departmentAccount("ECONOMY");
      bureau = user(bureauName).roles(Role.DEPARTMENT_STAFF.name());
    }
    return bureau;
  }

  /** The bureau's username (e.g. the author in histories). */
  protected String bureauName() {
    bureau();
    return bureauName;
  }

  /** A fresh department-staff account of the named department (TAX, ECONOMY, …). */
  protected RequestPostProcessor staff(String department) {
    return user(departmentAccount(department)).roles(Role.DEPARTMENT_STAFF.name());
  }

  protected static RequestPostProcessor enterprise(String username) {
    return user(username).roles(Role.ENTERPRISE_USER.name());
  }

  /**
   * Opens a year through the API as the bureau. Years come from {@link TestYears}; a year another
   * test class holds (409) is skipped.
   */
  protected int openYear() throws Exception {
    while (true) {
      int year = TestYears.next();
      int status =
          mvc.perform(
                  post("/api/v1/efficiency/years")
                      .with(bureau())
                      .contentType(MediaType.APPLICATION_JSON)
                      .content("{\"year\":" + year + "}"))
              .andReturn()
              .getResponse()
              .getStatus();
      if (status == 201) {
        return year;
      }
      assertThat(status).isEqualTo(409);
    }
  }

  /** Posts a dataset's rows as JSON ({@code {"rows":[…]}}); expects 200. */
  protected void postRows(int year, String dataset, RequestPostProcessor as, String body)
      throws Exception {
    mvc.perform(
            post("/api/v1/efficiency/years/" + year + "/datasets/" + dataset + "/rows")
                .with(as)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isOk());
  }

  /** Uploads a dataset as an Excel workbook built from {@code rows} (header first). */
  protected ResultActions importXlsx(
      int year, String dataset, RequestPostProcessor as, List<List<?>> rows) throws Exception {
    var file = new MockMultipartFile("file", dataset + ".xlsx", XLSX, TestWorkbooks.xlsx(rows));
    return mvc.perform(
        multipart("/api/v1/efficiency/years/" + year + "/datasets/" + dataset + "/import")
            .file(file)
            .with(as));
  }

  /**
   * Registers one enterprise under a new USCC (it joins an open year on its first import); {@code
   * namePrefix} plus the USCC's tail names it.
   */
  protected String register(String namePrefix, String town, String industry, boolean aboveScale) {
    String uscc = newUscc();
    directory.registerAll(
        List.of(draft(uscc, namePrefix + uscc.substring(10), town, industry, aboveScale)), "test");
    return uscc;
  }

  /** An enterprise without a location. */
  protected static EnterpriseDraft draft(
      String uscc, String name, String town, String industry, boolean aboveScale) {
    return draft(uscc, name, town, industry, aboveScale, null, null);
  }

  /** An enterprise (WGS84 location, if any), 10 mu of land, 20 employees. */
  protected static EnterpriseDraft draft(
      String uscc,
      String name,
      String town,
      String industry,
      boolean aboveScale,
      Double lon,
      Double lat) {
    return new EnterpriseDraft(
        uscc,
        name,
        "张三",
        "13812345678",
        industry,
        aboveScale,
        town,
        "测试路1号",
        lon,
        lat,
        CoordinateSystem.WGS84,
        BigDecimal.TEN,
        null,
        20,
        false);
  }

  /** The first sheet's rows keyed by the {@code keyHeader} column, each as header → cell text. */
  protected static Map<String, Map<String, String>> readSheet(byte[] file, String keyHeader)
      throws Exception {
    Map<String, Map<String, String>> rows = new HashMap<>();
    DataFormatter formatter = new DataFormatter();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = workbook.getSheetAt(0);
      Row header = sheet.getRow(0);
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        Map<String, String> cells = new HashMap<>();
        for (int c = 0; c < header.getLastCellNum(); c++) {
          cells.put(
              header.getCell(c).getStringCellValue(), formatter.formatCellValue(row.getCell(c)));
        }
        rows.put(cells.get(keyHeader), cells);
      }
    }
    return rows;
  }
}
