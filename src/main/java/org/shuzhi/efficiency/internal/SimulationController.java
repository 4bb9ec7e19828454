package org.shuzhi.efficiency.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.shuzhi.efficiency.EfficiencyGroup;
import org.shuzhi.efficiency.internal.scoring.EnterpriseFigures;
import org.shuzhi.efficiency.internal.scoring.EnterpriseScore;
import org.shuzhi.efficiency.internal.scoring.EvaluationMethod;
import org.shuzhi.efficiency.internal.scoring.ScoringEngine;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** What-if scoring: a method and enterprise figures in, every enterprise's result out. */
@RestController
@Tag(name = "efficiency", description = "Per-mu efficiency evaluation (亩均论英雄)")
class SimulationController {

  static final int MAX_ENTERPRISES = 200_000;

  private final ScoringEngine engine;
  private final CurrentUsers users;
  private final EfficiencyAccess access;

  SimulationController(ScoringEngine engine, CurrentUsers users, EfficiencyAccess access) {
    this.engine = engine;
    this.users = users;
    this.access = access;
  }

  /**
   * One enterprise's figures (money in 10,000 yuan).
   *
   * @param flags optional events of the year for bonus/penalty/veto rules
   */
  record SimulatedEnterprise(
      String uscc,
      EfficiencyGroup group,
      Double landAreaMu,
      Double tax,
      Double addedValue,
      Double energyTce,
      Double emission,
      Double employees,
      Double rdSpending,
      Double revenue,
      Double electricityKwh,
      Set<String> flags) {}

  record SimulationRequest(EvaluationMethod method, List<SimulatedEnterprise> enterprises) {}

  record Item(String code, Double value, double benchmark, double score) {}

  record Result(
      String uscc, List<Item> items, Double total, Integer rank, String efficiencyClass) {}

  record SimulationResponse(List<Result> results) {}

  @Operation(
      summary =
          "Score, rank and classify enterprises with a method without storing anything (what-if)")
  @PostMapping("/api/v1/efficiency/simulate")
  SimulationResponse simulate(@RequestBody SimulationRequest request) {
    access.requireSimulate(users.require());
    if (request == null || request.method() == null) {
      throw new InvalidInputException("method", "efficiency.simulate.methodMissing");
    }
    request.method().validate();
    List<EnterpriseFigures> figures = figures(request.enterprises());
    List<EnterpriseScore> scores = engine.score(request.method(), figures);
    return new SimulationResponse(scores.stream().map(SimulationController::result).toList());
  }

  private static Result result(EnterpriseScore s) {
    return new Result(
        s.uscc(),
        s.items().stream()
            .map(i -> new Item(i.code().name(), i.value(), i.benchmark(), i.score()))
            .toList(),
        s.total(),
        s.rank(),
        s.efficiencyClass() == null ? null : s.efficiencyClass().letter());
  }

  private static List<EnterpriseFigures> figures(List<SimulatedEnterprise> enterprises) {
    if (enterprises == null || enterprises.isEmpty()) {
      throw new InvalidInputException("enterprises", "efficiency.simulate.noEnterprises");
    }
    if (enterprises.size() > MAX_ENTERPRISES) {
      throw new InvalidInputException(
          "enterprises", "efficiency.simulate.tooMany", MAX_ENTERPRISES);
    }
    List<Violation> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<EnterpriseFigures> figures = new ArrayList<>(enterprises.size());
    for (int i = 0; i < enterprises.size(); i++) {
      SimulatedEnterprise e = enterprises.get(i);
      String at = "enterprises[" + i + "]";
      if (e == null || e.uscc() == null || e.uscc().isBlank()) {
        problems.add(new Violation(at + ".uscc", "efficiency.simulate.usccMissing"));
        continue;
      }
      if (!seen.add(e.uscc())) {
        problems.add(new Violation(at + ".uscc", "efficiency.data.duplicate", e.uscc()));
      }
      if (e.group() == null) {
        problems.add(new Violation(at + ".group", "efficiency.simulate.groupMissing", e.uscc()));
      }
      notNegative(problems, at + ".landAreaMu", e.uscc(), e.landAreaMu());
      notNegative(problems, at + ".energyTce", e.uscc(), e.energyTce());
      notNegative(problems, at + ".emission", e.uscc(), e.emission());
      notNegative(problems, at + ".employees", e.uscc(), e.employees());
      notNegative(problems, at + ".rdSpending", e.uscc(), e.rdSpending());
      notNegative(problems, at + ".revenue", e.uscc(), e.revenue());
      notNegative(problems, at + ".electricityKwh", e.uscc(), e.electricityKwh());
      if (e.landAreaMu() != null
          && e.landAreaMu() == 0
          && e.tax() != null
          && e.tax() != 0
          && e.group() != EfficiencyGroup.ABOVE_SCALE_SERVICES) {
        problems.add(new Violation(at + ".landAreaMu", "efficiency.data.landZeroWithTax"));
      }
      figures.add(
          new EnterpriseFigures(
              e.uscc(),
              e.group(),
              e.landAreaMu(),
              e.tax(),
              e.addedValue(),
              e.energyTce(),
              e.emission(),
              e.employees(),
              e.rdSpending(),
              e.revenue(),
              e.electricityKwh(),
              e.flags()));
      if (problems.size() > 100) {
        break;
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return figures;
  }

  private static void notNegative(List<Violation> problems, String field, String uscc, Double v) {
    if (v != null && v < 0) {
      problems.add(new Violation(field, "efficiency.data.negative", uscc, v));
    }
  }
}
