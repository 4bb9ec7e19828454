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
  public int pages() {
    return (int) Math.max(1, (total + query.size() - 1) / query.size());
  }
}
