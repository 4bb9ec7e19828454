package org.shuzhi.efficiency.internal.report;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.efficiency.EfficiencyGroup;
import org.shuzhi.efficiency.internal.ReportedRuns;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.identity.DataScope;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.NotFoundException;
import org.shuzhi.platform.Spreadsheets;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Pages: 一企一单 of an enterprise in a run (and shortcuts to its latest standing run, for the
 * enterprise user and the map), the run's distributions with the ranking list, and the export.
 */
@Controller
class ReportPageController {

  static final int PAGE_SIZE = 50;

  private final EnterpriseReports reports;
  private final RunDistributions distributions;
  private final RunExport export;
  private final CurrentUsers users;
  private final AreaDirectory areas;

  ReportPageController(
      EnterpriseReports reports,
      RunDistributions distributions,
      RunExport export,
      CurrentUsers users,
      AreaDirectory areas) {
    this.reports = reports;
    this.distributions = distributions;
    this.export = export;
    this.users = users;
    this.areas = areas;
  }

  @GetMapping("/efficiency/runs/{runId}/enterprises/{uscc}")
  String report(@PathVariable long runId, @PathVariable String uscc, Model model, Locale locale) {
    try {
      model.addAttribute("report", reports.report(runId, uscc, users.require(), locale));
    } catch (NotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return "efficiency/report";
  }

  /** The enterprise user's own report in its latest standing run; others go to the overview. */
  @GetMapping("/efficiency/report")
  String ownReport() {
    CurrentUser user = users.require();
    if (user.scope().kind() != DataScope.Kind.ENTERPRISE || user.scope().enterpriseUscc() == null) {
      return "redirect:/efficiency";
    }
    return latest(user.scope().enterpriseUscc(), user);
  }

  @GetMapping("/efficiency/report/{uscc}")
  String latestReport(@PathVariable String uscc) {
    return latest(uscc, users.require());
  }

  /** From the map: its points carry the registry id. */
  @GetMapping("/efficiency/report/enterprise/{id}")
  String reportOfEnterprise(@PathVariable long id) {
    CurrentUser user = users.require();
    try {
      return latest(reports.usccOfEnterprise(id), user);
    } catch (NotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  private String latest(String uscc, CurrentUser user) {
    try {
      return "redirect:/efficiency/runs/"
          + reports.latestRunOf(uscc, user)
          + "/enterprises/"
          + uscc;
    } catch (NotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  @GetMapping("/efficiency/runs/{runId}/distribution")
  String distribution(
      @PathVariable long runId,
      @RequestParam(required = false) String group,
      @RequestParam(required = false) String rankingGroup,
      @RequestParam(required = false) String town,
      @RequestParam(required = false) String industry,
      @RequestParam(defaultValue = "0") int page,
      Model model,
      Locale locale) {
    CurrentUser user = users.require();
    if (page < 0) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
    try {
      var distribution = distributions.distribution(runId, group, user, locale);
      model.addAttribute("distribution", distribution);
      model.addAttribute(
          "ranking",
          distributions.ranking(
              runId, rankingGroup, town, industry, page, PAGE_SIZE, user, locale));
    } catch (InvalidInputException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    } catch (NotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("groups", List.of(EfficiencyGroup.values()));
    model.addAttribute("classes", RunDistributions.CLASSES);
    model.addAttribute("towns", areas.towns());
    return "efficiency/distribution";
  }

  @GetMapping("/efficiency/runs/{runId}/export.xlsx")
  void export(@PathVariable long runId, Locale locale, HttpServletResponse response)
      throws IOException {
    CurrentUser user = users.require();
    ReportedRuns.Run run;
    try {
      run = export.require(runId, user);
    } catch (NotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    Spreadsheets.download(response, export.fileName(run, locale));
    export.write(runId, user, locale, response.getOutputStream());
  }
}
