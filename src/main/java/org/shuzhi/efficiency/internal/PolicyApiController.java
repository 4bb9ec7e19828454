package org.shuzhi.efficiency.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.shuzhi.efficiency.EnterpriseIncentive;
import org.shuzhi.efficiency.internal.YearPolicy.ClassPolicy;
import org.shuzhi.efficiency.internal.YearPolicy.RebateRule;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.Spreadsheets;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Differentiated policies, surcharges, the utilities' export and the A/B incentives over REST. */
@RestController
@RequestMapping("/api/v1/efficiency/years/{year}")
@Tag(name = "efficiency", description = "Per-mu efficiency evaluation (亩均论英雄)")
class PolicyApiController {

  private final EfficiencyPolicies policies;
  private final Surcharges surcharges;
  private final UtilityExport export;
  private final IncentiveSnapshots incentives;
  private final CurrentUsers users;
  private final EfficiencyAccess access;

  PolicyApiController(
      EfficiencyPolicies policies,
      Surcharges surcharges,
      UtilityExport export,
      IncentiveSnapshots incentives,
      CurrentUsers users,
      EfficiencyAccess access) {
    this.policies = policies;
    this.surcharges = surcharges;
    this.export = export;
    this.incentives = incentives;
    this.users = users;
    this.access = access;
  }

  /** A year's policy; {@code defaults} = nobody saved one yet, the built-in values apply. */
  record PolicyView(
      int year,
      int version,
      boolean defaults,
      String updatedBy,
      Instant updatedAt,
      List<ClassPolicy> classes,
      List<RebateRule> rebates) {

    static PolicyView of(YearPolicy p) {
      return new PolicyView(
          p.year(),
          p.version(),
          p.defaults(),
          p.updatedBy(),
          p.updatedAt(),
          p.classes(),
          p.rebates());
    }
  }

  record PolicyUpdate(Integer version, List<ClassPolicy> classes, List<RebateRule> rebates) {}

  @GetMapping("/policies")
  PolicyView policy(@PathVariable int year) {
    access.requireRead(users.require());
    return PolicyView.of(policies.policy(year));
  }

  @Operation(
      summary =
          "Replace the year's policies (all four classes, rebate rules): bureau only, validated,"
              + " audited; version must match")
  @PutMapping("/policies")
  PolicyView update(@PathVariable int year, @RequestBody PolicyUpdate update) {
    if (update == null) {
      throw new InvalidInputException("version", "efficiency.policy.versionMissing");
    }
    return PolicyView.of(
        policies.update(
            year, update.version(), update.classes(), update.rebates(), users.require()));
  }

  @Operation(
      summary =
          "Surcharges of a run (default: the run that stands for the year) within the caller's"
              + " data scope, with totals per class and town")
  @GetMapping("/surcharges")
  Surcharges.Report surcharges(
      @PathVariable int year,
      @RequestParam(required = false) Long run,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    CurrentUser user = users.require();
    access.requireRead(user);
    return surcharges.report(
        surcharges.run(year, run), Math.max(0, page), Math.max(1, Math.min(size, 500)), user);
  }

  @Operation(
      summary =
          "The utilities' surcharge lists (.xlsx: electricity, water, emission sheets) of a"
              + " PUBLISHED run; 409 otherwise")
  @GetMapping("/surcharges/export")
  void export(
      @PathVariable int year,
      @RequestParam(required = false) Long run,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    CurrentUser user = users.require();
    RunRepository.RunSummary summary = surcharges.run(year, run);
    export.requireExportable(summary, user);
    Spreadsheets.download(response, export.fileName(summary, locale));
    export.write(summary, user, locale, response.getOutputStream());
  }

  @Operation(summary = "A/B incentives of the year's published run (as materialised)")
  @GetMapping("/incentives")
  List<EnterpriseIncentive> incentives(@PathVariable int year) {
    access.requireSimulate(users.require());
    return incentives.incentives(year);
  }
}
