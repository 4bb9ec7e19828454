package org.shuzhi.area.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.shuzhi.area.AreaAdministration;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.BoundaryUploadProblem;
import org.shuzhi.area.BoundaryUploadResult;
import org.shuzhi.area.Town;
import org.springframework.context.MessageSource;
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
  private final MessageSource messages;

  AreaAdminController(
      AreaRepository repository,
      AreaAdministration administration,
      AreaDirectory directory,
      MessageSource messages) {
    this.repository = repository;
    this.administration = administration;
    this.directory = directory;
    this.messages = messages;
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
      Model model)
      throws IOException {
    BoundaryUploadResult result;
    if (file == null || file.isEmpty()) {
      result =
          BoundaryUploadResult.rejected(List.of(BoundaryUploadProblem.ofFile("area.upload.empty")));
    } else if (file.getSize() > TownBoundaryUploadValidator.MAX_CHARS) {
      result =
          BoundaryUploadResult.rejected(
              List.of(
                  BoundaryUploadProblem.ofFile(
                      "area.upload.tooLarge",
                      String.valueOf(TownBoundaryUploadValidator.MAX_CHARS / 1024 / 1024))));
    } else {
      String text = new String(file.getBytes(), StandardCharsets.UTF_8);
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1); // byte-order mark some editors write; not JSON (RFC 8259 8.1)
      }
      result = administration.replaceTownBoundaries(text, principal.getName());
    }
    model.addAttribute("accepted", result.accepted());
    model.addAttribute(
        "replaced",
        result.replacedTownCodes().stream()
            .map(code -> directory.town(code).map(Town::name).orElse(code))
            .toList());
    model.addAttribute(
        "problems", result.problems().stream().map(p -> describe(p, locale)).toList());
    return page(model);
  }

  private String describe(BoundaryUploadProblem problem, Locale locale) {
    String text = messages.getMessage(problem.messageKey(), problem.args().toArray(), locale);
    if (problem.featureNumber() == null) {
      return text;
    }
    String feature =
        problem.featureLabel() == null
            ? messages.getMessage(
                "area.upload.featureNumber", new Object[] {problem.featureNumber()}, locale)
            : messages.getMessage(
                "area.upload.feature",
                new Object[] {problem.featureNumber(), problem.featureLabel()},
                locale);
    return feature + text;
  }
}
