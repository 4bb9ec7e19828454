package org.shuzhi.notification.internal;

import org.shuzhi.identity.DataScope;

/**
 * Whether a person may be told about a notice, by the same rule as reading records: a notice about
 * a town reaches those whose scope covers that town, a notice about an enterprise also reaches its
 * enterprise users, and a district-wide notice (no town) reaches everyone with a place-based scope
 * (district, towns, grids) but not enterprise users or the admin roles.
 */
final class DataScopeMatch {

  private DataScopeMatch() {}

  static boolean covers(DataScope scope, String townCode, String enterpriseUscc) {
    return switch (scope.kind()) {
      case ENTERPRISE -> enterpriseUscc != null && enterpriseUscc.equals(scope.enterpriseUscc());
      case NONE -> false;
      case DISTRICT -> true;
      case TOWNS, GRIDS -> townCode == null || scope.coversTown(townCode);
    };
  }
}
