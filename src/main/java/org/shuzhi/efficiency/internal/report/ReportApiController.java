package org.shuzhi.efficiency.internal.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.Spreadsheets;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A run's results for reading: the per-enterprise report, distributions, ranking, export. */
@RestController
@RequestMapping("/api/v1/efficiency/runs/{id}")
@Tag(name = "efficiency", description = "Per-mu efficiency evaluation (亩均论英雄)")
class ReportApiController {

  private final EnterpriseReports reports;
  private final RunDistributions distributions;
  private final RunExport export;
  private final CurrentUsers users;

  ReportApiController(
      EnterpriseReports reports,
      RunDistributions distributions,
      RunExport export,
      CurrentUsers users) {
    this.reports = reports;
    this.distributions = distributions;
    this.export = export;
    this.users = users;
  }

  @Operation(
      summary =
          "一企一单: one enterprise's values, benchmarks, scores, ranks in group / town / industry"
              + " and its results in the other years (404 outside the caller's scope)")
  @GetMapping("/enterprises/{uscc}")
  EnterpriseReports.Report report(@PathVariable long id, @PathVariable String uscc, Locale locale) {
    return reports.report(id, uscc, users.require(), locale);
  }

  @Operation(
      summary =
          "Enterprises per class per town and per industry division, average total per town,"
              + " land and tax per class (within the caller's scope)")
  @GetMapping("/distribution")
  RunDistributions.Distribution distribution(
      @PathVariable long id, @RequestParam(required = false) String group, Locale locale) {
    return distributions.distribution(id, group, users.require(), locale);
  }

  @Operation(summary = "A page of one group's ranking, filtered by town and industry prefix")
  @GetMapping("/ranking")
  RunDistributions.RankingPage ranking(
      @PathVariable long id,
      @RequestParam(required = false) String group,
      @RequestParam(required = false) String town,
      @RequestParam(required = false) String industry,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      Locale locale) {
    return distributions.ranking(id, group, town, industry, page, size, users.require(), locale);
  }

  @Operation(summary = "The whole result of the run in the caller's scope as .xlsx (audited)")
  @GetMapping("/export.xlsx")
  void export(@PathVariable long id, Locale locale, HttpServletResponse response)
      throws IOException {
    CurrentUser user = users.require();
    var run = export.require(id, user);
    Spreadsheets.download(response, export.fileName(run, locale));
    export.write(id, user, locale, response.getOutputStream());
  }
}
