package org.shuzhi.risk.internal.points;

import java.math.BigDecimal;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.risk.LecAssessment;
import org.shuzhi.risk.LsAssessment;
import org.shuzhi.risk.RiskBands;
import org.shuzhi.risk.RiskColour;
import org.shuzhi.risk.RiskPointAssessmentDraft;
import org.shuzhi.risk.RiskPointMethod;
import org.springframework.stereotype.Component;

/** Scores an assessment draft with the pure LEC / LS classes and the current colour bands. */
@Component
class RiskScoring {

  /** A scored assessment: canonical inputs, value, colour and the band version used. */
  record Scored(
      RiskPointMethod method,
      BigDecimal l,
      BigDecimal e,
      BigDecimal c,
      BigDecimal s,
      BigDecimal value,
      RiskColour colour,
      int bandVersion) {}

  private final RiskBandRepository bands;

  RiskScoring(RiskBandRepository bands) {
    this.bands = bands;
  }

  Scored score(RiskPointAssessmentDraft d) {
    if (d == null || d.method() == null) {
      throw new InvalidInputException("method", "risk.points.method.required");
    }
    RiskBands current = bands.current(d.method());
    return switch (d.method()) {
      case LEC -> {
        var lec = new LecAssessment(d.l(), d.e(), d.c());
        yield new Scored(
            d.method(),
            lec.l(),
            lec.e(),
            lec.c(),
            null,
            lec.d(),
            lec.colour(current),
            current.version());
      }
      case LS -> {
        var ls = new LsAssessment(d.l(), d.s());
        yield new Scored(
            d.method(), ls.l(), null, null, ls.s(), ls.r(), ls.colour(current), current.version());
      }
    };
  }

  RiskBands current(RiskPointMethod method) {
    return bands.current(method);
  }
}
