package org.shuzhi.risk.internal.points;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.ProblemMessages;
import org.shuzhi.platform.Spreadsheets;
import org.shuzhi.risk.RiskColour;
import org.shuzhi.risk.RiskObjectKind;
import org.shuzhi.risk.RiskObjectQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Census Excel: template download, import page, export (pages and API). */
@Controller
class RiskExcelController {

  private final RiskObjectExcel excel;
  private final CurrentUsers users;
  private final ProblemMessages messages;
  private final Clock clock;

  RiskExcelController(
      RiskObjectExcel excel, CurrentUsers users, ProblemMessages messages, Clock clock) {
    this.excel = excel;
    this.users = users;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/risk/objects/import")
  String importPage() {
    return "risk/points/import";
  }

  @GetMapping({"/risk/objects/import/template", "/api/v1/risk/objects/import/template"})
  void template(HttpServletResponse response, Locale locale) throws IOException {
    Spreadsheets.download(response, "risk-objects-template.xlsx");
    excel.template(response.getOutputStream(), locale);
  }

  @PostMapping("/risk/objects/import")
  String importFile(@RequestParam("file") MultipartFile file, Model model, Locale locale)
      throws IOException {
    try {
      model.addAttribute(
          "report", excel.importFile(Spreadsheets.upload(file), users.require(), locale));
    } catch (InvalidInputException e) {
      model.addAttribute("fileErrors", messages.of(e, locale));
    }
    return "risk/points/import";
  }

  @GetMapping({"/risk/objects/export", "/api/v1/risk/objects/export"})
  void export(
      @RequestParam(required = false) String town,
      @RequestParam(required = false) Long grid,
      @RequestParam(required = false) RiskObjectKind kind,
      @RequestParam(required = false) RiskColour colour,
      @RequestParam(defaultValue = "false") boolean unassessed,
      HttpServletResponse response,
      Locale locale)
      throws IOException {
    var user = users.require();
    Spreadsheets.download(
        response,
        "risk-objects-" + LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))) + ".xlsx");
    excel.export(
        new RiskObjectQuery(town, grid, kind, colour, unassessed, 0, 1),
        user,
        response.getOutputStream(),
        locale);
  }
}
