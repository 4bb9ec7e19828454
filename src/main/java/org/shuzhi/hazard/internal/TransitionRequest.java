package org.shuzhi.hazard.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shuzhi.hazard.HazardAction;
import org.shuzhi.hazard.HazardGrade;

/**
 * An action on a hazard: {@code grade} for GRADE, {@code responsibleUnit} and {@code deadline} for
 * ASSIGN, a comment and photos already uploaded ({@code evidenceIds}) for RECTIFY, a comment (the
 * reason) for REINSPECT_FAIL.
 */
record TransitionRequest(
    HazardAction action,
    String comment,
    HazardGrade grade,
    String responsibleUnit,
    LocalDate deadline,
    List<Long> evidenceIds) {

  TransitionRequest {
    evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
    comment = comment == null || comment.isBlank() ? null : comment.trim();
    responsibleUnit =
        responsibleUnit == null || responsibleUnit.isBlank() ? null : responsibleUnit.trim();
  }

  TransitionRequest withEvidence(List<Long> more) {
    var all = new ArrayList<>(evidenceIds);
    all.addAll(more);
    return new TransitionRequest(action, comment, grade, responsibleUnit, deadline, all);
  }
}
