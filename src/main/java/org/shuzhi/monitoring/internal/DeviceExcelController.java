package org.shuzhi.monitoring.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.monitoring.DeviceKind;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.ProblemMessages;
import org.shuzhi.platform.Spreadsheets;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Device Excel: template, import page, export (pages and API). */
@Controller
class DeviceExcelController {

  private final DeviceExcel excel;
  private final CurrentUsers users;
  private final ProblemMessages messages;
  private final Clock clock;

  DeviceExcelController(
      DeviceExcel excel, CurrentUsers users, ProblemMessages messages, Clock clock) {
    this.excel = excel;
    this.users = users;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/monitoring/devices/import")
  String importPage() {
    return "monitoring/import";
  }

  @GetMapping({"/monitoring/devices/import/template", "/api/v1/monitoring/devices/import/template"})
  void template(HttpServletResponse response, Locale locale) throws IOException {
    Spreadsheets.download(response, "devices-template.xlsx");
    excel.template(response.getOutputStream(), locale);
  }

  @PostMapping("/monitoring/devices/import")
  String importFile(@RequestParam("file") MultipartFile file, Model model, Locale locale)
      throws IOException {
    try {
      var result = excel.importFile(Spreadsheets.upload(file), users.require(), locale);
      model.addAttribute("report", result.report());
      model.addAttribute("issued", result.issued());
    } catch (InvalidInputException e) {
      model.addAttribute("fileErrors", messages.of(e, locale));
    }
    return "monitoring/import";
  }

  @GetMapping({"/monitoring/devices/export", "/api/v1/monitoring/devices/export"})
  void export(
      @RequestParam(required = false) String town,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String text,
      HttpServletResponse response,
      Locale locale)
      throws IOException {
    var user = users.require();
    var query =
        new DeviceQuery(town, DeviceForm.parse(DeviceKind.class, kind, "kind"), null, text, 0, 1);
    Spreadsheets.download(
        response, "devices-" + LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))) + ".xlsx");
    excel.export(query, user, response.getOutputStream(), locale);
  }
}
