package org.shuzhi.efficiency.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.NotFoundException;
import org.shuzhi.platform.ProblemMessages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The workflow panel of a run's results page (loaded and re-rendered by htmx): status, publicity
 * period, the moves as buttons, history, objections with their decisions, the objection form for
 * the enterprise; plus the difference page and attachment downloads.
 */
@Controller
class WorkflowPageController {

  private static final String PANEL = "efficiency/workflow :: panel";

  private final RunWorkflow workflow;
  private final Objections objections;
  private final RunDiffs diffs;
  private final CurrentUsers users;
  private final EfficiencyAccess access;
  private final ProblemMessages problems;

  WorkflowPageController(
      RunWorkflow workflow,
      Objections objections,
      RunDiffs diffs,
      CurrentUsers users,
      EfficiencyAccess access,
      ProblemMessages problems) {
    this.workflow = workflow;
    this.objections = objections;
    this.diffs = diffs;
    this.users = users;
    this.access = access;
    this.problems = problems;
  }

  @GetMapping("/efficiency/runs/{id}/workflow")
  String panel(@PathVariable long id, Model model) {
    CurrentUser user = users.require();
    WorkflowRepository.RunState run;
    try {
      run = workflow.state(id, user);
    } catch (NotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("run", run);
    model.addAttribute("actions", workflow.actions(run, user));
    model.addAttribute("history", workflow.history(id, user));
    model.addAttribute("objections", objections.list(id, user));
    model.addAttribute("mayFile", objections.mayFile(run, user));
    model.addAttribute("mayDecide", access.mayManage(user) && run.status() == RunStatus.PUBLICITY);
    model.addAttribute("publicityDays", workflow.publicityDays(run.year()));
    model.addAttribute("mayManage", access.mayManage(user));
    return PANEL;
  }

  /** A move; on success the whole page reloads (its heading shows the status), else the panel. */
  @PostMapping("/efficiency/runs/{id}/transitions")
  String move(
      @PathVariable long id,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String comment,
      HttpServletResponse response,
      Model model,
      Locale locale) {
    return change(
        id,
        model,
        locale,
        () -> {
          workflow.move(id, to, comment, users.require());
          response.setHeader("HX-Refresh", "true");
        });
  }

  /** The publicity days of the run's year (used when a run of the year enters publicity). */
  @PostMapping("/efficiency/runs/{id}/publicity-days")
  String publicityDays(
      @PathVariable long id,
      @RequestParam(required = false) String days,
      Model model,
      Locale locale) {
    CurrentUser user = users.require();
    return change(
        id,
        model,
        locale,
        () -> {
          WorkflowRepository.RunState run = workflow.state(id, user);
          Integer value;
          try {
            value = days == null ? null : Integer.valueOf(days.trim());
          } catch (NumberFormatException e) {
            value = null;
          }
          workflow.setPublicityDays(run.year(), value, user);
        });
  }

  @PostMapping("/efficiency/runs/{id}/objections")
  String file(
      @PathVariable long id,
      @RequestParam(required = false) String text,
      @RequestParam(name = "files", required = false) List<MultipartFile> files,
      Model model,
      Locale locale)
      throws IOException {
    try {
      objections.file(id, null, text, WorkflowApiController.uploads(files), users.require());
      model.addAttribute("filed", true);
    } catch (RuntimeException e) {
      model.addAttribute("errors", problems.ofRefusal(e, locale));
      model.addAttribute("text", text);
    }
    return panel(id, model);
  }

  @PostMapping("/efficiency/runs/{id}/objections/{objectionId}/decision")
  String decide(
      @PathVariable long id,
      @PathVariable long objectionId,
      @RequestParam(required = false) String decision,
      @RequestParam(required = false) String reason,
      Model model,
      Locale locale) {
    return change(
        id,
        model,
        locale,
        () -> objections.decide(id, objectionId, decision, reason, users.require()));
  }

  /**
   * Makes a change from the workflow panel and shows the panel again: a refusal shows in it, a run
   * or objection that does not exist (or is out of scope) is a 404. (Filing an objection keeps its
   * own block: it reads uploads, which throws IOException, and keeps the typed text.)
   */
  private String change(long id, Model model, Locale locale, Runnable change) {
    try {
      change.run();
    } catch (NotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    } catch (RuntimeException e) {
      model.addAttribute("errors", problems.ofRefusal(e, locale));
    }
    return panel(id, model);
  }

  @GetMapping("/efficiency/runs/{id}/objections/{objectionId}/attachments/{attachmentId}")
  void attachment(
      @PathVariable long id,
      @PathVariable long objectionId,
      @PathVariable long attachmentId,
      HttpServletResponse response)
      throws IOException {
    ObjectionRepository.Content content;
    try {
      content = objections.attachment(id, objectionId, attachmentId, users.require());
    } catch (NotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    response.setContentType(content.contentType());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader(
        "Content-Disposition",
        ContentDisposition.attachment()
            .filename(content.fileName(), StandardCharsets.UTF_8)
            .build()
            .toString());
    response.setContentLength(content.bytes().length);
    response.getOutputStream().write(content.bytes());
  }

  @GetMapping("/efficiency/runs/{id}/diff")
  String diff(
      @PathVariable long id,
      @RequestParam(required = false) Long base,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    if (page < 0) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
    CurrentUser user = users.require();
    RunDiffs.Diff diff;
    try {
      diff = diffs.diff(id, base, page, RunDiffs.PAGE_SIZE, user);
    } catch (NotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    } catch (InvalidInputException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
    model.addAttribute("run", workflow.state(id, user));
    model.addAttribute("diff", diff);
    return "efficiency/diff";
  }
}
