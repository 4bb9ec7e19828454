package org.shuzhi.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.shuzhi.identity.Role;
import org.shuzhi.notification.Notice;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.Recipient;
import org.shuzhi.notification.Severity;
import org.shuzhi.platform.InvalidInputException;

/** Who receives a notice: subscriptions by town, severity and kind, within each data scope. */
class SubscriptionMatchingIntegrationTest extends NotificationTestSupport {

  private Notice notice(String key, Severity severity, String town) {
    return Notice.of(
        NoticeKind.ALARM, key, severity, town, "液位高高 " + key, null, null, Instant.now());
  }

  @Test
  void aTownOfficerHearsOfTheirTownAtOrAboveTheirMinimumOnly() {
    String officer = account(Role.TOWN_STAFF); // 城厢街道
    String leader = account(Role.DISTRICT_LEADER);
    subscribe(officer, List.of(), "YELLOW", true, null, null, null, NoticeKind.ALARM);
    subscribe(leader, List.of(BEIGAN), "RED", true, null, null, null, NoticeKind.ALARM);

    String orangeHere = key("orange-chengxiang");
    String yellowHere = key("yellow-chengxiang");
    String blueHere = key("blue-chengxiang");
    String redThere = key("red-beigan");
    String districtWide = key("district");
    String hazardHere = key("hazard-kind");
    notifications.notify(notice(orangeHere, Severity.ORANGE, CHENGXIANG));
    notifications.notify(notice(yellowHere, Severity.YELLOW, CHENGXIANG));
    notifications.notify(notice(blueHere, Severity.BLUE, CHENGXIANG));
    notifications.notify(notice(redThere, Severity.RED, BEIGAN));
    notifications.notify(notice(districtWide, Severity.RED, null));
    notifications.notify(
        Notice.of(
            NoticeKind.HAZARD,
            hazardHere,
            Severity.RED,
            CHENGXIANG,
            "隐患",
            null,
            null,
            Instant.now()));
    dispatcher.runOnce(Instant.now());

    // Empty towns = every town of the officer's scope, i.e. 城厢 only; BLUE is below YELLOW.
    assertThat(inboxKeys(officer)).containsExactlyInAnyOrder(orangeHere, yellowHere, districtWide);
    // The leader chose 北干 and RED: the red 北干 alarm and the district-wide one.
    assertThat(inboxKeys(leader)).containsExactlyInAnyOrder(redThere, districtWide);
  }

  @Test
  void scopeIsCheckedAtDeliveryTimeAndExplicitRecipientsOutsideItAreRefused() {
    String here = account(Role.TOWN_STAFF);
    String there = account(Role.TOWN_STAFF, Set.of(BEIGAN), null, false);
    String enterprise = account(Role.ENTERPRISE_USER, Set.of(), "91330109MA2XXXXX1A", false);
    subscribe(enterprise, List.of(), "INFO", true, null, null, null, NoticeKind.ALARM);

    String escalation = key("escalation");
    notifications.notify(
        Notice.of(
                NoticeKind.ALARM_ESCALATION,
                escalation,
                Severity.ORANGE,
                CHENGXIANG,
                "未确认告警",
                null,
                "/monitoring/alarms/1",
                Instant.now())
            .aboutEnterprise("91330109MA2XXXXX1A")
            .withRecipients(Recipient.user(here), Recipient.user(there)));
    String otherEnterprise = key("other-enterprise");
    notifications.notify(
        notice(otherEnterprise, Severity.RED, CHENGXIANG).aboutEnterprise("91330109MA2YYYYY2B"));
    dispatcher.runOnce(Instant.now());

    assertThat(inboxKeys(here)).containsExactly(escalation);
    assertThat(inboxKeys(there)).isEmpty();
    // Escalations are not among the enterprise user's kinds; the other enterprise is not theirs.
    assertThat(inboxKeys(enterprise)).isEmpty();
    // The refusal is on record, as attempt 0.
    assertThat(
            jdbc.sql(
                    """
                    SELECT a.reason FROM notification_attempt a
                    JOIN notification_delivery d ON d.id = a.delivery_id
                    JOIN notification_notice n ON n.id = d.notice_id
                    WHERE n.notice_key = ? AND d.target = ? AND a.outcome = 'FAILED'
                      AND a.attempt_no = 0""")
                .params(escalation, there)
                .query(String.class)
                .list())
        .containsExactly(RecipientResolver.OUTSIDE_SCOPE);

    String mine = key("own-enterprise");
    notifications.notify(
        notice(mine, Severity.RED, CHENGXIANG).aboutEnterprise("91330109MA2XXXXX1A"));
    dispatcher.runOnce(Instant.now());
    assertThat(inboxKeys(enterprise)).containsExactly(mine);
  }

  @Test
  void roleRecipientsAreTheHoldersWhoseScopeCoversTheTown() {
    String here = account(Role.TOWN_STAFF);
    String there = account(Role.TOWN_STAFF, Set.of(BEIGAN), null, false);
    String key = key("role");
    notifications.notify(
        notice(key, Severity.YELLOW, BEIGAN).withRecipients(Recipient.role(Role.TOWN_STAFF)));
    dispatcher.runOnce(Instant.now());
    assertThat(inboxKeys(there)).containsExactly(key);
    assertThat(inboxKeys(here)).isEmpty();
  }

  @Test
  void aRepeatedKeyIsOneNoticeAndOneDelivery() {
    String leader = account(Role.DISTRICT_LEADER);
    subscribe(leader, List.of(), "INFO", true, null, null, null, NoticeKind.ALARM);
    String key = key("repeat");
    notifications.notify(
        notice(key, Severity.RED, CHENGXIANG).withRecipients(Recipient.user(leader)));
    notifications.notify(notice(key, Severity.RED, CHENGXIANG));
    dispatcher.runOnce(Instant.now());
    assertThat(inboxKeys(leader)).containsExactly(key);
    assertThat(outcomes(key, ChannelKind.IN_APP)).containsExactly("SENT");
  }

  @Test
  void aTownOfficerCannotSubscribeToAnotherTown() throws Exception {
    String officer = account(Role.TOWN_STAFF); // 城厢 only
    mvc.perform(
            post("/notifications/subscriptions")
                .with(user(officer).roles("TOWN_STAFF"))
                .with(csrf())
                .param("towns", CHENGXIANG, BEIGAN)
                .param("minSeverity", "BLUE")
                .param("kinds", "ALARM")
                .param("inApp", "true")
                .param("enabled", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("不能订阅您数据范围以外的镇街：北干街道")));
    assertThat(subscriptions.mine(person(officer))).isEmpty();
    assertThat(
            jdbc.sql(
                    """
                    SELECT count(*) FROM audit_event WHERE actor = ? AND action = 'ACCESS_DENIED'
                      AND target_type = 'notification_subscription'""")
                .param(officer)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    mvc.perform(
            post("/notifications/subscriptions")
                .with(user(officer).roles("TOWN_STAFF"))
                .with(csrf())
                .param("towns", CHENGXIANG)
                .param("minSeverity", "BLUE")
                .param("kinds", "ALARM")
                .param("email", "zhang.san@example.com")
                .param("enabled", "true"))
        .andExpect(status().is3xxRedirection());
    var saved = subscriptions.mine(person(officer));
    assertThat(saved).hasSize(1);
    assertThat(saved.get(0).email()).isEqualTo("z***@example.com");
  }

  @Test
  void badSubscriptionsAreRefusedWithEveryReason() {
    String officer = account(Role.TOWN_STAFF);
    var form =
        new SubscriptionForm(
            null,
            List.of(),
            null,
            List.of(),
            false,
            "not-an-address",
            "ftp://x",
            null,
            false,
            true);
    var refusal =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            InvalidInputException.class, () -> subscriptions.save(form, person(officer)));
    assertThat(refusal.violations())
        .extracting(InvalidInputException.Violation::messageKey)
        .contains(
            "notification.severity.required",
            "notification.kinds.required",
            "notification.email.invalid",
            "notification.webhook.invalid",
            "notification.channel.required");
    String admin = account(Role.SYSTEM_ADMIN);
    var adminRefusal =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            InvalidInputException.class,
            () -> subscriptions.save(SubscriptionForm.blank(), person(admin)));
    assertThat(adminRefusal.violations().get(0).messageKey())
        .isEqualTo("notification.subscription.notForRole");
  }
}
