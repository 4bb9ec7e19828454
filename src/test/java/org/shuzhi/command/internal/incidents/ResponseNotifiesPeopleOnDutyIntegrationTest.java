package org.shuzhi.command.internal.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.command.CommandRegistration;
import org.shuzhi.command.DutyDraft;
import org.shuzhi.command.DutyRole;
import org.shuzhi.command.DutyShift;
import org.shuzhi.command.IncidentType;
import org.shuzhi.command.PlanTask;
import org.shuzhi.command.ResponseLevel;
import org.shuzhi.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one-click response notifies the people on duty now by name: a roster entry with an account is
 * notified in the app (a user recipient), one without by SMS to the phone (a phone recipient); the
 * proposal lists them with masked phones, and the timeline names who was notified without a full
 * phone number.
 */
class ResponseNotifiesPeopleOnDutyIntegrationTest extends IntegrationTest {

  @Autowired IncidentService incidents;
  @Autowired ResponsePlanner planner;
  @Autowired ResponseConfirmation confirmation;
  @Autowired CommandRegistration registration;
  @Autowired AreaDirectory areas;
  @Autowired JdbcClient jdbc;

  private static String mobile() {
    return "137" + String.format("%08d", ThreadLocalRandom.current().nextLong(100_000_000L));
  }

  /** Rostered yesterday and today, full day: one of the two covers now, whatever the hour. */
  private void onDuty(String department, String town, String name, String phone, String account) {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    for (LocalDate d : List.of(today.minusDays(1), today)) {
      registration.registerDuty(
          new DutyDraft(
              department,
              town,
              d,
              DutyShift.FULL_DAY,
              DutyRole.OFFICER,
              name,
              phone,
              false,
              account),
          "test-loader");
    }
  }

  @Test
  void peopleOnDutyAreNotifiedInTheAppWithAnAccountAndBySmsWithout() {
    String townOfficer = account(Role.TOWN_STAFF);
    String withAccount = "张值班-" + UUID.randomUUID().toString().substring(0, 6);
    String withoutAccount = "李值班-" + UUID.randomUUID().toString().substring(0, 6);
    String bureauOfficer = "王值班-" + UUID.randomUUID().toString().substring(0, 6);
    String phone = mobile();
    String bureauPhone = mobile();
    onDuty(null, CHENGXIANG, withAccount, mobile(), townOfficer);
    onDuty(null, CHENGXIANG, withoutAccount, phone, null);
    onDuty("EMERGENCY", null, bureauOfficer, bureauPhone, null);

    var town = areas.town(CHENGXIANG).orElseThrow();
    Incident incident =
        incidents.report(
            new IncidentDraft(
                IncidentType.OTHER,
                "值班通知测试",
                null,
                town.labelLon(),
                town.labelLat(),
                ResponseLevel.LEVEL_IV,
                null,
                null,
                null,
                null,
                null),
            IncidentIntegrationTest.EMERGENCY);

    ResponseProposal p = planner.propose(incident.id(), IncidentIntegrationTest.EMERGENCY);
    var byName =
        p.contacts().stream()
            .collect(java.util.stream.Collectors.toMap(ResponseContact::name, c -> c, (a, b) -> a));
    assertThat(byName.get(withAccount).account()).isEqualTo(townOfficer);
    assertThat(byName.get(withAccount).channel()).isEqualTo("IN_APP");
    assertThat(byName.get(withoutAccount).channel()).isEqualTo("SMS");
    assertThat(byName.get(withoutAccount).phoneMasked())
        .isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
    assertThat(byName.get(bureauOfficer).unit()).isEqualTo("EMERGENCY");

    ResponseResult result =
        confirmation.confirm(
            incident.id(),
            new ResponseRequest(
                UUID.randomUUID().toString(),
                ResponseLevel.LEVEL_IV,
                List.of(),
                List.of(),
                List.of(),
                List.of(new PlanTask("EMERGENCY", "核实情况"))),
            IncidentIntegrationTest.EMERGENCY);

    List<String> recipients =
        jdbc.sql("SELECT unnest(recipients) FROM notification_notice WHERE notice_key LIKE ?")
            .param("incident:" + incident.id() + ":response:%")
            .query(String.class)
            .list();
    assertThat(recipients)
        .contains(
            "user:" + townOfficer,
            "phone:" + phone,
            "phone:" + bureauPhone,
            "department:EMERGENCY");

    String notified =
        incidents.timeline(incident.id(), IncidentIntegrationTest.EMERGENCY).stream()
            .filter(e -> e.kind().equals("NOTIFIED"))
            .map(TimelineEntry::message)
            .findFirst()
            .orElseThrow();
    assertThat(notified)
        .contains(withAccount, "@" + townOfficer, withoutAccount, bureauOfficer)
        .contains("☎" + phone.substring(0, 3) + "****" + phone.substring(7))
        .doesNotContain(phone)
        .doesNotContain(bureauPhone);
    assertThat(String.join(" ", result.recipients())).doesNotContain(phone);
  }
}
