package org.shuzhi.cockpit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.area.TownKind;
import org.shuzhi.cockpit.Gravity;
import org.shuzhi.cockpit.TileFigure;
import org.shuzhi.cockpit.TownRiskFactor;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.Role;

/** The ranking formula on a worked example, and the town filter of a town cockpit's links. */
class TownRiskRankingTest {

  static final Town A = town("330109001", "城厢街道");
  static final Town B = town("330109002", "北干街道");
  static final Town C = town("330109003", "蜀山街道");

  static final CurrentUser LEADER =
      new CurrentUser("leader", Role.DISTRICT_LEADER, null, DataScope.district(), false);

  @Test
  void theIndexWeighsEveryItemByItsGravityAndSumsTheFactors() {
    // 城厢: 1 red risk object (8) + 3 blue alarms (3) = 11.
    // 北干: 2 orange risk objects (8) + 1 二级 major hazard (ORANGE, 4) = 12.
    // 蜀山: nothing = 0, still listed for the district leader (the district covers it).
    TownRiskFactor objects =
        factor(
            Map.of(
                A.code(), Map.of(Gravity.RED, 1L),
                B.code(), Map.of(Gravity.ORANGE, 2L)));
    TownRiskFactor alarms = factor(Map.of(A.code(), Map.of(Gravity.BLUE, 3L)));
    TownRiskFactor majorHazards = factor(Map.of(B.code(), Map.of(Gravity.ORANGE, 1L)));
    var ranking = new TownRiskRanking(List.of(objects, alarms, majorHazards), areas());

    assertThat(ranking.index(LEADER)).containsEntry(A.code(), 11L).containsEntry(B.code(), 12L);
    assertThat(ranking.snapshot(LEADER).figures())
        .extracting(TileFigure::label, TileFigure::value, TileFigure::link)
        .containsExactly(
            tuple("北干街道", 12L, "/cockpit?town=330109002"),
            tuple("城厢街道", 11L, "/cockpit?town=330109001"),
            tuple("蜀山街道", 0L, "/cockpit?town=330109003"));
  }

  @Test
  void townStaffRankOnlyTheirTowns() {
    CurrentUser staff =
        new CurrentUser("staff", Role.TOWN_STAFF, null, DataScope.towns(Set.of(A.code())), false);
    // A factor answers in the user's scope, so only 城厢 comes back.
    TownRiskFactor objects = factor(Map.of(A.code(), Map.of(Gravity.YELLOW, 2L)));
    var ranking = new TownRiskRanking(List.of(objects), areas());
    assertThat(ranking.snapshot(staff).figures())
        .extracting(TileFigure::label, TileFigure::value)
        .containsExactly(tuple("城厢街道", 4L));
  }

  @Test
  void aTownCockpitAddsTheTownToLinksThatHaveNone() {
    Viewer district = Viewer.of(LEADER, Locale.CHINA, null);
    Viewer beigan = Viewer.of(LEADER, Locale.CHINA, B.code());
    assertThat(TileViews.link("/hazards?overdue=true", district))
        .isEqualTo("/hazards?overdue=true");
    assertThat(TileViews.link("/hazards?overdue=true", beigan))
        .isEqualTo("/hazards?overdue=true&town=330109002");
    assertThat(TileViews.link("/cockpit?town=330109001", beigan))
        .isEqualTo("/cockpit?town=330109001");
    assertThat(beigan.scope()).isEqualTo(DataScope.towns(Set.of(B.code())));
  }

  private static TownRiskFactor factor(Map<String, Map<Gravity, Long>> counts) {
    return new TownRiskFactor() {
      @Override
      public String id() {
        return "test";
      }

      @Override
      public String labelKey() {
        return "test";
      }

      @Override
      public Map<String, Map<Gravity, Long>> countsByTown(CurrentUser user) {
        return counts;
      }
    };
  }

  private static AreaDirectory areas() {
    AreaDirectory areas = mock(AreaDirectory.class);
    when(areas.towns()).thenReturn(List.of(A, B, C));
    return areas;
  }

  private static Town town(String code, String name) {
    return new Town(code, code + "000", code, name, TownKind.SUBDISTRICT, 120.2, 30.1, true);
  }
}
