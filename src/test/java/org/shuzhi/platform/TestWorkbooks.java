package org.shuzhi.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Uploads for import tests: a one-sheet .xlsx written cell by cell, without the formula escaping of
 * {@link Spreadsheets#write}, so a test can send exactly what a user's file would hold.
 */
public final class TestWorkbooks {

  private TestWorkbooks() {}

  /** The rows as given (usually headers first); numbers become numeric cells, nulls stay empty. */
  public static byte[] xlsx(List<? extends List<?>> rows) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = wb.createSheet();
      for (int r = 0; r < rows.size(); r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          Object v = rows.get(r).get(c);
          if (v instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else if (v != null) {
            row.createCell(c).setCellValue(v.toString());
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }
}
