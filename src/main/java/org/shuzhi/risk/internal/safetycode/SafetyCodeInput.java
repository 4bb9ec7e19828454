package org.shuzhi.risk.internal.safetycode;

import java.util.Locale;
import org.shuzhi.hazard.EscalationLevel;
import org.shuzhi.risk.MajorHazardLevel;
import org.shuzhi.risk.RiskColour;

/**
 * The inputs a rule condition can test, each as "at least" a threshold. Graded inputs compare by
 * severity: a risk colour RED is at least ORANGE, major-hazard level 一级 is at least 二级, escalation
 * WARNING is at least BULLETIN. Each has the name used in the rules text and in {@code
 * risk_safety_code_condition.input}.
 */
enum SafetyCodeInput {
  RISK_COLOUR("riskColour"),
  MAJOR_HAZARD_LEVEL("majorHazardLevel"),
  OPEN_HAZARDS("openHazards"),
  OPEN_MAJOR_HAZARDS("openMajorHazards"),
  SUPERVISED_MAJOR_HAZARDS("supervisedMajorHazards"),
  OVERDUE_HAZARDS("overdueHazards"),
  MAX_DAYS_OVERDUE("maxDaysOverdue"),
  HIGHEST_ESCALATION("escalation"),
  INSPECTION_FINDINGS("inspectionFindings"),
  ACTIVE_ALARMS("activeAlarms");

  private final String textName;

  SafetyCodeInput(String textName) {
    this.textName = textName;
  }

  String textName() {
    return textName;
  }

  static SafetyCodeInput byTextName(String name) {
    for (SafetyCodeInput i : values()) {
      if (i.textName.equalsIgnoreCase(name)) {
        return i;
      }
    }
    return null;
  }

  /**
   * Severity of the input's value: counts as they are, graded values 1 (mildest) and up, 0 none.
   */
  long severityOf(SafetyCodeInputs in) {
    return switch (this) {
      case RISK_COLOUR -> in.riskColour() == null ? 0 : 4 - in.riskColour().ordinal();
      case MAJOR_HAZARD_LEVEL ->
          in.majorHazardLevel() == null ? 0 : 4 - in.majorHazardLevel().ordinal();
      case OPEN_HAZARDS -> in.openHazards();
      case OPEN_MAJOR_HAZARDS -> in.openMajorHazards();
      case SUPERVISED_MAJOR_HAZARDS -> in.supervisedMajorHazards();
      case OVERDUE_HAZARDS -> in.overdueHazards();
      case MAX_DAYS_OVERDUE -> in.maxDaysOverdue();
      case HIGHEST_ESCALATION ->
          in.highestEscalation() == null ? 0 : in.highestEscalation().ordinal() + 1;
      case INSPECTION_FINDINGS -> in.inspectionFindings();
      case ACTIVE_ALARMS -> in.activeAlarms();
    };
  }

  /**
   * The severity a threshold text stands for (a count ≥ 0, or a colour / level / escalation name);
   * null when the text is not valid for this input.
   */
  Long parseThreshold(String text) {
    String t = text.trim().toUpperCase(Locale.ROOT);
    try {
      return switch (this) {
        case RISK_COLOUR -> 4L - RiskColour.valueOf(t).ordinal();
        case MAJOR_HAZARD_LEVEL -> 4L - MajorHazardLevel.valueOf(t).ordinal();
        case HIGHEST_ESCALATION -> EscalationLevel.valueOf(t).ordinal() + 1L;
        default -> {
          long n = Long.parseLong(t);
          yield n >= 0 && n <= 1_000_000 ? n : null;
        }
      };
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
