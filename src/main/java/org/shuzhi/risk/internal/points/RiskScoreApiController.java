package org.shuzhi.risk.internal.points;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.risk.LecAssessment;
import org.shuzhi.risk.LsAssessment;
import org.shuzhi.risk.RiskBand;
import org.shuzhi.risk.RiskBands;
import org.shuzhi.risk.RiskColour;
import org.shuzhi.risk.RiskPointMethod;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Stateless LEC / LS calculators and the colour bands they use. */
@RestController
@RequestMapping("/api/v1/risk")
@Tag(name = "risk-points", description = "Risk grading by LEC / LS (风险分级)")
class RiskScoreApiController {

  record LecRequest(BigDecimal l, BigDecimal e, BigDecimal c) {}

  record LecResponse(BigDecimal d, RiskColour colour) {}

  record LsRequest(BigDecimal l, BigDecimal s) {}

  record LsResponse(BigDecimal r, RiskColour colour) {}

  record BandsRequest(List<RiskBand> bands) {}

  private final RiskBandService bands;
  private final CurrentUsers users;

  RiskScoreApiController(RiskBandService bands, CurrentUsers users) {
    this.bands = bands;
    this.users = users;
  }

  @Operation(summary = "LEC: D = L × E × C from the standard value lists, with its colour")
  @PostMapping("/lec")
  LecResponse lec(@RequestBody LecRequest request) {
    var lec =
        request == null
            ? new LecAssessment(null, null, null)
            : new LecAssessment(request.l(), request.e(), request.c());
    return new LecResponse(lec.d(), lec.colour(bands.current(RiskPointMethod.LEC)));
  }

  @Operation(summary = "LS matrix: R = L × S (1–5 each), with its colour")
  @PostMapping("/ls")
  LsResponse ls(@RequestBody LsRequest request) {
    var ls =
        request == null ? new LsAssessment(null, null) : new LsAssessment(request.l(), request.s());
    return new LsResponse(ls.r(), ls.colour(bands.current(RiskPointMethod.LS)));
  }

  @Operation(summary = "The current colour bands of both methods")
  @GetMapping("/bands")
  List<RiskBands> currentBands() {
    return List.of(bands.current(RiskPointMethod.LEC), bands.current(RiskPointMethod.LS));
  }

  @Operation(summary = "Replace a method's bands (system administrator; a new version, audited)")
  @PreAuthorize("hasRole('SYSTEM_ADMIN')")
  @PutMapping("/bands/{method}")
  RiskBands replaceBands(@PathVariable RiskPointMethod method, @RequestBody BandsRequest request) {
    return bands.replace(
        method,
        request == null || request.bands() == null ? List.of() : request.bands(),
        users.require());
  }
}
