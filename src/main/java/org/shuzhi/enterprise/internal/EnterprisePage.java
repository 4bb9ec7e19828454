package org.shuzhi.enterprise.internal;

import java.util.List;
import org.shuzhi.enterprise.EnterpriseQuery;
import org.shuzhi.enterprise.EnterpriseView;

/**
 * One page of search results and the total (public so templates can read it).
 *
 * @param rows the page
 * @param total all matches
 * @param query the search
 */
public record EnterprisePage(List<EnterpriseView> rows, long total, EnterpriseQuery query) {

  /** Whether the count stopped at the cap (shown as "1000+"). */
  public boolean totalCapped() {
    return query.text() != null && total > EnterpriseRepository.COUNT_CAP;
  }

  /** The total as shown: exact, or the cap followed by "+". */
  public String totalText() {
    return totalCapped() ? EnterpriseRepository.COUNT_CAP + "+" : String.valueOf(total);
  }

  public int pages() {
    long counted = totalCapped() ? EnterpriseRepository.COUNT_CAP : total;
    return (int) Math.max(1, (counted + query.size() - 1) / query.size());
  }
}
