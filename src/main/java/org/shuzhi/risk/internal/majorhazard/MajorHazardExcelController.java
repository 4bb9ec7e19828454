package org.shuzhi.risk.internal.majorhazard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.ProblemMessages;
import org.shuzhi.platform.Spreadsheets;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Excel export of the major hazard site list under the list's filters (town, level), within the
 * user's data scope; text is formula-escaped by {@link Spreadsheets} and every export is audited.
 */
@Controller
@PreAuthorize(MajorHazardPageController.READERS)
class MajorHazardExcelController {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final MajorHazardSites sites;
  private final SiteRows siteRows;
  private final Spreadsheets spreadsheets;
  private final MessageSource messages;
  private final CurrentUsers users;
  private final MajorHazardAudit audit;
  private final Clock clock;
  private final ProblemMessages problems;

  MajorHazardExcelController(
      MajorHazardSites sites,
      SiteRows siteRows,
      Spreadsheets spreadsheets,
      MessageSource messages,
      CurrentUsers users,
      MajorHazardAudit audit,
      Clock clock,
      ProblemMessages problems) {
    this.sites = sites;
    this.siteRows = siteRows;
    this.spreadsheets = spreadsheets;
    this.messages = messages;
    this.users = users;
    this.audit = audit;
    this.clock = clock;
    this.problems = problems;
  }

  @GetMapping({"/risk/major-hazards/export", "/api/v1/risk/major-hazard/sites/export"})
  void export(
      @RequestParam(required = false) String town,
      @RequestParam(required = false) String level,
      HttpServletResponse response,
      Locale locale)
      throws IOException {
    // An unknown level is refused (400) before anything is written, as on the list.
    var query = SiteRows.query(town, level, 0, 1);
    List<List<Object>> rows = new ArrayList<>();
    sites.forEach(
        query.townCode(),
        query.level(),
        users.require(),
        site -> {
          SiteRows.Row r = siteRows.pageRow(site);
          rows.add(
              Arrays.asList(
                  r.name(),
                  r.enterpriseName(),
                  r.uscc(),
                  r.townName(),
                  r.unitCount(),
                  r.exposedPopulation(),
                  label(
                      r.level() == null ? "risk.mh.notMajor" : "risk.mh.level." + r.level(),
                      locale)));
        });
    Spreadsheets.download(
        response, "major-hazards-" + LocalDate.now(clock.withZone(SHANGHAI)) + ".xlsx");
    spreadsheets.write(
        label("risk.mh.list.title", locale),
        Arrays.stream(
                new String[] {
                  "risk.mh.field.site",
                  "risk.mh.field.enterprise",
                  "risk.mh.field.uscc",
                  "risk.mh.field.town",
                  "risk.mh.field.units",
                  "risk.mh.field.population",
                  "risk.mh.field.level"
                })
            .map(k -> label(k, locale))
            .toList(),
        rows,
        response.getOutputStream());
    audit.sitesExported(query.townCode(), query.level(), rows.size());
  }

  /**
   * A bad filter (an unknown level) is a 400 with the localized reason; this controller serves a
   * file, so there is no page to show it on.
   */
  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<String> refused(InvalidInputException e, Locale locale) {
    return ResponseEntity.badRequest()
        .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
        .body(String.join("\n", problems.of(e, locale)));
  }

  private String label(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }
}
