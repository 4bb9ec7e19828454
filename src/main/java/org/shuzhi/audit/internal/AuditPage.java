package org.shuzhi.audit.internal;

import java.util.List;

/**
 * One page of search results, newest first. No total count: counting a large append-only table on
 * every search costs more than it helps.
 *
 * @param events the events of this page
 * @param page page number from 0
 * @param size page size
 * @param hasNext whether older events follow
 */
record AuditPage(List<AuditEventView> events, int page, int size, boolean hasNext) {

  public boolean hasPrevious() {
    return page > 0;
  }
}
