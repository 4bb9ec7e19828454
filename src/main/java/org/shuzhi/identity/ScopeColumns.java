package org.shuzhi.identity;

import java.util.Map;

/**
 * The columns of a table that place its records in the data scope, and the scope as a parameterised
 * SQL predicate over them (ADR 0004: never spliced text, out-of-scope rows never leave the
 * database). Parameters are added to {@code params} under {@code scope*} names.
 *
 * @param town column holding the NBS 9-digit town code
 * @param grid column holding the grid id; null when the records have no grid, in which case grid
 *     workers see the records of the towns their grids lie in
 * @param enterprise column holding the enterprise's USCC
 */
public record ScopeColumns(String town, String grid, String enterprise) {

  public String predicate(DataScope scope, Map<String, Object> params) {
    return switch (scope.kind()) {
      case DISTRICT -> "TRUE";
      case TOWNS -> towns(scope, params);
      case GRIDS -> {
        if (grid == null) {
          yield towns(scope, params);
        }
        params.put("scopeGrids", scope.gridIds().toArray(Long[]::new));
        yield grid + " = ANY(:scopeGrids)";
      }
      case ENTERPRISE -> {
        if (scope.enterpriseUscc() == null) {
          yield "FALSE";
        }
        params.put("scopeUscc", scope.enterpriseUscc());
        yield enterprise + " = :scopeUscc";
      }
      case NONE -> "FALSE";
    };
  }

  private String towns(DataScope scope, Map<String, Object> params) {
    params.put("scopeTowns", scope.townCodes().toArray(String[]::new));
    return town + " = ANY(:scopeTowns)";
  }
}
