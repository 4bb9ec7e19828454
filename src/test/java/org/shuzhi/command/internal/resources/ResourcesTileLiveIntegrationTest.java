package org.shuzhi.command.internal.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.cockpit.CockpitTileChanged;
import org.shuzhi.command.DutyState;
import org.shuzhi.command.ShelterDraft;
import org.shuzhi.command.ShelterTier;
import org.shuzhi.command.TeamDraft;
import org.shuzhi.command.TeamKind;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.Role;
import org.shuzhi.platform.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The cockpit's resources tile follows direct edits of the registries: creating, editing, deleting
 * and importing teams (and shelters) announce the tile changed for the town once committed; a
 * refused edit announces nothing.
 */
@RecordApplicationEvents
class ResourcesTileLiveIntegrationTest extends IntegrationTest {

  static final CurrentUser EMERGENCY =
      new CurrentUser(
          "tile-officer", Role.DEPARTMENT_STAFF, "EMERGENCY", DataScope.district(), false);

  @Autowired TeamService teams;
  @Autowired ShelterService shelters;
  @Autowired AreaDirectory areas;
  @Autowired ApplicationEvents events;

  private TeamDraft team(String town, int headcount) {
    var t = areas.town(town).orElseThrow();
    return new TeamDraft(
        "队-" + UUID.randomUUID().toString().substring(0, 8),
        TeamKind.FIRE,
        headcount,
        List.of(),
        null,
        t.labelLon(),
        t.labelLat(),
        null,
        null,
        DutyState.ON_DUTY,
        false);
  }

  private List<CockpitTileChanged> resourceTile() {
    return events.stream(CockpitTileChanged.class)
        .filter(e -> e.tileId().equals("resources"))
        .toList();
  }

  @Test
  void creatingEditingAndDeletingATeamAnnouncesTheResourcesTileForItsTown() {
    TeamView created = teams.create(team(CHENGXIANG, 10), EMERGENCY);
    assertThat(resourceTile()).containsExactly(new CockpitTileChanged("resources", CHENGXIANG));

    events.clear();
    TeamView moved = teams.update(created.id(), created.version(), team(BEIGAN, 12), EMERGENCY);
    assertThat(resourceTile())
        .containsExactly(
            new CockpitTileChanged("resources", CHENGXIANG),
            new CockpitTileChanged("resources", BEIGAN));

    events.clear();
    teams.delete(moved.id(), moved.version(), EMERGENCY);
    assertThat(resourceTile()).containsExactly(new CockpitTileChanged("resources", BEIGAN));
  }

  @Test
  void aRefusedEditAnnouncesNothing() {
    assertThatThrownBy(() -> teams.create(team(CHENGXIANG, 0), EMERGENCY))
        .isInstanceOf(InvalidInputException.class);
    assertThat(resourceTile()).isEmpty();
  }

  @Test
  void anImportAnnouncesTheTileOnceForAllTowns() {
    List<RowProblems> problems =
        teams.importAll(
            List.of(
                new Parsed<>(team(CHENGXIANG, 5), List.of()),
                new Parsed<>(team(BEIGAN, 6), List.of())),
            EMERGENCY);
    assertThat(problems).isEmpty();
    assertThat(resourceTile()).containsExactly(new CockpitTileChanged("resources", null));
  }

  @Test
  void aNewShelterAnnouncesTheTileToo() {
    var t = areas.town(CHENGXIANG).orElseThrow();
    shelters.create(
        new ShelterDraft(
            "安置点-" + UUID.randomUUID().toString().substring(0, 8),
            ShelterTier.VILLAGE,
            null,
            t.labelLon(),
            t.labelLat(),
            new BigDecimal("150"),
            0,
            null,
            null,
            false),
        EMERGENCY);
    assertThat(resourceTile()).containsExactly(new CockpitTileChanged("resources", CHENGXIANG));
  }
}
