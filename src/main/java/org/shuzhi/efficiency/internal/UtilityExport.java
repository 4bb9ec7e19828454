package org.shuzhi.efficiency.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.shuzhi.audit.AuditAction;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditTrail;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.Spreadsheets;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;

/**
 * The lists the utilities charge from (economy.md §1.5): one sheet each for the power company
 * (kWh), the water company (m³) and the ecology bureau (emission equivalent tonnes), with each
 * enterprise's class, rate and amount. Only from a PUBLISHED run — surcharges apply to published
 * classes, never to a draft or one in publicity. Streamed (SXSSF) and audited as an export.
 */
@Service
class UtilityExport {

  static final String PUBLISHED = "PUBLISHED";

  private final Surcharges surcharges;
  private final EfficiencyPolicies policies;
  private final EfficiencyAccess access;
  private final AuditTrail audit;
  private final MessageSource messages;

  UtilityExport(
      Surcharges surcharges,
      EfficiencyPolicies policies,
      EfficiencyAccess access,
      AuditTrail audit,
      MessageSource messages) {
    this.surcharges = surcharges;
    this.policies = policies;
    this.access = access;
    this.audit = audit;
    this.messages = messages;
  }

  /** Refuses before anything is written, so the caller can still answer with a message. */
  void requireExportable(RunRepository.RunSummary run, CurrentUser user) {
    access.requireManage(user);
    if (!PUBLISHED.equals(run.status())) {
      throw new ConflictException(
          "efficiency.policy.notPublished",
          String.valueOf(run.year()),
          run.version(),
          new DefaultMessageSourceResolvable(
              new String[] {"efficiency.run.status." + run.status()}, run.status()));
    }
  }

  String fileName(RunRepository.RunSummary run, Locale locale) {
    return messages.getMessage(
            "efficiency.policy.export.file",
            new Object[] {String.valueOf(run.year()), run.version()},
            locale)
        + ".xlsx";
  }

  void write(RunRepository.RunSummary run, CurrentUser user, Locale locale, OutputStream out)
      throws IOException {
    requireExportable(run, user);
    YearPolicy policy = policies.policy(run.year());
    long[] counts = new long[3];
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
      Sheet electricity = sheet(workbook, "electricity", "kwh", locale);
      Sheet water = sheet(workbook, "water", "m3", locale);
      Sheet emission = sheet(workbook, "emission", "eqt", locale);
      surcharges.each(
          run,
          policy,
          user,
          s -> {
            var c = s.consumption();
            var p = s.policy();
            if (p.electricitySurcharge().signum() > 0 && c.electricityKwh() != null) {
              row(
                  electricity,
                  ++counts[0],
                  s,
                  c.electricityKwh(),
                  p.electricitySurcharge(),
                  s.electricity());
            }
            if (p.waterSurcharge().signum() > 0 && c.waterM3() != null) {
              row(water, ++counts[1], s, c.waterM3(), p.waterSurcharge(), s.water());
            }
            if (p.emissionSurcharge().signum() > 0 && c.emission() != null) {
              row(emission, ++counts[2], s, c.emission(), p.emissionSurcharge(), s.emission());
            }
          });
      workbook.write(out);
    }
    audit.record(
        AuditEntry.change(AuditAction.EXPORT, "efficiency_surcharge", run.id(), null, null)
            .withDetail(
                "year "
                    + run.year()
                    + " v"
                    + run.version()
                    + ": electricity "
                    + counts[0]
                    + ", water "
                    + counts[1]
                    + ", emission "
                    + counts[2]
                    + " rows"));
  }

  private Sheet sheet(SXSSFWorkbook workbook, String kind, String unit, Locale locale) {
    Sheet sheet = workbook.createSheet(message("efficiency.policy.export.sheet." + kind, locale));
    List<String> headers =
        List.of(
            message("efficiency.uscc", locale),
            message("efficiency.name", locale),
            message("efficiency.class", locale),
            message("efficiency.policy.export.quantity." + unit, locale),
            message("efficiency.policy.export.rate." + unit, locale),
            message("efficiency.policy.export.amount", locale));
    Row header = sheet.createRow(0);
    for (int i = 0; i < headers.size(); i++) {
      header.createCell(i).setCellValue(headers.get(i));
    }
    return sheet;
  }

  private static void row(
      Sheet sheet, long number, Surcharge s, double quantity, BigDecimal rate, BigDecimal amount) {
    Row row = sheet.createRow((int) number);
    row.createCell(0).setCellValue(Spreadsheets.escapeFormula(s.consumption().uscc()));
    row.createCell(1).setCellValue(Spreadsheets.escapeFormula(s.consumption().name()));
    row.createCell(2).setCellValue(s.consumption().efficiencyClass());
    row.createCell(3).setCellValue(quantity);
    row.createCell(4).setCellValue(rate.doubleValue());
    row.createCell(5).setCellValue(amount.doubleValue());
  }

  private String message(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }
}
