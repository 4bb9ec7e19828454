package org.shuzhi.identity;

import java.util.Set;

/**
 * Which records a user may see: all of the district, some towns, some grids, or one enterprise, or
 * none (the admin roles, which do not read business data). Every service that returns business
 * records filters by it; a record outside it is reported as not found.
 *
 * @param kind the breadth
 * @param townCodes NBS 9-digit town codes, for {@link Kind#TOWNS} and {@link Kind#GRIDS} (the towns
 *     the grids lie in)
 * @param gridIds grid ids for {@link Kind#GRIDS}
 * @param enterpriseUscc the enterprise for {@link Kind#ENTERPRISE}
 */
public record DataScope(
    Kind kind, Set<String> townCodes, Set<Long> gridIds, String enterpriseUscc) {

  public enum Kind {
    DISTRICT,
    TOWNS,
    GRIDS,
    ENTERPRISE,
    NONE
  }

  public DataScope {
    townCodes = townCodes == null ? Set.of() : Set.copyOf(townCodes);
    gridIds = gridIds == null ? Set.of() : Set.copyOf(gridIds);
  }

  public static DataScope district() {
    return new DataScope(Kind.DISTRICT, Set.of(), Set.of(), null);
  }

  public static DataScope none() {
    return new DataScope(Kind.NONE, Set.of(), Set.of(), null);
  }

  public static DataScope towns(Set<String> townCodes) {
    return new DataScope(Kind.TOWNS, townCodes, Set.of(), null);
  }

  public static DataScope grids(Set<Long> gridIds, Set<String> townCodes) {
    return new DataScope(Kind.GRIDS, townCodes, gridIds, null);
  }

  public static DataScope enterprise(String uscc) {
    return new DataScope(Kind.ENTERPRISE, Set.of(), Set.of(), uscc);
  }

  public boolean wholeDistrict() {
    return kind == Kind.DISTRICT;
  }

  /** Whether a record located in {@code townCode} is visible at town granularity. */
  public boolean coversTown(String townCode) {
    return switch (kind) {
      case DISTRICT -> true;
      case TOWNS, GRIDS -> townCode != null && townCodes.contains(townCode);
      case ENTERPRISE, NONE -> false;
    };
  }
}
