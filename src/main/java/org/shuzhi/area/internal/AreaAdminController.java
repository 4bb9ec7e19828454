package org.shuzhi.area.internal;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.shuzhi.area.AreaAdministration;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.BoundaryUploadResult;
import org.shuzhi.area.Town;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The system administrator's page for towns and their boundaries. */
@Controller
@RequestMapping("/admin/areas")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class AreaAdminController {

  private final AreaRepository repository;
  private final AreaAdministration administration;
  private final AreaDirectory directory;
  private final UploadProblemMessages problems;

  AreaAdminController(
      AreaRepository repository,
      AreaAdministration administration,
      AreaDirectory directory,
      UploadProblemMessages problems) {
    this.repository = repository;
    this.administration = administration;
    this.directory = directory;
    this.problems = problems;
  }

  @GetMapping
  String page(Model model) {
    model.addAttribute("towns", repository.towns());
    return "area/admin";
  }

  @PostMapping("/boundaries")
  String upload(
      @RequestParam(name = "file", required = false) MultipartFile file,
      Principal principal,
      Locale locale,
      Model model) {
    UploadedText upload = UploadedText.of(file);
    BoundaryUploadResult result =
        upload.failed()
            ? BoundaryUploadResult.rejected(List.of(upload.problem()))
            : administration.replaceTownBoundaries(upload.text(), principal.getName());
    model.addAttribute("accepted", result.accepted());
    model.addAttribute(
        "replaced",
        result.replacedTownCodes().stream()
            .map(code -> directory.town(code).map(Town::name).orElse(code))
            .toList());
    model.addAttribute(
        "problems", result.problems().stream().map(p -> problems.describe(p, locale)).toList());
    return page(model);
  }
}
