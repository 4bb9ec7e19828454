package org.shuzhi.hazard.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.shuzhi.hazard.HazardAction;
import org.shuzhi.hazard.HazardGrade;
import org.shuzhi.hazard.HazardSource;
import org.shuzhi.hazard.HazardState;

/** What pages and the API show of hazards. */
final class HazardViews {

  private HazardViews() {}

  /** A hazard with its derived flags (overdue, days overdue) and the town's name. */
  record HazardView(
      long id,
      String enterpriseUscc,
      String enterpriseName,
      String title,
      String description,
      String address,
      Double lon,
      Double lat,
      String townCode,
      String townName,
      Long gridId,
      HazardSource source,
      HazardGrade grade,
      HazardState state,
      String responsibleUnit,
      LocalDate deadline,
      boolean supervised,
      boolean overdue,
      long daysOverdue,
      String foundBy,
      Instant foundAt,
      Instant closedAt,
      boolean synthetic) {}

  /** One kept step. */
  record TransitionView(
      String action,
      HazardState from,
      HazardState to,
      String actor,
      String actorRole,
      Instant occurredAt,
      String comment,
      HazardGrade grade,
      String responsibleUnit,
      LocalDate deadline,
      List<Long> evidenceIds) {

    static TransitionView of(HazardTransition t) {
      return new TransitionView(
          t.action(),
          t.from(),
          t.to(),
          t.actor(),
          t.actorRole(),
          t.occurredAt(),
          t.comment(),
          t.grade(),
          t.responsibleUnit(),
          t.deadline(),
          t.evidenceIds());
    }
  }

  /** A photo's metadata; the bytes are at {@code /api/v1/hazards/{hazardId}/evidence/{id}}. */
  record EvidenceView(
      long id,
      long hazardId,
      String contentType,
      long sizeBytes,
      Instant uploadedAt,
      Long transitionId) {

    static EvidenceView of(Evidence e) {
      return new EvidenceView(
          e.id(), e.hazardId(), e.contentType(), e.sizeBytes(), e.uploadedAt(), e.transitionId());
    }
  }

  /** A hazard with its history, photos and what the current user may do next. */
  record HazardDetail(
      HazardView hazard,
      List<TransitionView> history,
      List<EvidenceView> evidence,
      Set<HazardAction> allowedActions) {}

  /**
   * A page of the list.
   *
   * @param total the number of matches, or with {@code totalIsLowerBound} the count at which
   *     counting stopped (there are more)
   * @param hasNext whether a next page exists
   */
  record HazardPage(
      List<HazardView> rows,
      long total,
      boolean totalIsLowerBound,
      boolean hasNext,
      HazardQuery query) {

    /** Pages in all, or with {@link #totalIsLowerBound} the pages known so far. */
    public long pages() {
      long counted = Math.max(1, (total + query.size() - 1) / query.size());
      return totalIsLowerBound ? Math.max(counted, query.page() + (hasNext ? 2 : 1)) : counted;
    }
  }

  /** A photo to send back. */
  record Photo(byte[] content, String contentType) {}
}
