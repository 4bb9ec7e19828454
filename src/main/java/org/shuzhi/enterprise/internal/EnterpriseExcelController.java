package org.shuzhi.enterprise.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.shuzhi.enterprise.EnterpriseQuery;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.ProblemMessages;
import org.shuzhi.platform.Spreadsheets;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Excel template download, import (page and API) and export. */
@Controller
class EnterpriseExcelController {

  private final EnterpriseExcel excel;
  private final CurrentUsers users;
  private final ProblemMessages messages;

  EnterpriseExcelController(EnterpriseExcel excel, CurrentUsers users, ProblemMessages messages) {
    this.excel = excel;
    this.users = users;
    this.messages = messages;
  }

  @GetMapping("/enterprises/import")
  String importPage() {
    return "enterprise/import";
  }

  @GetMapping({"/enterprises/import/template", "/api/v1/enterprises/import/template"})
  void template(HttpServletResponse response, Locale locale) throws IOException {
    Spreadsheets.download(response, "enterprise-template.xlsx");
    excel.template(response.getOutputStream(), locale);
  }

  @PostMapping("/enterprises/import")
  String importFile(@RequestParam("file") MultipartFile file, Model model, Locale locale)
      throws IOException {
    try {
      model.addAttribute(
          "report", excel.importFile(Spreadsheets.upload(file), users.require(), locale));
    } catch (InvalidInputException e) {
      model.addAttribute("fileErrors", messages.of(e, locale));
    }
    return "enterprise/import";
  }

  @GetMapping({"/enterprises/export", "/api/v1/enterprises/export"})
  void export(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String town,
      @RequestParam(required = false) String industry,
      @RequestParam(required = false) Boolean aboveScale,
      @RequestParam(defaultValue = "false") boolean plaintext,
      HttpServletResponse response,
      Locale locale)
      throws IOException {
    var user = users.require();
    Spreadsheets.download(response, "enterprises-" + LocalDate.now() + ".xlsx");
    excel.export(
        new EnterpriseQuery(q, town, industry, aboveScale, 0, 1),
        user,
        plaintext,
        response.getOutputStream(),
        locale);
  }
}
