package org.shuzhi.efficiency.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The publication workflow of runs over REST: moves, history, objections, corrections, diff. */
@RestController
@RequestMapping("/api/v1/efficiency")
@Tag(
    name = "efficiency-workflow",
    description = "Review, publicity (公示), objections (异议), publication")
class WorkflowApiController {

  private final RunWorkflow workflow;
  private final Objections objections;
  private final ResultCorrections corrections;
  private final RunDiffs diffs;
  private final CurrentUsers users;

  WorkflowApiController(
      RunWorkflow workflow,
      Objections objections,
      ResultCorrections corrections,
      RunDiffs diffs,
      CurrentUsers users) {
    this.workflow = workflow;
    this.objections = objections;
    this.corrections = corrections;
    this.diffs = diffs;
    this.users = users;
  }

  record Move(String to, String comment) {}

  record Workflow(
      WorkflowRepository.RunState run,
      Set<RunStatus> actions,
      List<WorkflowRepository.Transition> history) {}

  record Decision(String decision, String reason) {}

  record ClassCorrection(String efficiencyClass, String reason) {}

  record PublicityDays(Integer days) {}

  @Operation(
      summary = "A run's status, publicity period, the moves the caller may ask for, history")
  @GetMapping("/runs/{id}/workflow")
  Workflow workflow(@PathVariable long id) {
    CurrentUser user = users.require();
    var run = workflow.state(id, user);
    return new Workflow(run, workflow.actions(run, user), workflow.history(id, user));
  }

  @Operation(
      summary =
          "Move a run: REVIEW, PUBLICITY (starts the year's publicity period), PUBLISHED (after"
              + " the period, no pending or accepted objection; supersedes the previous published"
              + " version) or DISCARDED (comment required)")
  @PostMapping("/runs/{id}/transitions")
  WorkflowRepository.RunState move(@PathVariable long id, @RequestBody Move move) {
    if (move == null) {
      throw new InvalidInputException("to", "efficiency.workflow.unknownStatus", "");
    }
    return workflow.move(id, move.to(), move.comment(), users.require());
  }

  @GetMapping("/runs/{id}/history")
  List<WorkflowRepository.Transition> history(@PathVariable long id) {
    return workflow.history(id, users.require());
  }

  @Operation(summary = "Objections to a run within the caller's data scope")
  @GetMapping("/runs/{id}/objections")
  List<ObjectionRepository.Objection> objections(@PathVariable long id) {
    return objections.list(id, users.require());
  }

  @Operation(
      summary =
          "File an objection for the caller's own enterprise while the run is in publicity:"
              + " text and up to 5 PDF/JPEG/PNG files of at most 5 MB")
  @PostMapping(value = "/runs/{id}/objections", consumes = "multipart/form-data")
  @ResponseStatus(HttpStatus.CREATED)
  ObjectionRepository.Objection file(
      @PathVariable long id,
      @RequestParam(required = false) String text,
      @RequestParam(required = false) String uscc,
      @RequestParam(name = "files", required = false) List<MultipartFile> files)
      throws IOException {
    return objections.file(id, uscc, text, uploads(files), users.require());
  }

  @Operation(
      summary = "Accept or reject a pending objection (decision ACCEPT or REJECT; reason required)")
  @PostMapping("/runs/{id}/objections/{objectionId}/decision")
  ObjectionRepository.Objection decide(
      @PathVariable long id, @PathVariable long objectionId, @RequestBody Decision decision) {
    return objections.decide(
        id,
        objectionId,
        decision == null ? null : decision.decision(),
        decision == null ? null : decision.reason(),
        users.require());
  }

  @Operation(summary = "Set an enterprise's class in a DRAFT run (refused once the run left DRAFT)")
  @PutMapping("/runs/{id}/results/{uscc}/class")
  void correctClass(
      @PathVariable long id, @PathVariable String uscc, @RequestBody ClassCorrection correction) {
    corrections.setClass(
        id,
        uscc,
        correction == null ? null : correction.efficiencyClass(),
        correction == null ? null : correction.reason(),
        users.require());
  }

  @Operation(
      summary =
          "Differences to another run of the year (default: the previous published version):"
              + " class changes, entered, left, total score changes")
  @GetMapping("/runs/{id}/diff")
  RunDiffs.Diff diff(
      @PathVariable long id,
      @RequestParam(required = false) Long base,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "100") int size) {
    RunDiffs.Diff diff = diffs.diff(id, base, page, size, users.require());
    if (diff == null) {
      throw new InvalidInputException("base", "efficiency.diff.noBase");
    }
    return diff;
  }

  @Operation(summary = "Set the publicity period of the year's runs in days (1–90, default 7)")
  @PutMapping("/years/{year}/publicity-days")
  PublicityDays publicityDays(@PathVariable int year, @RequestBody PublicityDays days) {
    return new PublicityDays(
        workflow.setPublicityDays(year, days == null ? null : days.days(), users.require()));
  }

  /** Reads the non-empty parts; the service checks count, size and type. */
  static List<Objections.Upload> uploads(List<MultipartFile> files) throws IOException {
    List<Objections.Upload> uploads = new ArrayList<>();
    if (files != null) {
      for (MultipartFile f : files) {
        if (f != null && !f.isEmpty()) {
          if (f.getSize() > Objections.MAX_FILE_BYTES) {
            throw new InvalidInputException(
                "files",
                "efficiency.objection.fileTooLarge",
                f.getOriginalFilename(),
                Objections.MAX_FILE_BYTES / (1024 * 1024));
          }
          uploads.add(new Objections.Upload(f.getOriginalFilename(), f.getBytes()));
        }
      }
    }
    return uploads;
  }
}
