package org.shuzhi.command.internal;

import java.util.Map;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.ScopeColumns;

/**
 * The data scope over a command table's town column (ADR 0004): district roles see all, town staff
 * and grid workers their towns, enterprise users and admins nothing.
 */
public final class ScopeSql {

  private ScopeSql() {}

  public static String predicate(DataScope scope, Map<String, Object> params) {
    return predicate(scope, params, "town_code");
  }

  public static String predicate(DataScope scope, Map<String, Object> params, String townColumn) {
    return switch (scope.kind()) {
      case ENTERPRISE, NONE -> "FALSE";
      default -> new ScopeColumns(townColumn, null, null).predicate(scope, params);
    };
  }
}
