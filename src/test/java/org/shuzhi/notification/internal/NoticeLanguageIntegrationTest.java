package org.shuzhi.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.shuzhi.identity.Role;
import org.shuzhi.notification.Notice;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.Severity;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Notices reach each recipient in their language: English for an account that picked English in the
 * application, Chinese for everyone else.
 */
class NoticeLanguageIntegrationTest extends NotificationTestSupport {

  @Autowired InboxRepository inbox;

  private Notice bilingual(String key) {
    return Notice.of(
            NoticeKind.ALARM,
            key,
            Severity.RED,
            CHENGXIANG,
            "【红色告警】储罐 T-3 液位高高",
            "液位 9.6 m ≥ 9.5 m",
            "/monitoring/alarms/7",
            Instant.now())
        .withTranslation(Locale.ENGLISH, "[Red alarm] Tank T-3 level high-high", "Level 9.6 m");
  }

  @Test
  void anEnglishPreferringRecipientGetsTheEnglishTitleOthersTheChinese() throws Exception {
    String english = account(Role.TOWN_STAFF);
    String chinese = account(Role.TOWN_STAFF);
    // Picking English in the header while signed in is remembered on the account.
    mvc.perform(get("/notifications").param("lang", "en").with(user(english).roles("TOWN_STAFF")))
        .andExpect(status().isOk());
    assertThat(directory.language(english)).isEqualTo(Locale.ENGLISH);
    assertThat(directory.language(chinese)).isEqualTo(Locale.SIMPLIFIED_CHINESE);

    try (var receiver = new TestWebhookServer()) {
      subscribe(
          english, List.of(), "INFO", true, null, receiver.url("/en"), null, NoticeKind.ALARM);
      subscribe(
          chinese, List.of(), "INFO", true, null, receiver.url("/zh"), null, NoticeKind.ALARM);
      String key = key("bilingual");
      notifications.notify(bilingual(key));
      dispatcher.runOnce(Instant.now());

      // Robot messages: one per person, each in that person's language.
      assertThat(receiver.received()).hasSize(2);
      assertThat(receiver.received())
          .anySatisfy(
              r ->
                  assertThat(r.body())
                      .contains("[Red] [Red alarm] Tank T-3 level high-high")
                      .contains("Level 9.6 m")
                      .doesNotContain("储罐"))
          .anySatisfy(
              r ->
                  assertThat(r.body())
                      .contains("【红色】【红色告警】储罐 T-3 液位高高")
                      .doesNotContain("Tank T-3"));
    }
    // The bell's toast and the inbox: the English reader's language.
    assertThat(inbox.latest(english, "en").orElseThrow().title())
        .isEqualTo("[Red alarm] Tank T-3 level high-high");
    assertThat(inbox.latest(chinese, "zh").orElseThrow().title()).isEqualTo("【红色告警】储罐 T-3 液位高高");
    mvc.perform(get("/notifications").param("lang", "en").with(user(english).roles("TOWN_STAFF")))
        .andExpect(content().string(Matchers.containsString("Tank T-3 level high-high")));
    mvc.perform(get("/notifications").with(user(chinese).roles("TOWN_STAFF")))
        .andExpect(content().string(Matchers.containsString("储罐 T-3 液位高高")));
  }

  @Test
  void aNoticeWithoutTranslationIsChineseForEveryone() {
    String english = account(Role.TOWN_STAFF);
    jdbc.sql("UPDATE identity_account SET language = 'en' WHERE username = ?")
        .param(english)
        .update();
    subscribe(english, List.of(), "INFO", true, null, null, null, NoticeKind.ALARM);
    String key = key("chinese-only");
    notifications.notify(
        Notice.of(
            NoticeKind.ALARM, key, Severity.BLUE, CHENGXIANG, "雨量站离线", null, null, Instant.now()));
    dispatcher.runOnce(Instant.now());
    assertThat(inbox.latest(english, "en").orElseThrow().title()).isEqualTo("雨量站离线");
  }
}
