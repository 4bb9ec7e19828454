package org.shuzhi.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.shuzhi.identity.Role;
import org.shuzhi.notification.Notice;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.Recipient;
import org.shuzhi.notification.Severity;

/**
 * The inbox is ordered by arrival (newest received first) and shows both the received and the
 * occurred time, so a late notice about an old matter is on top and says so; a toast leads to the
 * notice's own link and marks it read on the way.
 */
class InboxOrderAndToastIntegrationTest extends NotificationTestSupport {

  private void send(String officer, String title, Instant occurred, String link) {
    notifications.notify(
        Notice.of(
                NoticeKind.HAZARD,
                key("order"),
                Severity.YELLOW,
                CHENGXIANG,
                title,
                null,
                link,
                occurred)
            .withRecipients(Recipient.user(officer)));
    dispatcher.runOnce(Instant.now());
  }

  @Test
  void theNewestReceivedComesFirstWithBothTimes() throws Exception {
    String officer = account(Role.TOWN_STAFF);
    Instant now = Instant.now();
    send(officer, "先收到的新事", now.minus(Duration.ofMinutes(1)), "/hazards/1");
    // Arrives later but happened two days ago (e.g. a late report).
    send(officer, "后收到的旧事", now.minus(Duration.ofDays(2)), "/hazards/2");

    String page =
        mvc.perform(get("/notifications").with(user(officer).roles("TOWN_STAFF")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page.indexOf("后收到的旧事")).isLessThan(page.indexOf("先收到的新事"));
    assertThat(page).contains("收到时间").contains("发生时间").contains("class=\"occurred\"");
  }

  @Test
  void aToastLeadsToTheNoticesOwnLinkAndMarksItReadOnTheWay() {
    InboxItem item =
        new InboxItem(
            42,
            NoticeKind.INCIDENT,
            Severity.ORANGE,
            CHENGXIANG,
            "事件 <b>",
            null,
            "/command/incidents/7",
            Instant.now(),
            Instant.now(),
            false);
    assertThat(LiveInbox.toast(item))
        .contains("href=\"/command/incidents/7\"")
        .contains("data-read=\"/notifications/42/read\"")
        .contains("事件 &lt;b&gt;")
        .doesNotContain("/open");
    InboxItem withoutLink =
        new InboxItem(
            43,
            NoticeKind.INCIDENT,
            Severity.BLUE,
            null,
            "x",
            null,
            null,
            Instant.now(),
            Instant.now(),
            false);
    assertThat(LiveInbox.toast(withoutLink)).contains("href=\"/notifications\"");
  }
}
