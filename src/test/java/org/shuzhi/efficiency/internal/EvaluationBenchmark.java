package org.shuzhi.efficiency.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.shuzhi.ShuzhiApplication;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.core.Uscc;
import org.shuzhi.efficiency.EfficiencyGroup;
import org.shuzhi.efficiency.internal.scoring.EnterpriseFigures;
import org.shuzhi.efficiency.internal.scoring.EvaluationMethod;
import org.shuzhi.efficiency.internal.scoring.ScoringEngine;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseDraft;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 6 benchmarks at Xiaoshan's scale: Excel import of N rows per department template, a full
 * evaluation (read from PostgreSQL, score, classify, store), the reports on its result (Excel
 * export, 一企一单, distribution) and scoring alone. A figure for the documentation, not a test: {@code
 * bench/efficiency.sh [enterprises]} (default 120,000) boots the platform on a throw-away embedded
 * database (profile test), registers the enterprises, then measures.
 */
public final class EvaluationBenchmark {

  private static final CurrentUser BUREAU =
      new CurrentUser(
          "bench-bureau", Role.DEPARTMENT_STAFF, "ECONOMY", DataScope.district(), false);

  private EvaluationBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 120_000;
    int year = 2030;
    Random random = new Random(42);
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(ShuzhiApplication.class)
            .profiles("test")
            .properties("logging.level.org.shuzhi.efficiency=INFO")
            .run()) {
      List<String> usccs = register(context.getBean(EnterpriseDirectory.class), n, random);

      EfficiencyYears years = context.getBean(EfficiencyYears.class);
      long t = System.nanoTime();
      int inScope = years.open(year, BUREAU);
      System.out.printf("open year (scope from registry): %d enterprises, %d ms%n", inScope, ms(t));

      FigureImports imports = context.getBean(FigureImports.class);
      for (Dataset dataset : Dataset.values()) {
        byte[] file = workbook(dataset, usccs, random);
        t = System.nanoTime();
        var report =
            imports.importFile(
                year, dataset, file, dataset + ".xlsx", BUREAU, Locale.SIMPLIFIED_CHINESE);
        System.out.printf(
            "Excel import %-10s %,d rows (%,d KB): %d ms%s%n",
            dataset,
            n,
            file.length / 1024,
            ms(t),
            report.ok() ? "" : " FAILED " + report.errors().subList(0, 3));
      }
      // a second delivery of the same size: every value replaced, history written
      byte[] again = workbook(Dataset.TAX, usccs, random);
      t = System.nanoTime();
      imports.importFile(year, Dataset.TAX, again, "TAX-2.xlsx", BUREAU, Locale.SIMPLIFIED_CHINESE);
      System.out.printf("Excel re-import TAX (corrections with history): %d ms%n", ms(t));

      EvaluationRuns runs = context.getBean(EvaluationRuns.class);
      long lastRun = 0;
      for (int i = 0; i < 3; i++) {
        t = System.nanoTime();
        var run = runs.run(year, BUREAU);
        lastRun = run.id();
        System.out.printf(
            "full evaluation run v%d (%,d enterprises, read+score+classify+store): %d ms%n",
            run.version(), run.enterpriseCount(), ms(t));
      }
      org.shuzhi.efficiency.internal.report.ReportBenchmark.measure(context, lastRun, BUREAU);

      ScoringEngine engine = context.getBean(ScoringEngine.class);
      List<EnterpriseFigures> figures = figures(n, random);
      EvaluationMethod method = EvaluationMethod.defaults();
      for (int i = 0; i < 5; i++) {
        t = System.nanoTime();
        engine.score(method, figures);
        System.out.printf("scoring alone (%,d enterprises): %d ms%n", n, ms(t));
      }
    }
  }

  private static long ms(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static List<String> register(EnterpriseDirectory directory, int n, Random random) {
    long t = System.nanoTime();
    String[] towns = {"330109001", "330109002"};
    String[] industries = {"C2614", "C3311", "C1713", "D4411", "I6510", "M7320"};
    List<String> usccs = new ArrayList<>(n);
    List<EnterpriseDraft> batch = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String org = String.format("%08d", 10_000_000 + i);
      String first17 = "91330109" + org + Uscc.organizationCodeCheck(org);
      String uscc = first17 + Uscc.checkCharacter(first17);
      usccs.add(uscc);
      String industry = industries[i % industries.length];
      batch.add(
          new EnterpriseDraft(
              uscc,
              "基准企业" + i,
              "张三",
              "13812345678",
              industry,
              industry.startsWith("C") ? random.nextInt(4) == 0 : true,
              towns[i % 2],
              "测试路" + i + "号",
              null,
              null,
              CoordinateSystem.WGS84,
              BigDecimal.TEN,
              null,
              20,
              true));
      if (batch.size() == 5_000) {
        directory.registerAll(batch, "bench");
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      directory.registerAll(batch, "bench");
    }
    System.out.printf("registered %,d enterprises: %d ms%n", n, ms(t));
    return usccs;
  }

  /**
   * A department file as Excel or WPS would save it (a plain zip with inline strings). POI's
   * streaming writer is not used: its zip entries carry data descriptors that the platform's upload
   * guard (java.util.zip) refuses.
   */
  private static byte[] workbook(Dataset dataset, List<String> usccs, Random random)
      throws Exception {
    StringBuilder sheet = new StringBuilder(usccs.size() * 200);
    sheet.append(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet"
            + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    List<String> headers = dataset.headers(Locale.SIMPLIFIED_CHINESE);
    sheet.append("<row r=\"1\">");
    for (int c = 0; c < headers.size(); c++) {
      text(sheet, c, 1, headers.get(c));
    }
    sheet.append("</row>");
    for (int r = 0; r < usccs.size(); r++) {
      int rowNumber = r + 2;
      sheet.append("<row r=\"").append(rowNumber).append("\">");
      text(sheet, 0, rowNumber, usccs.get(r));
      text(sheet, 1, rowNumber, "基准企业" + r);
      int c = 2;
      for (Dataset.Field f : dataset.fields()) {
        switch (f.kind()) {
          case NUMBER ->
              sheet
                  .append("<c r=\"")
                  .append((char) ('A' + c))
                  .append(rowNumber)
                  .append("\"><v>")
                  .append(Math.round(random.nextDouble() * 100_000) / 100.0 + 1)
                  .append("</v></c>");
          case TEXT -> text(sheet, c, rowNumber, "XS-" + r);
          case FLAG -> text(sheet, c, rowNumber, random.nextInt(500) == 0 ? "是" : "否");
        }
        c++;
      }
      sheet.append("</row>");
    }
    sheet.append("</sheetData></worksheet>");
    String ns = "http://schemas.openxmlformats.org/";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      entry(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
              + ns
              + "package/2006/content-types\"><Default Extension=\"rels\""
              + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
              + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
              + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
              + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
              + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
              + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/></Types>");
      entry(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
              + ns
              + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
              + ns
              + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
              + "</Relationships>");
      entry(
          zip,
          "xl/workbook.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\""
              + ns
              + "spreadsheetml/2006/main\" xmlns:r=\""
              + ns
              + "officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\""
              + " r:id=\"rId1\"/></sheets></workbook>");
      entry(
          zip,
          "xl/_rels/workbook.xml.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
              + ns
              + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
              + ns
              + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
              + "<Relationship Id=\"rId2\" Type=\""
              + ns
              + "officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
              + "</Relationships>");
      entry(
          zip,
          "xl/styles.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\""
              + ns
              + "spreadsheetml/2006/main\"><fonts count=\"1\"><font/></fonts><fills count=\"1\">"
              + "<fill/></fills><borders count=\"1\"><border/></borders><cellStyleXfs"
              + " count=\"1\"><xf/></cellStyleXfs><cellXfs count=\"1\"><xf/></cellXfs>"
              + "</styleSheet>");
      entry(zip, "xl/worksheets/sheet1.xml", sheet.toString());
    }
    return out.toByteArray();
  }

  private static void text(StringBuilder sheet, int column, int row, String value) {
    sheet
        .append("<c r=\"")
        .append((char) ('A' + column))
        .append(row)
        .append("\" t=\"inlineStr\"><is><t>")
        .append(value.replace("&", "&amp;").replace("<", "&lt;"))
        .append("</t></is></c>");
  }

  private static void entry(ZipOutputStream zip, String name, String content) throws Exception {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static List<EnterpriseFigures> figures(int n, Random random) {
    List<EnterpriseFigures> figures = new ArrayList<>(n);
    EfficiencyGroup[] groups = EfficiencyGroup.values();
    for (int i = 0; i < n; i++) {
      figures.add(
          new EnterpriseFigures(
              "U" + i,
              groups[i % groups.length],
              1 + random.nextDouble() * 100,
              random.nextDouble() * 500,
              random.nextDouble() * 5_000,
              1 + random.nextDouble() * 2_000,
              random.nextInt(10) == 0 ? null : 0.1 + random.nextDouble() * 5,
              1 + random.nextDouble() * 500,
              random.nextDouble() * 100,
              1 + random.nextDouble() * 10_000,
              1 + random.nextDouble() * 1e7,
              null));
    }
    return figures;
  }
}
