package org.shuzhi.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.shuzhi.identity.Role;
import org.shuzhi.notification.Notice;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.Recipient;
import org.shuzhi.notification.Severity;

/** The subscription page, the admin's delivery records and department webhooks, zh-CN and en. */
class NotificationPagesIntegrationTest extends NotificationTestSupport {

  @Test
  void subscriptionPageRendersMaskedInBothLanguages() throws Exception {
    String officer = account(Role.TOWN_STAFF);
    subscribe(
        officer,
        List.of(CHENGXIANG),
        "ORANGE",
        true,
        "li.si@example.org",
        "https://oapi.dingtalk.com/robot/send?access_token=SECRET-TOKEN",
        "SECxyz",
        NoticeKind.ALARM);
    var me = user(officer).roles("TOWN_STAFF");
    mvc.perform(get("/notifications/subscriptions").with(me))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("我的通知订阅")))
        .andExpect(content().string(Matchers.containsString("l***@example.org")))
        .andExpect(content().string(Matchers.containsString("https://oapi.dingtalk.com/…")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("SECRET-TOKEN"))))
        .andExpect(content().string(Matchers.not(Matchers.containsString("li.si@"))))
        // Only the officer's own town is offered.
        .andExpect(content().string(Matchers.containsString("城厢街道")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("北干街道"))));
    mvc.perform(get("/notifications/subscriptions").param("lang", "en").with(me))
        .andExpect(content().string(Matchers.containsString("My notification subscriptions")));
    mvc.perform(
            get("/notifications/subscriptions")
                .with(user(account(Role.AUDIT_ADMIN)).roles("AUDIT_ADMIN")))
        .andExpect(content().string(Matchers.containsString("管理员角色不接收业务通知")));
    assertThat(
            jdbc.sql(
                    """
                    SELECT after_state::text FROM audit_event
                    WHERE target_type = 'notification_subscription' AND action = 'CREATE'
                    ORDER BY id DESC LIMIT 1""")
                .query(String.class)
                .single())
        .contains("l***@example.org")
        .doesNotContain("SECxyz")
        .doesNotContain("SECRET-TOKEN");
  }

  @Test
  void theSystemAdminSeesDeliveryRecordsFilteredButNotTheirContent() throws Exception {
    String leader = account(Role.DISTRICT_LEADER);
    subscribe(leader, List.of(), "INFO", true, "wang.wu@example.com", null, null, NoticeKind.ALARM);
    String key = key("admin-view");
    notifications.notify(
        Notice.of(
                NoticeKind.ALARM, key, Severity.RED, CHENGXIANG, "机密标题", "正文", null, Instant.now())
            .withRecipients(Recipient.user(leader)));
    dispatcher.runOnce(Instant.now());
    var admin = user(account(Role.SYSTEM_ADMIN)).roles("SYSTEM_ADMIN");
    String today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    mvc.perform(
            get("/admin/notifications")
                .param("channel", "EMAIL")
                .param("outcome", "FAILED")
                .param("from", today)
                .param("to", today)
                .with(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(key)))
        .andExpect(content().string(Matchers.containsString("w***@example.com")))
        .andExpect(content().string(Matchers.containsString(EmailChannel.OFF)))
        .andExpect(content().string(Matchers.not(Matchers.containsString("机密标题"))));
    mvc.perform(
            get("/admin/notifications").param("channel", "WEBHOOK").param("lang", "en").with(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Notification deliveries")))
        .andExpect(content().string(Matchers.not(Matchers.containsString(key))));
    mvc.perform(get("/admin/notifications").param("from", "yesterday").with(admin))
        .andExpect(content().string(Matchers.containsString("日期格式应为 yyyy-MM-dd")));
    mvc.perform(get("/admin/notifications").with(user(leader).roles("DISTRICT_LEADER")))
        .andExpect(status().isForbidden());
  }

  @Test
  void departmentWebhooksAreKeptByTheSystemAdminAndReceiveTheDepartmentsNotices() throws Exception {
    try (var robot = new TestWebhookServer()) {
      var admin = user(account(Role.SYSTEM_ADMIN)).roles("SYSTEM_ADMIN");
      mvc.perform(
              post("/admin/notifications/webhooks")
                  .with(admin)
                  .with(csrf())
                  .param("department", "EMERGENCY")
                  .param("url", robot.url("/robot/send?access_token=abc"))
                  .param("minSeverity", "RED")
                  .param("kinds", "INCIDENT"))
          .andExpect(status().is3xxRedirection());
      mvc.perform(
              post("/admin/notifications/webhooks")
                  .with(admin)
                  .with(csrf())
                  .param("department", "emergency!")
                  .param("url", "mailto:x")
                  .param("minSeverity", "RED"))
          .andExpect(status().isOk())
          .andExpect(content().string(Matchers.containsString("部门代码须为大写字母")))
          .andExpect(content().string(Matchers.containsString("请至少选择一个类别")));
      mvc.perform(get("/admin/notifications/webhooks").param("lang", "en").with(admin))
          .andExpect(content().string(Matchers.containsString("Department webhooks")))
          .andExpect(content().string(Matchers.not(Matchers.containsString("access_token"))));

      String below = key("below-filter");
      String addressed = key("addressed");
      String matching = key("matching");
      notifications.notify(
          Notice.of(
              NoticeKind.INCIDENT, below, Severity.ORANGE, null, "较大", null, null, Instant.now()));
      notifications.notify(
          Notice.of(
                  NoticeKind.TASK, addressed, Severity.INFO, null, "任务", null, null, Instant.now())
              .withRecipients(Recipient.department("EMERGENCY")));
      notifications.notify(
          Notice.of(
              NoticeKind.INCIDENT,
              matching,
              Severity.RED,
              BEIGAN,
              "重大",
              null,
              null,
              Instant.now()));
      dispatcher.runOnce(Instant.now());
      assertThat(robot.received()).hasSize(2);
      assertThat(robot.received().stream().map(TestWebhookServer.Received::body))
          .anySatisfy(b -> assertThat(b).contains(addressed))
          .anySatisfy(b -> assertThat(b).contains(matching))
          .noneSatisfy(b -> assertThat(b).contains(below));
    }
  }
}
