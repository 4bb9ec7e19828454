package org.shuzhi.enterprise.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.shuzhi.enterprise.EnterpriseQuery;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.platform.ImportReport;
import org.shuzhi.platform.ProblemMessages;
import org.shuzhi.platform.Spreadsheets;
import org.shuzhi.platform.Spreadsheets.Column;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Excel template, all-or-nothing import with a row-by-row report, and export. */
@Component
class EnterpriseExcel {

  private final Spreadsheets spreadsheets;
  private final EnterpriseService service;
  private final EnterpriseAudit audit;
  private final MessageSource messages;
  private final ProblemMessages problemMessages;

  EnterpriseExcel(
      Spreadsheets spreadsheets,
      EnterpriseService service,
      EnterpriseAudit audit,
      MessageSource messages,
      ProblemMessages problems) {
    this.problemMessages = problems;
    this.spreadsheets = spreadsheets;
    this.service = service;
    this.audit = audit;
    this.messages = messages;
  }

  void template(OutputStream out, Locale locale) throws IOException {
    spreadsheets.write(sheetName(locale), EnterpriseSheet.headers(locale), List.of(), out);
  }

  ImportReport importFile(byte[] file, CurrentUser user, Locale locale) {
    if (!service.mayWrite(user)) {
      throw new AccessDeniedException("no write rights");
    }
    var rows = spreadsheets.read(file, EnterpriseSheet.COLUMNS);
    List<EnterpriseSheet.Parsed> parsed = rows.stream().map(EnterpriseSheet::parse).toList();
    var problems = service.importAll(parsed, user);
    Map<String, String> headerByKey =
        EnterpriseSheet.COLUMNS.stream()
            .collect(
                Collectors.toMap(
                    Column::key,
                    c -> "en".equals(locale.getLanguage()) ? c.enHeader() : c.zhHeader()));
    List<ImportReport.RowError> errors = new ArrayList<>();
    for (var p : problems) {
      int rowNumber = rows.get(p.index()).rowNumber();
      for (var v : p.violations()) {
        errors.add(
            new ImportReport.RowError(
                rowNumber,
                v.field() == null ? "" : headerByKey.getOrDefault(v.field(), v.field()),
                problemMessages.of(v, locale)));
      }
    }
    return new ImportReport(errors.isEmpty() ? rows.size() : 0, errors);
  }

  void export(
      EnterpriseQuery query, CurrentUser user, boolean plaintext, OutputStream out, Locale locale)
      throws IOException {
    if (plaintext && !user.mayViewPlaintext()) {
      throw new AccessDeniedException("no plaintext permission");
    }
    List<List<Object>> rows = new ArrayList<>();
    service.forEach(query, user, e -> rows.add(EnterpriseSheet.exportRow(e, plaintext, locale)));
    audit.exported(rows.size(), plaintext);
    spreadsheets.write(sheetName(locale), EnterpriseSheet.headers(locale), rows, out);
  }

  private String sheetName(Locale locale) {
    return messages.getMessage("enterprise.list.title", null, locale);
  }
}
