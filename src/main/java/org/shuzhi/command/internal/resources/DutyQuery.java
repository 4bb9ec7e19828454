package org.shuzhi.command.internal.resources;

import java.time.LocalDate;

/** Filters of the roster list (null: any) and the page wanted. */
record DutyQuery(
    String department, String townCode, LocalDate from, LocalDate to, int page, int size) {
  DutyQuery {
    department = Checks.trim(department);
    townCode = Checks.trim(townCode);
    page = Math.max(0, page);
    size = Page.size(size);
  }
}
