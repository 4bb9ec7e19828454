package org.shuzhi.risk.internal.points;

import java.util.List;
import org.shuzhi.risk.RiskObjectQuery;
import org.shuzhi.risk.RiskObjectView;

/**
 * One page of risk objects and the total (public so templates can read it).
 *
 * @param rows the page
 * @param total all matches
 * @param query the search
 */
public record RiskObjectPage(List<RiskObjectView> rows, long total, RiskObjectQuery query) {

  public int pages() {
    return (int) Math.max(1, (total + query.size() - 1) / query.size());
  }
}
