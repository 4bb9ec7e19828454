package org.shuzhi.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Excel (.xlsx) in and out, the way departments exchange data. Reading is guarded (ASVS 5.2.1 /
 * 5.2.3): file size, unpacked size, entry count and compression ratio are checked on the raw zip
 * before POI sees it, so a zip bomb is refused without being inflated. Writing escapes text that a
 * spreadsheet would run as a formula (ASVS 1.2.10, CSV/formula injection).
 */
@Component
public class Spreadsheets {

  static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
  static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;
  static final int MAX_ENTRIES = 2_000;
  static final int MAX_RATIO = 100;
  static final int MAX_ROWS = 100_000;

  /** One data row: its 1-based row number in the sheet and the cell texts by column key. */
  public record SheetRow(int rowNumber, Map<String, String> values) {
    public String get(String key) {
      String v = values.get(key);
      return v == null || v.isBlank() ? null : v.trim();
    }
  }

  /**
   * A column: its key, and the header texts accepted for it (the first is written in exports); an
   * optional column may be absent from a file (files made before it was added still read).
   */
  public record Column(String key, String zhHeader, String enHeader, boolean optional) {

    /** A column every file must have. */
    public Column(String key, String zhHeader, String enHeader) {
      this(key, zhHeader, enHeader, false);
    }
  }

  /**
   * Reads the first sheet: row 1 holds headers, each of {@code columns} must be there (in any
   * order, zh-CN or English header), no unknown column is allowed; blank rows are skipped.
   */
  public List<SheetRow> read(byte[] file, List<Column> columns) {
    guard(file);
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = workbook.getNumberOfSheets() == 0 ? null : workbook.getSheetAt(0);
      if (sheet == null || sheet.getRow(sheet.getFirstRowNum()) == null) {
        throw new InvalidInputException("file", "excel.empty");
      }
      Map<Integer, String> keyByIndex = headers(sheet.getRow(sheet.getFirstRowNum()), columns);
      DataFormatter formatter = new DataFormatter();
      List<SheetRow> rows = new ArrayList<>();
      for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row == null) {
          continue;
        }
        Map<String, String> values = new HashMap<>();
        boolean any = false;
        for (var entry : keyByIndex.entrySet()) {
          String text = text(row.getCell(entry.getKey()), formatter);
          if (text != null && !text.isBlank()) {
            any = true;
          }
          values.put(entry.getValue(), text);
        }
        if (any) {
          if (rows.size() >= MAX_ROWS) {
            throw new InvalidInputException("file", "excel.tooManyRows", MAX_ROWS);
          }
          rows.add(new SheetRow(r + 1, values));
        }
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException invalid) {
        throw invalid;
      }
      throw new InvalidInputException("file", "excel.unreadable");
    }
  }

  /**
   * Reads like {@link #read}, but streams the first sheet (SAX) instead of loading the workbook,
   * for department files of district scale: memory stays flat for 100,000+ rows. At most {@code
   * maxRows} data rows are accepted. Formulas are not evaluated (their cached values are read).
   */
  public List<SheetRow> readLarge(byte[] file, List<Column> columns, int maxRows) {
    guard(file);
    try (org.apache.poi.openxml4j.opc.OPCPackage pkg =
        org.apache.poi.openxml4j.opc.OPCPackage.open(new ByteArrayInputStream(file))) {
      var reader = new org.apache.poi.xssf.eventusermodel.XSSFReader(pkg);
      var strings = new org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable(pkg);
      var sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new InvalidInputException("file", "excel.empty");
      }
      StreamedRows handler = new StreamedRows(columns, maxRows);
      try (InputStream sheet = sheets.next()) {
        var parser = org.apache.poi.util.XMLHelper.newXMLReader();
        parser.setContentHandler(
            new org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler(
                reader.getStylesTable(), null, strings, handler, new PlainNumbers(), false));
        parser.parse(new org.xml.sax.InputSource(sheet));
      }
      if (handler.keyByIndex == null) {
        throw new InvalidInputException("file", "excel.empty");
      }
      return handler.rows;
    } catch (InvalidInputException invalid) {
      throw invalid;
    } catch (Exception e) {
      if (e.getCause() instanceof InvalidInputException invalid) {
        throw invalid;
      }
      throw new InvalidInputException("file", "excel.unreadable");
    }
  }

  /** Numbers at full precision (not the cell's display format), dates as formatted. */
  private static final class PlainNumbers extends DataFormatter {
    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      if (DateUtil.isADateFormat(formatIndex, formatString)) {
        return super.formatRawCellContents(value, formatIndex, formatString);
      }
      return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
  }

  /** Collects rows from the SAX stream: the first row is the header. */
  private static final class StreamedRows
      implements org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler {
    private final List<Column> columns;
    private final int maxRows;
    private final List<SheetRow> rows = new ArrayList<>();
    private Map<Integer, String> keyByIndex;
    private Map<Integer, String> current;

    StreamedRows(List<Column> columns, int maxRows) {
      this.columns = columns;
      this.maxRows = maxRows;
    }

    @Override
    public void startRow(int rowNum) {
      current = new LinkedHashMap<>();
    }

    @Override
    public void endRow(int rowNum) {
      if (keyByIndex == null) {
        if (current.values().stream().allMatch(v -> v == null || v.isBlank())) {
          return;
        }
        keyByIndex = headers(current, columns);
        return;
      }
      Map<String, String> values = new HashMap<>();
      boolean any = false;
      for (var entry : keyByIndex.entrySet()) {
        String text = current.get(entry.getKey());
        if (text != null && !text.isBlank()) {
          any = true;
        }
        values.put(entry.getValue(), text);
      }
      if (any) {
        if (rows.size() >= maxRows) {
          throw new InvalidInputException("file", "excel.tooManyRows", maxRows);
        }
        rows.add(new SheetRow(rowNum + 1, values));
      }
    }

    @Override
    public void cell(
        String cellReference,
        String formattedValue,
        org.apache.poi.xssf.usermodel.XSSFComment comment) {
      if (cellReference != null) {
        current.put(
            (int) new org.apache.poi.ss.util.CellReference(cellReference).getCol(), formattedValue);
      }
    }
  }

  /** Writes one sheet with a header row; text cells are escaped against formula injection. */
  public void write(
      String sheetName, List<String> headers, Iterable<List<Object>> rows, OutputStream out)
      throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
      Sheet sheet = workbook.createSheet(sheetName);
      Row header = sheet.createRow(0);
      for (int c = 0; c < headers.size(); c++) {
        header.createCell(c).setCellValue(headers.get(c));
      }
      int r = 1;
      for (List<Object> values : rows) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < values.size(); c++) {
          Object v = values.get(c);
          if (v == null) {
            continue;
          }
          Cell cell = row.createCell(c);
          if (v instanceof Number n && !(v instanceof BigDecimal)) {
            cell.setCellValue(n.doubleValue());
          } else if (v instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
          } else if (v instanceof Boolean b) {
            cell.setCellValue(b);
          } else {
            cell.setCellValue(escapeFormula(v.toString()));
          }
        }
      }
      workbook.write(out);
    }
  }

  /**
   * Text starting with = + - @ (or tab / carriage return) would be evaluated by Excel or WPS as a
   * formula; a leading apostrophe-like quote keeps it text (OWASP CSV injection guidance).
   */
  public static String escapeFormula(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + text
        : text;
  }

  private static Map<Integer, String> headers(Row headerRow, List<Column> columns) {
    Map<Integer, String> texts = new LinkedHashMap<>();
    DataFormatter formatter = new DataFormatter();
    for (Cell cell : headerRow) {
      texts.put(cell.getColumnIndex(), text(cell, formatter));
    }
    return headers(texts, columns);
  }

  private static Map<Integer, String> headers(Map<Integer, String> texts, List<Column> columns) {
    Map<String, String> keyByHeader = new HashMap<>();
    for (Column c : columns) {
      keyByHeader.put(normalise(c.zhHeader()), c.key());
      keyByHeader.put(normalise(c.enHeader()), c.key());
    }
    Map<Integer, String> keyByIndex = new LinkedHashMap<>();
    List<InvalidInputException.Violation> problems = new ArrayList<>();
    for (var header : texts.entrySet()) {
      String text = header.getValue();
      if (text == null || text.isBlank()) {
        continue;
      }
      String key = keyByHeader.get(normalise(text));
      if (key == null) {
        problems.add(new InvalidInputException.Violation("file", "excel.unknownColumn", text));
      } else {
        keyByIndex.put(header.getKey(), key);
      }
    }
    for (Column c : columns) {
      if (!c.optional() && !keyByIndex.containsValue(c.key())) {
        problems.add(
            new InvalidInputException.Violation("file", "excel.missingColumn", c.zhHeader()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return keyByIndex;
  }

  private static String normalise(String header) {
    return header.replaceAll("[\\s（）()]", "").toLowerCase();
  }

  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return null;
    }
    if (cell.getCellType() == CellType.FORMULA) {
      // Never evaluate formulas from uploaded files; take the cached value as text.
      return switch (cell.getCachedFormulaResultType()) {
        case NUMERIC ->
            BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        case STRING -> cell.getStringCellValue();
        case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
        default -> null;
      };
    }
    if (cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
      // Full precision (DataFormatter would round coordinates to the cell's display format).
      return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
    }
    return formatter.formatCellValue(cell);
  }

  /** Checks the zip container before parsing: size, entries, unpacked size, ratio. */
  static void guard(byte[] file) {
    if (file.length == 0) {
      throw new InvalidInputException("file", "excel.empty");
    }
    if (file.length > MAX_FILE_BYTES) {
      throw new InvalidInputException("file", "excel.tooLarge", MAX_FILE_BYTES / 1024 / 1024);
    }
    long total = 0;
    int entries = 0;
    byte[] buffer = new byte[64 * 1024];
    // commons-compress, as POI itself: java.util.zip cannot read the Zip64 data descriptors that
    // POI's streaming writer produces, so our own exports would be refused.
    try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(file))) {
      ZipArchiveEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          throw new InvalidInputException("file", "excel.zipBomb");
        }
        long entryBytes = 0;
        int n;
        while ((n = zip.read(buffer)) > 0) {
          entryBytes += n;
          total += n;
          // Streamed zips (data descriptor, as POI and many writers produce) announce no
          // compressed size in the local header (-1): the whole file then bounds it, which
          // can only understate the ratio of a small bomb, never flag a large honest sheet.
          long compressed = entry.getCompressedSize() > 0 ? entry.getCompressedSize() : file.length;
          if (total > MAX_UNPACKED_BYTES
              || (entryBytes > 1024 * 1024 && entryBytes / compressed > MAX_RATIO)) {
            throw new InvalidInputException("file", "excel.zipBomb");
          }
        }
      }
    } catch (IOException e) {
      throw new InvalidInputException("file", "excel.notXlsx");
    }
    if (entries == 0) {
      throw new InvalidInputException("file", "excel.notXlsx");
    }
  }

  /** The bytes of an uploaded .xlsx, refusing more than the file limit before reading it. */
  public static byte[] upload(org.springframework.web.multipart.MultipartFile file)
      throws IOException {
    if (file.getSize() > MAX_FILE_BYTES) {
      throw new InvalidInputException("file", "excel.tooLarge", MAX_FILE_BYTES / 1024 / 1024);
    }
    return readLimited(file.getInputStream());
  }

  /**
   * Prepares a response for downloading an .xlsx; the file name is encoded per RFC 6266 (ASVS
   * 5.4.2), so Chinese names survive and no header can be injected.
   */
  public static void download(jakarta.servlet.http.HttpServletResponse response, String fileName) {
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader(
        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
        org.springframework.http.ContentDisposition.attachment()
            .filename(fileName, java.nio.charset.StandardCharsets.UTF_8)
            .build()
            .toString());
  }

  /** Reads a stream fully, refusing more than the file limit. */
  public static byte[] readLimited(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
    if (bytes.length > MAX_FILE_BYTES) {
      throw new InvalidInputException("file", "excel.tooLarge", MAX_FILE_BYTES / 1024 / 1024);
    }
    return bytes;
  }
}
