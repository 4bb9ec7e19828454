package org.shuzhi.command.internal.resources;

import java.time.LocalDate;

/** Filters of the stock list (null: any). */
record StockQuery(
    String townCode, Long warehouseId, String itemCode, StockWarning warning, int page, int size) {
  StockQuery {
    townCode = Checks.trim(townCode);
    itemCode = Checks.trim(itemCode);
    page = Math.max(0, page);
    size = Page.size(size);
  }

  /** Dates the warnings compare with. */
  record Today(LocalDate today, LocalDate warnUntil) {}
}
