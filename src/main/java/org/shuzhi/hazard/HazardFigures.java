package org.shuzhi.hazard;

/**
 * An enterprise's hazard figures for bulk readers (the safety code recompute).
 *
 * @param open hazards not closed
 * @param openMajor open MAJOR hazards
 * @param supervisedMajor open MAJOR hazards under supervised listing (挂牌督办)
 * @param overdue open hazards past their deadline (assigned or rectifying)
 * @param maxDaysOverdue the most days any open hazard is overdue (0 when none)
 * @param highestEscalation the gravest escalation reached by an open hazard, or null
 */
public record HazardFigures(
    long open,
    long openMajor,
    long supervisedMajor,
    long overdue,
    long maxDaysOverdue,
    EscalationLevel highestEscalation) {

  public static final HazardFigures NONE = new HazardFigures(0, 0, 0, 0, 0, null);
}
