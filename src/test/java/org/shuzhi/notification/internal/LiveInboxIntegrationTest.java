package org.shuzhi.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.shuzhi.identity.Role;
import org.shuzhi.notification.Notice;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.Recipient;
import org.shuzhi.notification.Severity;
import org.springframework.test.web.servlet.MvcResult;

/** The bell: a live SSE stream per user, the inbox page, reading a notice. */
class LiveInboxIntegrationTest extends NotificationTestSupport {

  @Test
  void anOpenPageReceivesTheNoticeOverSse() throws Exception {
    String officer = account(Role.TOWN_STAFF);
    MvcResult stream =
        mvc.perform(get("/notifications/stream").with(user(officer).roles("TOWN_STAFF")))
            .andExpect(request().asyncStarted())
            .andReturn();
    await(
        () -> body(stream).contains("event:unread"), "the first badge event when the stream opens");

    String key = key("sse");
    notifications.notify(
        Notice.of(
                NoticeKind.ALARM,
                key,
                Severity.RED,
                CHENGXIANG,
                "城厢 <储罐> 液位高高",
                null,
                "/monitoring/alarms/9",
                Instant.now())
            .withRecipients(Recipient.user(officer)));
    dispatcher.runOnce(Instant.now());

    await(() -> body(stream).contains("event:notice"), "the notice event");
    String events = body(stream);
    assertThat(events).contains("城厢 &lt;储罐&gt; 液位高高").contains("severity-red");
    assertThat(events).containsPattern("event:unread\\s+data:1");
  }

  @Test
  void theInboxListsNoticesAndOpeningOneMarksItRead() throws Exception {
    String officer = account(Role.TOWN_STAFF);
    String key = key("inbox");
    notifications.notify(
        Notice.of(
                NoticeKind.HAZARD,
                key,
                Severity.YELLOW,
                CHENGXIANG,
                "隐患待整改",
                "逾期 3 天",
                "/hazards/1",
                Instant.now())
            .withRecipients(Recipient.user(officer)));
    dispatcher.runOnce(Instant.now());
    var me = user(officer).roles("TOWN_STAFF");
    mvc.perform(get("/notifications").with(me))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("隐患待整改")))
        .andExpect(content().string(Matchers.containsString("共 1 条，未读 1 条")))
        .andExpect(
            content().string(Matchers.containsString("sse-connect=\"/notifications/stream\"")));
    mvc.perform(get("/notifications").param("lang", "en").with(me))
        .andExpect(content().string(Matchers.containsString("1 in all, 1 unread")));
    long id =
        jdbc.sql("SELECT id FROM notification_inbox WHERE username = ?")
            .param(officer)
            .query(Long.class)
            .single();
    mvc.perform(get("/notifications/{id}/open", id).with(me))
        .andExpect(redirectedUrl("/hazards/1"));
    mvc.perform(get("/notifications").with(me))
        .andExpect(content().string(Matchers.containsString("共 1 条，未读 0 条")));
    // Someone else's entry is not found.
    mvc.perform(
            get("/notifications/{id}/open", id)
                .with(user(account(Role.TOWN_STAFF)).roles("TOWN_STAFF")))
        .andExpect(status().isNotFound());
    mvc.perform(post("/notifications/read-all").with(me).with(csrf()))
        .andExpect(status().is3xxRedirection());
  }

  private static String body(MvcResult result) {
    try {
      return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
