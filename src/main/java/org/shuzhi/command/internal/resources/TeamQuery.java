package org.shuzhi.command.internal.resources;

import org.shuzhi.command.DutyState;
import org.shuzhi.command.TeamKind;

/** Filters of the team list (null: any) and the page wanted. */
record TeamQuery(
    String townCode, TeamKind kind, DutyState dutyState, String name, int page, int size) {
  TeamQuery {
    townCode = Checks.trim(townCode);
    name = Checks.trim(name);
    page = Math.max(0, page);
    size = Page.size(size);
  }
}
