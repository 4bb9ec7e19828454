package org.shuzhi.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.command.EmergencyPlans;
import org.shuzhi.command.IncidentFacts;
import org.shuzhi.command.IncidentType;
import org.shuzhi.command.ResourceQueries;
import org.shuzhi.command.ResponseLevel;
import org.shuzhi.command.WarningColour;
import org.shuzhi.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The command demo data loads through the module's validation and answers the response's queries.
 */
class DemoCommandIntegrationTest extends IntegrationTest {

  @Autowired DemoCommand demo;
  @Autowired EmergencyPlans plans;
  @Autowired ResourceQueries queries;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void loadsTeamsSheltersDutyAndPlans() {
    String emergencyAccount = departmentAccount("EMERGENCY");
    String townAccount = account(Role.TOWN_STAFF);
    var loaded = demo.load(emergencyAccount, townAccount);
    assertThat(loaded.shelters()).isBetween(50, 60);
    assertThat(loaded.teams()).isGreaterThan(30);
    assertThat(loaded.plans()).isEqualTo(3);
    assertThat(queries.onDutyForDepartment("EMERGENCY")).isNotEmpty();
    assertThat(queries.onDutyForTown(CHENGXIANG)).isNotEmpty();
    // The emergency bureau's and 城厢街道's entries name the demo accounts, so a one-click response
    // rings their bells in the app; other towns' entries stay SMS-only.
    assertThat(queries.onDutyForDepartment("EMERGENCY"))
        .anySatisfy(p -> assertThat(p.account()).isEqualTo(emergencyAccount));
    assertThat(queries.onDutyForTown(CHENGXIANG))
        .anySatisfy(p -> assertThat(p.account()).isEqualTo(townAccount));
    // Eight days of three emergency shifts, eight days of 城厢's one.
    assertThat(linked("department = 'EMERGENCY'", emergencyAccount)).isEqualTo(24);
    assertThat(linked("town_code = '" + CHENGXIANG + "'", townAccount)).isEqualTo(8);
    assertThat(linked("true", townAccount)).isEqualTo(8);
    assertThat(
            plans.decide(
                new IncidentFacts(IncidentType.FLOOD, null, null, null, 2_000, WarningColour.BLUE)))
        .hasValueSatisfying(d -> assertThat(d.level()).isEqualTo(ResponseLevel.LEVEL_III));
    // One demo incident responding (teams dispatched, on its timeline), one closed with review.
    assertThat(
            jdbc.sql(
                    "SELECT status FROM command_incident WHERE synthetic AND title LIKE '（演示）%'"
                        + " ORDER BY id")
                .query(String.class)
                .list())
        .containsSubsequence("RESPONDING", "CLOSED");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM command_incident_event e JOIN command_incident i ON"
                        + " i.id = e.incident_id WHERE i.synthetic AND e.kind = 'DISPATCH'")
                .query(Long.class)
                .single())
        .isPositive();
  }

  private long linked(String where, String account) {
    return jdbc.sql(
            "SELECT count(*) FROM command_duty WHERE synthetic AND account = ? AND " + where)
        .param(account)
        .query(Long.class)
        .single();
  }
}
