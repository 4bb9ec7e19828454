package org.shuzhi.efficiency.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.shuzhi.efficiency.EfficiencyGroup;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.ImportReport;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.NotFoundException;
import org.shuzhi.platform.ProblemMessages;
import org.shuzhi.platform.Spreadsheets;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pages: year overview with data completeness per department and the runs, department import pages,
 * and a run's results (the method pages are {@link MethodPageController}'s).
 */
@Controller
class EfficiencyPageController {

  private final EfficiencyYears years;
  private final YearRepository yearRepository;
  private final FigureImports imports;
  private final EvaluationRuns runs;
  private final CurrentUsers users;
  private final EfficiencyAccess access;
  private final ProblemMessages problems;
  private final JsonMapper json;

  EfficiencyPageController(
      EfficiencyYears years,
      YearRepository yearRepository,
      FigureImports imports,
      EvaluationRuns runs,
      CurrentUsers users,
      EfficiencyAccess access,
      ProblemMessages problems,
      JsonMapper json) {
    this.years = years;
    this.yearRepository = yearRepository;
    this.imports = imports;
    this.runs = runs;
    this.users = users;
    this.access = access;
    this.problems = problems;
    this.json = json;
  }

  @GetMapping("/efficiency")
  String overview(@RequestParam(required = false) Integer year, Model model) {
    CurrentUser user = users.require();
    access.requireRead(user);
    List<Integer> all = years.list();
    Integer selected = year != null ? year : all.isEmpty() ? null : all.get(0);
    if (selected != null && !all.contains(selected)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("years", all);
    model.addAttribute("year", selected);
    model.addAttribute("mayManage", access.mayManage(user));
    model.addAttribute("datasets", List.of(Dataset.values()));
    model.addAttribute("ownDatasets", imports.datasetsFor(user));
    if (selected != null) {
      model.addAttribute("completeness", yearRepository.completeness(selected, user.scope()));
      model.addAttribute("runs", runs.list(selected, user));
    }
    return "efficiency/overview";
  }

  @PostMapping("/efficiency/years")
  String open(@RequestParam(required = false) String year, Model model, Locale locale) {
    CurrentUser user = users.require();
    try {
      int y = Integer.parseInt(year == null ? "" : year.trim());
      years.open(y, user);
      return "redirect:/efficiency?year=" + y;
    } catch (NumberFormatException e) {
      model.addAttribute(
          "errors",
          List.of(
              problems.of(
                  new InvalidInputException.Violation(
                      "year", "efficiency.year.range", "2000", "2100"),
                  locale)));
    } catch (InvalidInputException e) {
      model.addAttribute("errors", problems.of(e, locale));
    } catch (ConflictException e) {
      model.addAttribute("errors", problems.of(e, locale));
    }
    overview(null, model);
    return "efficiency/overview";
  }

  @PostMapping("/efficiency/{year}/runs")
  String run(@PathVariable int year) {
    var run = runs.run(year, users.require());
    return "redirect:/efficiency/runs/" + run.id();
  }

  @GetMapping("/efficiency/{year}/import/{dataset}")
  String importPage(@PathVariable int year, @PathVariable String dataset, Model model) {
    Dataset d = dataset(dataset);
    imports.requireMayImport(users.require(), d);
    years.requireYear(year);
    model.addAttribute("year", year);
    model.addAttribute("dataset", d);
    return "efficiency/import";
  }

  @GetMapping("/efficiency/import/{dataset}/template")
  void template(@PathVariable String dataset, Locale locale, HttpServletResponse response)
      throws IOException {
    Dataset d = dataset(dataset);
    Spreadsheets.download(response, imports.label(d, locale) + ".xlsx");
    imports.template(d, locale, response.getOutputStream());
  }

  @PostMapping("/efficiency/{year}/import/{dataset}")
  String importFile(
      @PathVariable int year,
      @PathVariable String dataset,
      @RequestParam("file") MultipartFile file,
      Model model,
      Locale locale)
      throws IOException {
    Dataset d = dataset(dataset);
    model.addAttribute("year", year);
    model.addAttribute("dataset", d);
    try {
      ImportReport report =
          imports.importFile(
              year,
              d,
              Spreadsheets.upload(file),
              file.getOriginalFilename(),
              users.require(),
              locale);
      model.addAttribute("report", report);
    } catch (InvalidInputException e) {
      model.addAttribute("fileErrors", problems.of(e, locale));
    }
    return "efficiency/import";
  }

  @GetMapping("/efficiency/runs/{id}")
  String results(
      @PathVariable long id,
      @RequestParam(required = false) String group,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    CurrentUser user = users.require();
    if (group != null && !group.isBlank()) {
      try {
        EfficiencyGroup.valueOf(group);
      } catch (IllegalArgumentException e) {
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
      }
    }
    if (page < 0) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
    RunRepository.RunSummary run;
    try {
      run = runs.summary(id);
    } catch (NotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("run", run);
    model.addAttribute("group", group == null || group.isBlank() ? null : group);
    model.addAttribute("groups", List.of(EfficiencyGroup.values()));
    model.addAttribute("result", runs.results(id, group, page, 50, user));
    return "efficiency/results";
  }

  private static Dataset dataset(String name) {
    Dataset d = Dataset.of(name);
    if (d == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return d;
  }
}
