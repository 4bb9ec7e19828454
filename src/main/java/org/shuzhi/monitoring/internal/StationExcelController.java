package org.shuzhi.monitoring.internal;

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
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Flood station Excel: template, import page, export (pages and API). */
@Controller
class StationExcelController {

  private final StationExcel excel;
  private final CurrentUsers users;
  private final ProblemMessages messages;
  private final Clock clock;

  StationExcelController(
      StationExcel excel, CurrentUsers users, ProblemMessages messages, Clock clock) {
    this.excel = excel;
    this.users = users;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/monitoring/stations/import")
  String importPage() {
    return "monitoring/station-import";
  }

  @GetMapping({
    "/monitoring/stations/import/template",
    "/api/v1/monitoring/stations/import/template"
  })
  void template(HttpServletResponse response, Locale locale) throws IOException {
    Spreadsheets.download(response, "flood-stations-template.xlsx");
    excel.template(response.getOutputStream(), locale);
  }

  @PostMapping("/monitoring/stations/import")
  String importFile(@RequestParam("file") MultipartFile file, Model model, Locale locale)
      throws IOException {
    try {
      model.addAttribute(
          "report", excel.importFile(Spreadsheets.upload(file), users.require(), locale));
    } catch (InvalidInputException e) {
      model.addAttribute("fileErrors", messages.of(e, locale));
    }
    return "monitoring/station-import";
  }

  @GetMapping({"/monitoring/stations/export", "/api/v1/monitoring/stations/export"})
  void export(
      @RequestParam(required = false) String town, HttpServletResponse response, Locale locale)
      throws IOException {
    var user = users.require();
    Spreadsheets.download(
        response,
        "flood-stations-" + LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))) + ".xlsx");
    excel.export(
        town == null || town.isBlank() ? null : town, user, response.getOutputStream(), locale);
  }
}
