package org.shuzhi.hazard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.core.Uscc;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseDraft;
import org.shuzhi.hazard.EscalationLevel;
import org.shuzhi.hazard.HazardAction;
import org.shuzhi.hazard.HazardDemo;
import org.shuzhi.hazard.HazardGrade;
import org.shuzhi.hazard.HazardSource;
import org.shuzhi.hazard.HazardState;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.NewAccount;
import org.shuzhi.identity.Role;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.NotificationSubscriptions;
import org.shuzhi.notification.Severity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** The hazard loop through the API and pages, with real accounts, scope and escalation. */
class HazardIntegrationTest extends IntegrationTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final double LON = 120.2484;
  static final double LAT = 30.1673;

  @Autowired JdbcClient jdbc;
  @Autowired EnterpriseDirectory enterprises;
  @Autowired HazardEscalator escalator;
  @Autowired EscalationRepository escalations;
  @Autowired HazardService service;
  @Autowired HazardDemo demo;
  @Autowired TransactionTemplate transactions;
  @Autowired Clock clock;
  @Autowired NotificationSubscriptions subscriptions;
  @Autowired ApplicationContext context;

  private static int sequence = 0;

  static String newUscc() {
    String org =
        String.format("%08d", (System.nanoTime() / 11 + (++sequence) * 7919L) % 100_000_000);
    String first17 = "91330109" + org + Uscc.organizationCodeCheck(org);
    return first17 + Uscc.checkCharacter(first17);
  }

  String enterprise() {
    String uscc = newUscc();
    enterprises.registerAll(
        List.of(
            new EnterpriseDraft(
                uscc,
                "隐患测试企业" + uscc.substring(10),
                "李四",
                "13812345678",
                "C2822",
                true,
                CHENGXIANG,
                "测试路2号",
                LON,
                LAT,
                CoordinateSystem.WGS84,
                null,
                null,
                50,
                false)),
        "test");
    return uscc;
  }

  String regulator() {
    String username = "emergency-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.open(
        new NewAccount(
            username,
            "应急测试",
            Role.DEPARTMENT_STAFF,
            "EMERGENCY",
            Set.of(),
            null,
            PASSWORD,
            false,
            false,
            false));
    return username;
  }

  static RequestPostProcessor as(String username, Role role) {
    return user(username).roles(role.name());
  }

  static byte[] png() throws Exception {
    var out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(
        new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB),
        "png",
        out);
    return out.toByteArray();
  }

  long report(String username, Role role, String uscc, String title) throws Exception {
    var response =
        mvc.perform(
                post("/api/v1/hazards")
                    .with(as(username, role))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"title":"%s","description":"描述","enterpriseUscc":"%s"}"""
                            .formatted(title, uscc)))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
    return ((Number) JsonPath.read(response.getContentAsString(), "$.hazard.id")).longValue();
  }

  org.springframework.test.web.servlet.ResultActions act(
      long id, String username, Role role, String json) throws Exception {
    return mvc.perform(
        post("/api/v1/hazards/" + id + "/transitions")
            .with(as(username, role))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  long upload(long id, String username, Role role) throws Exception {
    var response =
        mvc.perform(
                multipart("/api/v1/hazards/" + id + "/evidence")
                    .file(new MockMultipartFile("file", "after.png", "image/png", png()))
                    .with(as(username, role)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse();
    return ((Number) JsonPath.read(response.getContentAsString(), "$.id")).longValue();
  }

  String state(long id) {
    return jdbc.sql("SELECT state FROM hazard WHERE id = ?").param(id).query(String.class).single();
  }

  /**
   * Report → grade → assign → start (by the enterprise): a hazard rectifying, due {@code deadline}.
   */
  long rectifying(String regulator, String enterpriseUser, String uscc, LocalDate deadline)
      throws Exception {
    long id = report(regulator, Role.DEPARTMENT_STAFF, uscc, "测试隐患" + UUID.randomUUID());
    act(id, regulator, Role.DEPARTMENT_STAFF, "{\"action\":\"GRADE\",\"grade\":\"GENERAL\"}")
        .andExpect(status().isOk());
    act(
            id,
            regulator,
            Role.DEPARTMENT_STAFF,
            "{\"action\":\"ASSIGN\",\"responsibleUnit\":\"设备部\",\"deadline\":\"" + deadline + "\"}")
        .andExpect(status().isOk());
    act(id, enterpriseUser, Role.ENTERPRISE_USER, "{\"action\":\"START\"}")
        .andExpect(status().isOk());
    return id;
  }

  @Test
  void theWholeLoopFromReportToCloseByTheRightRoles() throws Exception {
    String regulator = regulator();
    String uscc = enterprise();
    String owner = account(Role.ENTERPRISE_USER, Set.of(), uscc, false);
    LocalDate deadline = LocalDate.now(clock.withZone(SHANGHAI)).plusDays(10);
    long id = rectifying(regulator, owner, uscc, deadline);
    mvc.perform(get("/api/v1/hazards/" + id).with(as(owner, Role.ENTERPRISE_USER)))
        .andExpect(jsonPath("$.hazard.state").value("RECTIFYING"))
        .andExpect(jsonPath("$.hazard.townCode").value(CHENGXIANG))
        .andExpect(jsonPath("$.hazard.overdue").value(false))
        .andExpect(jsonPath("$.allowedActions[0]").value("RECTIFY"));

    long photo = upload(id, owner, Role.ENTERPRISE_USER);
    act(
            id,
            owner,
            Role.ENTERPRISE_USER,
            "{\"action\":\"RECTIFY\",\"comment\":\"已更换\",\"evidenceIds\":[" + photo + "]}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.hazard.state").value("RECTIFIED"));
    act(id, regulator, Role.DEPARTMENT_STAFF, "{\"action\":\"REINSPECT_FAIL\",\"comment\":\"未完成\"}")
        .andExpect(jsonPath("$.hazard.state").value("RECTIFYING"));
    // The photo of the first attempt is used up; the second attempt needs a new one.
    act(
            id,
            owner,
            Role.ENTERPRISE_USER,
            "{\"action\":\"RECTIFY\",\"comment\":\"再次整改\",\"evidenceIds\":[" + photo + "]}")
        .andExpect(status().isBadRequest());
    long photo2 = upload(id, owner, Role.ENTERPRISE_USER);
    act(
            id,
            owner,
            Role.ENTERPRISE_USER,
            "{\"action\":\"RECTIFY\",\"comment\":\"再次整改\",\"evidenceIds\":[" + photo2 + "]}")
        .andExpect(jsonPath("$.hazard.state").value("RECTIFIED"));
    act(id, regulator, Role.DEPARTMENT_STAFF, "{\"action\":\"REINSPECT_PASS\"}")
        .andExpect(jsonPath("$.hazard.state").value("REINSPECTED_PASS"));
    act(id, regulator, Role.DEPARTMENT_STAFF, "{\"action\":\"CLOSE\",\"comment\":\"销号\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.hazard.state").value("CLOSED"))
        .andExpect(jsonPath("$.hazard.closedAt").isNotEmpty())
        .andExpect(jsonPath("$.history.length()").value(9))
        .andExpect(jsonPath("$.history[4].evidenceIds[0]").value(photo))
        .andExpect(jsonPath("$.history[4].actor").value(owner))
        .andExpect(jsonPath("$.history[4].actorRole").value("ENTERPRISE_USER"))
        .andExpect(jsonPath("$.allowedActions.length()").value(0));

    mvc.perform(
            get("/api/v1/hazards/" + id + "/evidence/" + photo)
                .with(as(owner, Role.ENTERPRISE_USER)))
        .andExpect(status().isOk())
        .andExpect(content().contentType("image/png"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE target_type = 'hazard' AND target_id = ?")
                .param(String.valueOf(id))
                .query(Long.class)
                .single())
        .isEqualTo(9);
    // The kept history cannot be rewritten.
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                jdbc.sql("UPDATE hazard_transition SET comment = 'x' WHERE hazard_id = ?")
                    .param(id)
                    .update())
        .hasMessageContaining("append-only");
  }

  @Test
  void aTransitionOutOfOrderOrByTheWrongRoleIsAConflictWithTheReason() throws Exception {
    String regulator = regulator();
    String uscc = enterprise();
    String owner = account(Role.ENTERPRISE_USER, Set.of(), uscc, false);
    long id = report(regulator, Role.DEPARTMENT_STAFF, uscc, "错误角色测试");
    act(id, owner, Role.ENTERPRISE_USER, "{\"action\":\"GRADE\",\"grade\":\"GENERAL\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("您的角色无权对该隐患执行“定级”"));
    mvc.perform(
            post("/api/v1/hazards/" + id + "/transitions")
                .with(as(owner, Role.ENTERPRISE_USER))
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"action\":\"GRADE\",\"grade\":\"GENERAL\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("Your role may not \"Grade\" this hazard"));
    String economy = account(Role.DEPARTMENT_STAFF);
    act(id, economy, Role.DEPARTMENT_STAFF, "{\"action\":\"GRADE\",\"grade\":\"GENERAL\"}")
        .andExpect(status().isConflict());
    act(id, regulator, Role.DEPARTMENT_STAFF, "{\"action\":\"CLOSE\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("隐患当前为“已上报”，不能执行“销号”"));
    // A town may grade as general, not as major.
    String town = account(Role.TOWN_STAFF);
    act(id, town, Role.TOWN_STAFF, "{\"action\":\"GRADE\",\"grade\":\"MAJOR\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail", containsString("重大隐患")));
    act(id, regulator, Role.DEPARTMENT_STAFF, "{\"action\":\"SUPERVISE\"}")
        .andExpect(status().isConflict());
    act(id, regulator, Role.DEPARTMENT_STAFF, "{\"action\":\"JUMP\"}")
        .andExpect(status().isBadRequest());
    assertThat(state(id)).isEqualTo("REPORTED");
    assertThat(
            jdbc.sql("SELECT count(*) FROM hazard_transition WHERE hazard_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void rectificationWithoutEvidenceAndBadUploadsAreRefusedAndChangeNothing() throws Exception {
    String regulator = regulator();
    String uscc = enterprise();
    String owner = account(Role.ENTERPRISE_USER, Set.of(), uscc, false);
    long id =
        rectifying(regulator, owner, uscc, LocalDate.now(clock.withZone(SHANGHAI)).plusDays(5));
    act(id, owner, Role.ENTERPRISE_USER, "{\"action\":\"RECTIFY\",\"comment\":\"已整改\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("evidenceIds"))
        .andExpect(jsonPath("$.errors[0].message").value("提交整改须至少附一张整改照片"));
    long photo = upload(id, owner, Role.ENTERPRISE_USER);
    act(id, owner, Role.ENTERPRISE_USER, "{\"action\":\"RECTIFY\",\"evidenceIds\":[" + photo + "]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("comment"));

    byte[] text = "not a photo at all".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    mvc.perform(
            multipart("/api/v1/hazards/" + id + "/evidence")
                .file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", text))
                .with(as(owner, Role.ENTERPRISE_USER)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value("只接受 JPEG、PNG 或 WebP 格式的照片"));
    byte[] big = Arrays.copyOf(png(), 6 * 1024 * 1024);
    mvc.perform(
            multipart("/api/v1/hazards/" + id + "/evidence")
                .file(new MockMultipartFile("file", "big.png", "image/png", big))
                .with(as(owner, Role.ENTERPRISE_USER)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value("照片不能超过 5 MB"));
    assertThat(state(id)).isEqualTo("RECTIFYING");
    assertThat(
            jdbc.sql("SELECT count(*) FROM hazard_evidence WHERE hazard_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void anotherEnterprisesHazardIsNotFound() throws Exception {
    String regulator = regulator();
    String uscc = enterprise();
    String owner = account(Role.ENTERPRISE_USER, Set.of(), uscc, false);
    String stranger = account(Role.ENTERPRISE_USER, Set.of(), enterprise(), false);
    long id =
        rectifying(regulator, owner, uscc, LocalDate.now(clock.withZone(SHANGHAI)).plusDays(5));
    long photo = upload(id, owner, Role.ENTERPRISE_USER);
    mvc.perform(get("/api/v1/hazards/" + id).with(as(stranger, Role.ENTERPRISE_USER)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/hazards/" + id).with(as(stranger, Role.ENTERPRISE_USER)))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/hazards/" + id + "/evidence/" + photo)
                .with(as(stranger, Role.ENTERPRISE_USER)))
        .andExpect(status().isNotFound());
    act(id, stranger, Role.ENTERPRISE_USER, "{\"action\":\"RECTIFY\",\"comment\":\"x\"}")
        .andExpect(status().isNotFound());
    mvc.perform(
            multipart("/api/v1/hazards/" + id + "/evidence")
                .file(new MockMultipartFile("file", "a.png", "image/png", png()))
                .with(as(stranger, Role.ENTERPRISE_USER)))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/hazards").param("size", "200").with(as(stranger, Role.ENTERPRISE_USER)))
        .andExpect(jsonPath("$.total").value(0));
    mvc.perform(get("/api/v1/hazards").with(as(owner, Role.ENTERPRISE_USER)))
        .andExpect(jsonPath("$.total").value(1));
    // Town staff of another town do not see it either.
    String beigan = account(Role.TOWN_STAFF, Set.of(BEIGAN), null, false);
    mvc.perform(get("/api/v1/hazards/" + id).with(as(beigan, Role.TOWN_STAFF)))
        .andExpect(status().isNotFound());
    assertThat(state(id)).isEqualTo("RECTIFYING");
  }

  @Test
  void escalationOnAControlledClockIsIdempotentAndSkipsClosedHazards() throws Exception {
    String regulator = regulator();
    String uscc = enterprise();
    String owner = account(Role.ENTERPRISE_USER, Set.of(), uscc, false);
    LocalDate deadline = LocalDate.now(clock.withZone(SHANGHAI)).plusDays(1);
    long open = rectifying(regulator, owner, uscc, deadline);
    long closed = rectifying(regulator, owner, uscc, deadline);
    long photo = upload(closed, owner, Role.ENTERPRISE_USER);
    act(
            closed,
            owner,
            Role.ENTERPRISE_USER,
            "{\"action\":\"RECTIFY\",\"comment\":\"ok\",\"evidenceIds\":[" + photo + "]}")
        .andExpect(status().isOk());
    act(closed, regulator, Role.DEPARTMENT_STAFF, "{\"action\":\"REINSPECT_PASS\"}");
    act(closed, regulator, Role.DEPARTMENT_STAFF, "{\"action\":\"CLOSE\"}")
        .andExpect(jsonPath("$.hazard.state").value("CLOSED"));

    escalator.runAt(noonAfter(deadline, 29));
    assertThat(escalations.levelsOf(open)).isEmpty();
    var run = escalator.runAt(noonAfter(deadline, 30));
    assertThat(run.ran()).isTrue();
    assertThat(run.escalated().get(EscalationLevel.BULLETIN)).isPositive();
    assertThat(escalations.levelsOf(open)).containsExactly(EscalationLevel.BULLETIN);
    escalator.runAt(noonAfter(deadline, 60));
    assertThat(escalations.levelsOf(open))
        .containsExactly(EscalationLevel.BULLETIN, EscalationLevel.EXPOSURE);
    escalator.runAt(noonAfter(deadline, 90));
    escalator.runAt(noonAfter(deadline, 90));
    escalator.runAt(noonAfter(deadline, 120));
    assertThat(escalations.levelsOf(open))
        .containsExactly(
            EscalationLevel.BULLETIN, EscalationLevel.EXPOSURE, EscalationLevel.WARNING);
    assertThat(escalations.levelsOf(closed)).isEmpty();
    assertThat(
            jdbc.sql(
                    "SELECT days_overdue FROM hazard_escalation WHERE hazard_id = ? AND level = 'BULLETIN'")
                .param(open)
                .query(Integer.class)
                .single())
        .isEqualTo(30);

    String month = deadline.plusDays(30).toString().substring(0, 7);
    String title =
        jdbc.sql("SELECT title FROM hazard WHERE id = ?").param(open).query(String.class).single();
    mvc.perform(
            get("/hazards/bulletin")
                .param("month", month)
                .with(as(regulator, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(title)))
        .andExpect(content().string(containsString("/hazard/print.css")));
    mvc.perform(
            get("/hazards/bulletin/export")
                .param("month", month)
                .with(as(regulator, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", containsString(".xlsx")));
    mvc.perform(
            get("/api/v1/hazards/escalations")
                .param("level", "WARNING")
                .with(as(regulator, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(title)));
  }

  @Test
  void aSecondNodeSkipsTheRunWhileTheLockIsHeld() throws Exception {
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread other =
        new Thread(
            () ->
                transactions.executeWithoutResult(
                    tx -> {
                      assertThat(escalations.tryLock()).isTrue();
                      locked.countDown();
                      try {
                        release.await(10, TimeUnit.SECONDS);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                    }));
    other.start();
    try {
      assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(escalator.runAt(clock.instant()).ran()).isFalse();
    } finally {
      release.countDown();
      other.join();
    }
    assertThat(escalator.runAt(clock.instant()).ran()).isTrue();
  }

  @Test
  void thePublicExposurePageShowsNoPersonalDataOrIds() throws Exception {
    String uscc = enterprise();
    Instant now = clock.instant();
    // Back-dated through the service, as the demo does: reported 70 days ago, due 65 days ago.
    Acting regulator =
        new Acting(
            "exposure-regulator",
            new HazardWorkflow.Actor(Role.DEPARTMENT_STAFF, "EMERGENCY", Set.of(), Set.of(), null),
            DataScope.district(),
            true);
    Instant at = now.minus(Duration.ofDays(70));
    String title = "曝光测试" + UUID.randomUUID().toString().substring(0, 6);
    long id =
        service
            .report(
                new HazardReport(
                    title, "现场负责人王五 13900001111", uscc, null, null, null, HazardSource.INSPECTION),
                List.of(),
                regulator,
                at)
            .id();
    service.transition(
        id,
        new TransitionRequest(HazardAction.GRADE, null, HazardGrade.GENERAL, null, null, null),
        List.of(),
        regulator,
        at.plus(Duration.ofDays(1)));
    LocalDate deadline = LocalDate.ofInstant(now, SHANGHAI).minusDays(65);
    service.transition(
        id,
        new TransitionRequest(HazardAction.ASSIGN, null, null, "安全员赵六", deadline, null),
        List.of(),
        regulator,
        at.plus(Duration.ofDays(2)));
    escalator.runAt(now);
    assertThat(escalations.levelsOf(id))
        .containsExactly(EscalationLevel.BULLETIN, EscalationLevel.EXPOSURE);

    String page =
        mvc.perform(get("/public/exposure"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains(title, "隐患测试企业" + uscc.substring(10), "<td>65</td>")
        .doesNotContain("exposure-regulator", "王五", "13900001111", "赵六", uscc, "/hazards/" + id);
    assertThat(state(id)).isEqualTo(HazardState.ASSIGNED.name());
    mvc.perform(
            get("/api/v1/hazards")
                .param("overdue", "true")
                .param("size", "200")
                .with(as(regulator(), Role.DEPARTMENT_STAFF)))
        .andExpect(content().string(containsString(title)));
  }

  @Test
  void pagesRenderAndATownReportsFromThePhoneForm() throws Exception {
    String town = account(Role.TOWN_STAFF);
    var response =
        mvc.perform(
                multipart("/hazards/report")
                    .file(new MockMultipartFile("photos", "p.png", "image/png", png()))
                    .param("title", "井盖缺失")
                    .param("lon", String.valueOf(LON))
                    .param("lat", String.valueOf(LAT))
                    .with(as(town, Role.TOWN_STAFF))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse();
    String location = response.getRedirectedUrl();
    assertThat(location).matches("/hazards/\\d+");
    long id = Long.parseLong(location.substring("/hazards/".length()));
    assertThat(
            jdbc.sql("SELECT town_code || '/' || source FROM hazard WHERE id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo(CHENGXIANG + "/INSPECTION");
    // A location outside the town's scope is refused on the page with a message.
    String beigan = account(Role.TOWN_STAFF, Set.of(BEIGAN), null, false);
    mvc.perform(
            multipart("/hazards/report")
                .param("title", "越界")
                .param("lon", String.valueOf(LON))
                .param("lat", String.valueOf(LAT))
                .with(as(beigan, Role.TOWN_STAFF))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("位置不在您负责的区域内")));
    // The town grades it general and sees the next step offered; errors come back on the page.
    mvc.perform(
            multipart("/hazards/" + id + "/transitions")
                .param("action", "CLOSE")
                .with(as(town, Role.TOWN_STAFF))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("不能执行")));
    mvc.perform(
            multipart("/hazards/" + id + "/transitions")
                .param("action", "GRADE")
                .param("grade", "GENERAL")
                .with(as(town, Role.TOWN_STAFF))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    for (String lang : List.of("zh-CN", "en")) {
      String word = lang.equals("en") ? "Hazard" : "隐患";
      for (String path :
          List.of(
              "/hazards",
              "/hazards/" + id,
              "/hazards/report",
              "/hazards/bulletin",
              "/hazards?overdue=true&grade=GENERAL")) {
        mvc.perform(get(path).param("lang", lang).with(as(town, Role.TOWN_STAFF)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(word)))
            .andExpect(content().string(not(containsString("??hazard"))));
      }
    }
    mvc.perform(get("/hazards/" + id).with(as(town, Role.TOWN_STAFF)))
        .andExpect(content().string(containsString("/hazards/" + id + "/evidence/")))
        .andExpect(content().string(containsString("name=\"responsibleUnit\"")));
    mvc.perform(get("/hazards/export").with(as(town, Role.TOWN_STAFF))).andExpect(status().isOk());
    mvc.perform(get("/hazards").with(as(account(Role.AUDIT_ADMIN), Role.AUDIT_ADMIN)))
        .andExpect(status().isForbidden());
  }

  @Test
  void theDemoHookCreatesHazardsInEveryStateAndEscalatesTheOverdueOnes() {
    String uscc = enterprise();
    int created = demo.createDemoHazards(List.of(uscc));
    List<String> states =
        jdbc.sql("SELECT DISTINCT state FROM hazard WHERE enterprise_uscc = ? AND synthetic")
            .param(uscc)
            .query(String.class)
            .list();
    assertThat(created).isEqualTo(11);
    assertThat(states)
        .containsExactlyInAnyOrder(
            Arrays.stream(HazardState.values()).map(Enum::name).toArray(String[]::new));
    List<String> levels =
        jdbc.sql(
                "SELECT e.level || ':' || count(*) FROM hazard_escalation e JOIN hazard h"
                    + " ON h.id = e.hazard_id WHERE h.enterprise_uscc = ? GROUP BY e.level")
            .param(uscc)
            .query(String.class)
            .list();
    assertThat(levels).containsExactlyInAnyOrder("BULLETIN:3", "EXPOSURE:2", "WARNING:1");
    assertThat(service.countsOf(uscc).overdue()).isEqualTo(4);
  }

  @Test
  void assignmentAndEachEscalationNotifyTheTownsSubscribersAndTheWarningTheRegulator()
      throws Exception {
    String regulator = regulator();
    String uscc = enterprise();
    String owner = account(Role.ENTERPRISE_USER, Set.of(), uscc, false);
    String town = account(Role.TOWN_STAFF); // 城厢街道, where the enterprise lies
    String elsewhere = account(Role.TOWN_STAFF, Set.of(BEIGAN), null, false);
    subscriptions.subscribeInApp(town, Set.of(), Severity.BLUE, Set.of(NoticeKind.HAZARD));
    subscriptions.subscribeInApp(elsewhere, Set.of(), Severity.INFO, Set.of(NoticeKind.HAZARD));
    LocalDate deadline = LocalDate.now(clock.withZone(SHANGHAI)).plusDays(1);
    long id = rectifying(regulator, owner, uscc, deadline);

    // Assignment: after the commit, by the hazard module's listener.
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () -> notices(id).stream().anyMatch(n -> n.startsWith("hazard:" + id + ":assigned")));
    String assigned = notices(id).get(0);
    assertThat(assigned)
        .contains("BLUE")
        .contains("【隐患交办】")
        .contains("整改期限 " + deadline)
        .contains("[Hazard assigned]");

    // 90 days overdue: all three rungs in one run, one notice each, graver each time.
    escalator.runAt(noonAfter(deadline, 90));
    await().atMost(Duration.ofSeconds(15)).until(() -> notices(id).size() == 4);
    assertThat(notices(id).subList(1, 4))
        .satisfiesExactlyInAnyOrder(
            n ->
                assertThat(n)
                    .contains(":escalation:BULLETIN")
                    .contains("YELLOW")
                    .contains("【隐患逾期通报】"),
            n -> assertThat(n).contains(":escalation:EXPOSURE").contains("ORANGE"),
            n ->
                assertThat(n)
                    .contains(":escalation:WARNING")
                    .contains("RED")
                    .contains("{role:DEPARTMENT_STAFF:EMERGENCY}")
                    .contains("[Overdue hazard: warning interview]"));
    // A re-run escalates nothing more, so there is no event to tell anybody again.
    escalator.runAt(noonAfter(deadline, 91));
    assertThat(escalations.levelsOf(id)).hasSize(3);

    // Delivered by the dispatcher (switched off in tests; one pass here).
    ReflectionTestUtils.invokeMethod(
        context.getBean("notificationDispatcher"), "runOnce", Instant.now());
    assertThat(inboxKeys(town))
        .contains(
            "hazard:" + id + ":escalation:BULLETIN",
            "hazard:" + id + ":escalation:EXPOSURE",
            "hazard:" + id + ":escalation:WARNING")
        .anyMatch(k -> k.startsWith("hazard:" + id + ":assigned"));
    assertThat(inboxKeys(elsewhere)).noneMatch(k -> k.startsWith("hazard:" + id + ":"));
    // The regulator subscribed to nothing, but the warning interview is the department's task.
    assertThat(inboxKeys(regulator).stream().filter(k -> k.startsWith("hazard:" + id + ":")))
        .containsExactly("hazard:" + id + ":escalation:WARNING");
    jdbc.sql("DELETE FROM notification_subscription WHERE username IN (?, ?)")
        .params(town, elsewhere)
        .update();
  }

  /** The notices about a hazard: key, severity, title, English title and recipients, by id. */
  private List<String> notices(long id) {
    return jdbc.sql(
            """
            SELECT notice_key || ' ' || severity || ' ' || title || ' '
              || coalesce(translations -> 'en' ->> 'title', '') || ' ' || recipients::text
            FROM notification_notice WHERE notice_key LIKE ? ORDER BY id""")
        .param("hazard:" + id + ":%")
        .query(String.class)
        .list();
  }

  private List<String> inboxKeys(String username) {
    return jdbc.sql(
            """
            SELECT n.notice_key FROM notification_inbox i
            JOIN notification_notice n ON n.id = i.notice_id WHERE i.username = ? ORDER BY i.id""")
        .param(username)
        .query(String.class)
        .list();
  }

  private static Instant noonAfter(LocalDate deadline, int days) {
    return deadline.plusDays(days).atTime(12, 0).atZone(SHANGHAI).toInstant();
  }
}
