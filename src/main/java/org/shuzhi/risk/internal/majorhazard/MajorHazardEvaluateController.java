package org.shuzhi.risk.internal.majorhazard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.risk.MajorHazardSiteDraft;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The stateless what-if calculator: nothing is stored, any signed-in user may call it. */
@RestController
@PreAuthorize("isAuthenticated()")
@Tag(name = "major hazards", description = "GB 18218-2018 major hazard installations")
class MajorHazardEvaluateController {

  /** The request of the calculator. */
  record EvaluateRequest(List<MajorHazardSiteDraft.Unit> units, Integer exposedPopulation) {}

  private final MajorHazardSites sites;

  MajorHazardEvaluateController(MajorHazardSites sites) {
    this.sites = sites;
  }

  @Operation(summary = "Identify and grade units by GB 18218-2018 (S, α, R, level) without storing")
  @PostMapping("/api/v1/risk/major-hazard/evaluate")
  EvaluationResponse evaluate(@RequestBody EvaluateRequest request) {
    if (request == null) {
      throw new InvalidInputException("units", "risk.mh.error.unitsRequired");
    }
    return EvaluationResponse.of(sites.evaluate(request.units(), request.exposedPopulation()));
  }
}
