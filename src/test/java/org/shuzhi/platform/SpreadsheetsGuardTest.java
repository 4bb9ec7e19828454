package org.shuzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * What the platform exports, it imports again (an export is the template departments fill in), and
 * the zip guard still refuses what is not a workbook or unpacks to far more than it weighs.
 */
class SpreadsheetsGuardTest {

  private final Spreadsheets spreadsheets = new Spreadsheets();

  @Test
  void aLargeExportReadsBackUnchanged() throws Exception {
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < 30_000; i++) {
      rows.add(List.of("91330109MA" + String.format("%08d", i), "企业" + i, i * 1.5));
    }
    var out = new ByteArrayOutputStream();
    spreadsheets.write("sheet", List.of("统一社会信用代码", "名称", "面积"), rows, out);

    var read =
        spreadsheets.read(
            out.toByteArray(),
            List.of(
                new Spreadsheets.Column("uscc", "统一社会信用代码", "USCC"),
                new Spreadsheets.Column("name", "名称", "Name"),
                new Spreadsheets.Column("area", "面积", "Area")));

    assertThat(read).hasSize(30_000);
    assertThat(read.get(29_999).get("name")).isEqualTo("企业29999");
    assertThat(read.get(29_999).get("area")).isEqualTo("44998.5");
  }

  @Test
  void aZipBombIsRefusedBeforeParsing() throws Exception {
    var out = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 20; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }

    assertThatThrownBy(() -> Spreadsheets.guard(out.toByteArray()))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.getMessage()).contains("excel.zipBomb"));
  }

  @Test
  void bytesThatAreNoZipAreRefused() {
    assertThatThrownBy(() -> Spreadsheets.guard("统一社会信用代码,名称".getBytes()))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.getMessage()).contains("excel.notXlsx"));
  }
}
