package org.shuzhi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopeColumnsTest {

  private final ScopeColumns columns = new ScopeColumns("t.town", "t.grid", "t.uscc");
  private final Map<String, Object> params = new HashMap<>();

  @Test
  void eachScopeBecomesAParameterisedPredicate() {
    assertThat(columns.predicate(DataScope.district(), params)).isEqualTo("TRUE");
    assertThat(columns.predicate(DataScope.none(), params)).isEqualTo("FALSE");
    assertThat(columns.predicate(DataScope.towns(Set.of("330109001")), params))
        .isEqualTo("t.town = ANY(:scopeTowns)");
    assertThat((String[]) params.get("scopeTowns")).containsExactly("330109001");
    assertThat(columns.predicate(DataScope.grids(Set.of(7L), Set.of("330109001")), params))
        .isEqualTo("t.grid = ANY(:scopeGrids)");
    assertThat((Long[]) params.get("scopeGrids")).containsExactly(7L);
    assertThat(columns.predicate(DataScope.enterprise("91330109MA2XXXXXXX"), params))
        .isEqualTo("t.uscc = :scopeUscc");
    assertThat(params.get("scopeUscc")).isEqualTo("91330109MA2XXXXXXX");
  }

  @Test
  void recordsWithoutAGridAreScopedByTheGridsTowns() {
    var noGrid = new ScopeColumns("s.town", null, "s.uscc");
    assertThat(noGrid.predicate(DataScope.grids(Set.of(7L), Set.of("330109001")), params))
        .isEqualTo("s.town = ANY(:scopeTowns)");
    assertThat((String[]) params.get("scopeTowns")).containsExactly("330109001");
  }

  @Test
  void anEnterpriseScopeWithoutAnEnterpriseSeesNothing() {
    assertThat(columns.predicate(DataScope.enterprise(null), params)).isEqualTo("FALSE");
  }
}
