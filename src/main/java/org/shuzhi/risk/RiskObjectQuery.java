package org.shuzhi.risk;

/**
 * A search of the census; all filters optional.
 *
 * @param townCode NBS 9-digit town code
 * @param gridId grid id
 * @param kind kind of risk object
 * @param colour current colour
 * @param unassessed only objects without an assessed risk point (overrides {@code colour})
 * @param page zero-based page
 * @param size page size (capped at 200)
 */
public record RiskObjectQuery(
    String townCode,
    Long gridId,
    RiskObjectKind kind,
    RiskColour colour,
    boolean unassessed,
    int page,
    int size) {

  public RiskObjectQuery {
    page = Math.max(0, page);
    size = size <= 0 ? 20 : Math.min(size, 200);
    townCode = townCode == null || townCode.isBlank() ? null : townCode.trim();
  }

  public static RiskObjectQuery all() {
    return new RiskObjectQuery(null, null, null, null, false, 0, 200);
  }
}
