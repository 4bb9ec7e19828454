package org.shuzhi.risk.internal.points;

import java.util.Map;
import org.shuzhi.risk.RiskColour;

/**
 * The risk points of one town by current colour (public so templates and JSON can read it).
 *
 * @param townCode NBS 9-digit code
 * @param townName its name
 * @param highest the highest colour of an assessed point; null when none is assessed
 * @param counts points per colour (every colour present, zero when none)
 * @param unassessed points without an assessment
 */
public record TownColours(
    String townCode,
    String townName,
    RiskColour highest,
    Map<RiskColour, Long> counts,
    long unassessed) {

  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum() + unassessed;
  }
}
