package org.shuzhi.efficiency.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.shuzhi.core.TestUsccs.newUscc;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.efficiency.EfficiencyResultsPublished;
import org.shuzhi.efficiency.TestYears;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseDraft;
import org.shuzhi.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The publication workflow (issue 6 point 3): review, publicity with a public listing, objections
 * with attachments, publication superseding the previous version, immutability of results outside
 * DRAFT (service and database trigger), re-runs answering accepted objections, and version
 * differences — each refusal with its message and nothing changed.
 */
@RecordApplicationEvents
class RunWorkflowIntegrationTest extends IntegrationTest {

  private static final byte[] PDF = "%PDF-1.4\n% test\n".getBytes();
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};

  @Autowired EnterpriseDirectory directory;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;

  private RequestPostProcessor bureau;

  /** A year with two above-scale enterprises (甲 in 城厢, 乙 in 北干) and their land and tax. */
  private record Year(int year, String a, String b, String nameA, String nameB) {}

  @Test
  void aRunGoesThroughReviewPublicityAndObjectionsToPublicationAndAReRunSupersedesIt()
      throws Exception {
    Year y = year(40, 40);
    long v1 = run(y.year());
    assertThat(history(v1)).containsExactly("null>DRAFT");
    move(v1, "REVIEW", "提交")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("REVIEW"));
    Instant before = Instant.now();
    move(v1, "PUBLICITY", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PUBLICITY"));
    var period =
        jdbc.sql("SELECT publicity_start, publicity_end FROM efficiency_run WHERE id = ?")
            .param(v1)
            .query(
                (rs, n) -> List.of(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()))
            .single();
    assertThat(period.get(0)).isAfterOrEqualTo(before.minusSeconds(1));
    assertThat(Duration.between(period.get(0), period.get(1))).isEqualTo(Duration.ofDays(7));

    // the enterprise objects with a PDF; the bureau sees it and rejects it with a reason
    String ownerA = account(Role.ENTERPRISE_USER, Set.of(), y.a(), false);
    long objection = fileObjection(v1, ownerA, "税金数据有误", PDF, "证明.pdf");
    mvc.perform(get("/api/v1/efficiency/runs/" + v1 + "/objections").with(bureau()))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$[?(@.id==" + objection + ")].attachments[0].fileName")
                .value(contains("证明.pdf")));
    mvc.perform(
            get("/efficiency/runs/"
                    + v1
                    + "/objections/"
                    + objection
                    + "/attachments/"
                    + attachmentId(objection))
                .with(enterprise(ownerA)))
        .andExpect(status().isOk())
        .andExpect(content().contentType("application/pdf"))
        .andExpect(content().bytes(PDF));
    move(v1, "PUBLISHED", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("公示期满后才能发布")));
    endPublicity(v1);
    move(v1, "PUBLISHED", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("1 条异议未处理")));
    decide(v1, objection, "REJECT", "税务局核实数据无误")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("REJECTED"));
    mvc.perform(get("/api/v1/efficiency/runs/" + v1 + "/objections").with(enterprise(ownerA)))
        .andExpect(jsonPath("$[0].status").value("REJECTED"))
        .andExpect(jsonPath("$[0].reason").value("税务局核实数据无误"));
    assertThat(
            jdbc.sql("SELECT count(*) FROM notification_notice WHERE notice_key = ?")
                .param("efficiency-objection:" + objection + ":decided")
                .query(Integer.class)
                .single())
        .isEqualTo(1);

    move(v1, "PUBLISHED", "公示期满，无异议")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PUBLISHED"));
    assertThat(events.stream(EfficiencyResultsPublished.class).filter(e -> e.runId() == v1))
        .singleElement()
        .satisfies(e -> assertThat(e.year()).isEqualTo(y.year()));

    // a re-evaluation goes the same way and supersedes v1
    long v2 = run(y.year());
    move(v2, "REVIEW", null).andExpect(status().isOk());
    move(v2, "PUBLICITY", null).andExpect(status().isOk());
    endPublicity(v2);
    move(v2, "PUBLISHED", null).andExpect(status().isOk());
    assertThat(runStatus(v1)).isEqualTo("SUPERSEDED");
    assertThat(runStatus(v2)).isEqualTo("PUBLISHED");
    assertThat(history(v1))
        .containsExactly(
            "null>DRAFT",
            "DRAFT>REVIEW",
            "REVIEW>PUBLICITY",
            "PUBLICITY>PUBLISHED",
            "PUBLISHED>SUPERSEDED");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE target_type = 'efficiency_run'"
                        + " AND target_id = ? AND action = 'UPDATE'")
                .param(String.valueOf(v1))
                .query(Integer.class)
                .single())
        .isEqualTo(4);
    mvc.perform(get("/api/v1/efficiency/runs/" + v1 + "/workflow").with(bureau()))
        .andExpect(jsonPath("$.run.status").value("SUPERSEDED"))
        .andExpect(jsonPath("$.actions", hasSize(0)));
  }

  @Test
  void thePublicityPeriodIsSetPerYearWithinItsBounds() throws Exception {
    Year y = year(40, 40);
    long run = run(y.year());
    mvc.perform(
            put("/api/v1/efficiency/years/" + y.year() + "/publicity-days")
                .with(bureau())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"days\":0}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("公示天数须在 1 至 90 天之间"));
    mvc.perform(
            post("/efficiency/runs/" + run + "/publicity-days")
                .param("days", "abc")
                .with(bureau())
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("公示天数须在 1 至 90 天之间")));
    mvc.perform(
            put("/api/v1/efficiency/years/" + y.year() + "/publicity-days")
                .with(staff("TAX"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"days\":10}"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/efficiency/runs/" + run + "/publicity-days")
                .param("days", "10")
                .with(bureau())
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<span id=\"publicity-days\">10</span>")));
    move(run, "REVIEW", null).andExpect(status().isOk());
    move(run, "PUBLICITY", null).andExpect(status().isOk());
    assertThat(
            jdbc.sql("SELECT publicity_end - publicity_start FROM efficiency_run WHERE id = ?")
                .param(run)
                .query(String.class)
                .single())
        .isEqualTo("10 days");
  }

  @Test
  void movesOutOfOrderByOtherPeopleOrWithoutReasonAreRefusedAndChangeNothing() throws Exception {
    Year y = year(40, 40);
    long run = run(y.year());
    move(run, "PUBLISHED", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("第 1 版当前为“草稿”，不能转为“已发布”"));
    mvc.perform(
            post("/api/v1/efficiency/runs/" + run + "/transitions")
                .with(bureau())
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"to\":\"PUBLICITY\"}"))
        .andExpect(status().isConflict())
        .andExpect(
            jsonPath("$.detail")
                .value("Version 1 is \"Draft\" and cannot move to \"In publicity\""));
    move(run, "SUPERSEDED", null).andExpect(status().isConflict());
    move(run, "LIVE", null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("未知的目标状态“LIVE”")));
    move(run, "DISCARDED", " ")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("作废须填写说明"));
    for (RequestPostProcessor other :
        List.of(
            staff("TAX"),
            user(account(Role.TOWN_STAFF)).roles("TOWN_STAFF"),
            user(account(Role.DISTRICT_LEADER)).roles("DISTRICT_LEADER"))) {
      mvc.perform(
              post("/api/v1/efficiency/runs/" + run + "/transitions")
                  .with(other)
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"to\":\"REVIEW\"}"))
          .andExpect(status().isForbidden());
    }
    assertThat(runStatus(run)).isEqualTo("DRAFT");
    assertThat(history(run)).containsExactly("null>DRAFT");

    // the page: buttons for the bureau, a refusal shown in the panel, a move reloads the page
    mvc.perform(get("/efficiency/runs/" + run + "/workflow").with(bureau()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("提交审核")))
        .andExpect(content().string(containsString("hx-confirm")));
    mvc.perform(
            post("/efficiency/runs/" + run + "/transitions")
                .param("to", "PUBLISHED")
                .with(bureau())
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("不能转为“已发布”")));
    mvc.perform(
            post("/efficiency/runs/" + run + "/transitions")
                .param("to", "REVIEW")
                .with(bureau())
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(header().string("HX-Refresh", "true"));
    assertThat(runStatus(run)).isEqualTo("REVIEW");
    mvc.perform(get("/efficiency/runs/" + run + "/workflow").param("lang", "en").with(bureau()))
        .andExpect(content().string(containsString("Approve and start publicity")));
    move(run, "DISCARDED", "数据有误").andExpect(status().isOk());
    move(run, "REVIEW", null).andExpect(status().isConflict());
  }

  @Test
  void resultsOutsideDraftCannotBeChangedByTheServiceNorDirectlyInTheDatabase() throws Exception {
    Year y = year(40, 40);
    long run = run(y.year());
    correctClass(run, y.a(), "D", "核查发现重大安全事故").andExpect(status().isOk());
    assertThat(resultClass(run, y.a())).isEqualTo("D");
    correctClass(run, y.a(), "E", "x")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("未知的类别“E”")));
    correctClass(run, y.a(), "C", "")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("请填写调整理由"));
    move(run, "REVIEW", null).andExpect(status().isOk());
    move(run, "PUBLICITY", null).andExpect(status().isOk());
    endPublicity(run);
    move(run, "PUBLISHED", null).andExpect(status().isOk());

    correctClass(run, y.a(), "A", "更正")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("第 1 版已是“已发布”状态，结果不能修改")));
    assertThat(resultClass(run, y.a())).isEqualTo("D");

    // no code path: the database refuses a direct change of a published run's results or run
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "UPDATE efficiency_result SET efficiency_class = 'A', total = 99"
                            + " WHERE run_id = ? AND uscc = ?")
                    .params(run, y.a())
                    .update())
        .hasMessageContaining("results cannot be changed");
    assertThatThrownBy(
            () -> jdbc.sql("DELETE FROM efficiency_result WHERE run_id = ?").param(run).update())
        .hasMessageContaining("results cannot be changed");
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "INSERT INTO efficiency_result (run_id, uscc, name, eval_group, item_codes,"
                            + " item_values, item_benchmarks, item_scores, adjustment, vetoed)"
                            + " VALUES (?, 'X', 'X', 'ABOVE_SCALE_INDUSTRY', '{}', '{}', '{}', '{}',"
                            + " 0, false)")
                    .param(run)
                    .update())
        .hasMessageContaining("results cannot be changed");
    assertThatThrownBy(
            () ->
                jdbc.sql("UPDATE efficiency_run SET enterprise_count = 1 WHERE id = ?")
                    .param(run)
                    .update())
        .hasMessageContaining("cannot be changed");
    assertThatThrownBy(
            () ->
                jdbc.sql("UPDATE efficiency_run SET status = 'DRAFT' WHERE id = ?")
                    .param(run)
                    .update())
        .hasMessageContaining("cannot move from PUBLISHED to DRAFT");
    assertThatThrownBy(
            () -> jdbc.sql("DELETE FROM efficiency_run WHERE id = ?").param(run).update())
        .hasMessageContaining("cannot be deleted");
    assertThat(resultClass(run, y.a())).isEqualTo("D");
    assertThat(runStatus(run)).isEqualTo("PUBLISHED");
  }

  @Test
  void objectionsOutsideThePeriodForAnotherEnterpriseOrWithoutReasonAreRefusedAndStoreNothing()
      throws Exception {
    Year y = year(40, 40);
    long run = run(y.year());
    String ownerA = account(Role.ENTERPRISE_USER, Set.of(), y.a(), false);
    // not in publicity yet
    objection(run, ownerA, null, "有误", PDF, "a.pdf")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("不在公示期")));
    move(run, "REVIEW", null).andExpect(status().isOk());
    move(run, "PUBLICITY", null).andExpect(status().isOk());

    // another enterprise's result, a non-enterprise user, an enterprise not evaluated
    objection(run, ownerA, y.b(), "乙的结果有误", PDF, "a.pdf")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("只能对本企业的评价结果提出异议"));
    mvc.perform(
            multipart("/api/v1/efficiency/runs/" + run + "/objections")
                .param("text", "有误")
                .with(bureau()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("只有企业用户")));
    String stranger = account(Role.ENTERPRISE_USER, Set.of(), newUscc(), false);
    objection(run, stranger, null, "有误", PDF, "a.pdf")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("本企业不在该版本的评价范围内"));
    // bad text and files
    objection(run, ownerA, null, "  ", PDF, "a.pdf")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("请填写异议内容"));
    objection(run, ownerA, null, "有误", "MZ executable".getBytes(), "a.pdf")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("附件“a.pdf”不是 PDF、JPG 或 PNG 文件"));
    assertThat(objectionCount(run)).isZero();

    // a valid one (with a photo); then decisions without reason or by others are refused
    long objection = fileObjection(run, ownerA, "用地面积应为 8 亩", PNG, "C:\\scan\\证.png");
    decide(run, objection, "REJECT", " ")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("请填写处理理由"));
    decide(run, objection, "MAYBE", "x").andExpect(status().isBadRequest());
    mvc.perform(
            post("/api/v1/efficiency/runs/" + run + "/objections/" + objection + "/decision")
                .with(enterprise(ownerA))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\":\"ACCEPT\",\"reason\":\"自己采纳\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/efficiency/runs/" + run + "/objections").with(bureau()))
        .andExpect(jsonPath("$[?(@.id==" + objection + ")].status").value(contains("PENDING")))
        .andExpect(
            jsonPath("$[?(@.id==" + objection + ")].attachments[0].fileName")
                .value(contains("证.png")));

    // after the period: refused, in the user's language
    endPublicity(run);
    objection(run, ownerA, null, "还有问题", PDF, "b.pdf")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("公示期已于")))
        .andExpect(jsonPath("$.detail").value(containsString("结束，不能再提出异议")));
    mvc.perform(
            multipart("/api/v1/efficiency/runs/" + run + "/objections")
                .file(new MockMultipartFile("files", "b.pdf", "application/pdf", PDF))
                .param("text", "还有问题")
                .header("Accept-Language", "en")
                .with(enterprise(ownerA)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("objections are no longer accepted")));
    assertThat(objectionCount(run)).isEqualTo(1);
    decide(run, objection, "ACCEPT", "已核实").andExpect(status().isOk());
    decide(run, objection, "REJECT", "再议")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("该异议已处理"));
  }

  @Test
  void anAcceptedObjectionIsAnsweredByAReRunWhoseDifferenceIsShown() throws Exception {
    Year y = year(10, 40);
    long v1 = run(y.year());
    move(v1, "REVIEW", null).andExpect(status().isOk());
    move(v1, "PUBLICITY", null).andExpect(status().isOk());
    String ownerA = account(Role.ENTERPRISE_USER, Set.of(), y.a(), false);
    long objection = fileObjection(v1, ownerA, "实缴税金应为 80 万元", PDF, "完税证明.pdf");
    decide(v1, objection, "ACCEPT", "税务局确认，数据更正后重新评价").andExpect(status().isOk());
    endPublicity(v1);
    move(v1, "PUBLISHED", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("1 条异议已被采纳")));

    // the tax bureau corrects the figure; the bureau re-runs: a new DRAFT answering the objection
    rows(
        y.year(),
        "TAX",
        staff("TAX"),
        "{\"rows\":[{\"uscc\":\"%s\",\"tax\":80}]}".formatted(y.a()));
    long v2 = run(y.year());
    assertThat(runStatus(v2)).isEqualTo("DRAFT");
    mvc.perform(get("/api/v1/efficiency/runs/" + v1 + "/objections").with(enterprise(ownerA)))
        .andExpect(jsonPath("$[0].answeredByRun").value(v2))
        .andExpect(jsonPath("$[0].answeredByVersion").value(2));
    move(v1, "DISCARDED", "异议已采纳，由第 2 版答复").andExpect(status().isOk());
    assertThat(
            jdbc.sql(
                    "SELECT publicity_start IS NULL AND publicity_end IS NULL FROM efficiency_run"
                        + " WHERE id = ?")
                .param(v2)
                .query(Boolean.class)
                .single())
        .isTrue();

    // the difference (default: previous version, nothing published yet): 甲's total rose
    mvc.perform(get("/api/v1/efficiency/runs/" + v2 + "/diff").param("size", "500").with(bureau()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.base.id").value(v1))
        .andExpect(jsonPath("$.page.lines[?(@.uscc=='" + y.a() + "')]", hasSize(1)))
        .andExpect(
            jsonPath(
                "$.page.lines[?(@.uscc=='" + y.a() + "' && @.toTotal > @.fromTotal)]", hasSize(1)));
    String kind =
        jdbc.sql(
                "SELECT CASE WHEN o.efficiency_class IS DISTINCT FROM n.efficiency_class"
                    + " THEN 'CLASS_CHANGED' ELSE 'SCORE_CHANGED' END FROM efficiency_result o"
                    + " JOIN efficiency_result n ON n.uscc = o.uscc AND n.run_id = ?"
                    + " WHERE o.run_id = ? AND o.uscc = ?")
            .params(v2, v1, y.a())
            .query(String.class)
            .single();
    mvc.perform(get("/api/v1/efficiency/runs/" + v2 + "/diff").param("size", "500").with(bureau()))
        .andExpect(jsonPath("$.page.lines[?(@.uscc=='" + y.a() + "')].kind").value(contains(kind)));
    mvc.perform(get("/efficiency/runs/" + v2 + "/diff").with(bureau()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(y.nameA())))
        .andExpect(content().string(containsString("第 1 版（已作废）→ 第 2 版（草稿）")));
    // data scope: 北干 town staff see no line of 甲 (城厢)
    mvc.perform(
            get("/api/v1/efficiency/runs/" + v2 + "/diff")
                .param("size", "500")
                .with(
                    user(account(Role.TOWN_STAFF, Set.of(BEIGAN), null, false))
                        .roles("TOWN_STAFF")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page.lines[?(@.uscc=='" + y.a() + "')]", hasSize(0)))
        .andExpect(jsonPath("$.page.lines[?(@.townCode=='" + CHENGXIANG + "')]", hasSize(0)));
    mvc.perform(get("/api/v1/efficiency/runs/" + v1 + "/diff").with(bureau()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("没有可比较的早期版本"));
  }

  @Test
  void thePublicPageListsNameGroupAndClassOnlyOfARunInPublicity() throws Exception {
    Year y = year(40, 40);
    long run = run(y.year());
    mvc.perform(get("/public/efficiency/" + y.year()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("本年度评价结果尚未公示")))
        .andExpect(content().string(not(containsString(y.nameA()))));
    mvc.perform(get("/api/v1/public/efficiency/" + y.year())).andExpect(status().isNotFound());
    move(run, "REVIEW", null).andExpect(status().isOk());
    move(run, "PUBLICITY", null).andExpect(status().isOk());
    double total =
        jdbc.sql("SELECT total FROM efficiency_result WHERE run_id = ? AND uscc = ?")
            .params(run, y.a())
            .query(Double.class)
            .single();
    String score = String.format("%.2f", total);

    String page =
        mvc.perform(get("/public/efficiency/" + y.year()).param("q", y.nameA()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(y.nameA())))
            .andExpect(content().string(containsString("规上工业")))
            .andExpect(content().string(containsString("公示期：")))
            .andExpect(content().string(not(containsString(y.nameB()))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .doesNotContain(y.a())
        .doesNotContain(score)
        .doesNotContain(String.valueOf(total));
    String json =
        mvc.perform(get("/api/v1/public/efficiency/" + y.year()).param("q", y.nameA()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("PUBLICITY"))
            .andExpect(jsonPath("$.page.total").value(1))
            .andExpect(jsonPath("$.page.lines[0].name").value(y.nameA()))
            .andExpect(jsonPath("$.page.lines[0].group").value("ABOVE_SCALE_INDUSTRY"))
            .andExpect(jsonPath("$.page.lines[0].efficiencyClass").exists())
            .andExpect(jsonPath("$.page.lines[0].total").doesNotExist())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(json)
        .doesNotContain(y.a())
        .doesNotContain(String.valueOf(total))
        .doesNotContain(CHENGXIANG);
    // a name search is a literal, not a pattern
    mvc.perform(get("/api/v1/public/efficiency/" + y.year()).param("q", "%"))
        .andExpect(jsonPath("$.page.total").value(0));
    mvc.perform(get("/public/efficiency/" + y.year()).param("q", "x".repeat(51)))
        .andExpect(status().isBadRequest());
  }

  @Test
  void objectionsAndTheirFilesAreSeenWithinDataScopeOnly() throws Exception {
    Year y = year(40, 40);
    long run = run(y.year());
    move(run, "REVIEW", null).andExpect(status().isOk());
    move(run, "PUBLICITY", null).andExpect(status().isOk());
    String ownerA = account(Role.ENTERPRISE_USER, Set.of(), y.a(), false);
    String ownerB = account(Role.ENTERPRISE_USER, Set.of(), y.b(), false);
    long a = fileObjection(run, ownerA, "甲的异议", PDF, "a.pdf");
    long b = fileObjection(run, ownerB, "乙的异议", PDF, "b.pdf");
    mvc.perform(get("/api/v1/efficiency/runs/" + run + "/objections").with(enterprise(ownerB)))
        .andExpect(jsonPath("$", hasSize(1)))
        .andExpect(jsonPath("$[0].id").value(b));
    mvc.perform(
            get("/api/v1/efficiency/runs/" + run + "/objections")
                .with(user(account(Role.TOWN_STAFF)).roles("TOWN_STAFF")))
        .andExpect(jsonPath("$[?(@.id==" + a + ")]", hasSize(1)))
        .andExpect(jsonPath("$[?(@.id==" + b + ")]", hasSize(0)));
    mvc.perform(
            get("/efficiency/runs/" + run + "/objections/" + a + "/attachments/" + attachmentId(a))
                .with(enterprise(ownerB)))
        .andExpect(status().isNotFound());
    // the enterprise's panel: its own objection, no decision buttons, the form while in publicity
    mvc.perform(get("/efficiency/runs/" + run + "/workflow").with(enterprise(ownerB)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("乙的异议")))
        .andExpect(content().string(not(containsString("甲的异议"))))
        .andExpect(content().string(containsString("objection-form")))
        .andExpect(content().string(not(containsString("name=\"decision\""))));
    mvc.perform(
            multipart("/efficiency/runs/" + run + "/objections")
                .param("text", " ")
                .with(enterprise(ownerB))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("请填写异议内容")));
  }

  // --- helpers

  private Year year(double taxA, double taxB) throws Exception {
    int year = openYear();
    String a = register(CHENGXIANG, "甲");
    String b = register(BEIGAN, "乙");
    rows(
        year,
        "LAND",
        staff("NATURAL_RESOURCES"),
        "{\"rows\":[{\"uscc\":\"%s\",\"landAreaMu\":10},{\"uscc\":\"%s\",\"landAreaMu\":10}]}"
            .formatted(a, b));
    rows(
        year,
        "TAX",
        staff("TAX"),
        "{\"rows\":[{\"uscc\":\"%s\",\"tax\":%s},{\"uscc\":\"%s\",\"tax\":%s}]}"
            .formatted(a, taxA, b, taxB));
    return new Year(year, a, b, name(a, "甲"), name(b, "乙"));
  }

  /** A year nobody else uses (other test classes open years too). */
  private int openYear() throws Exception {
    while (true) {
      int year = TestYears.next();
      int code =
          mvc.perform(
                  post("/api/v1/efficiency/years")
                      .with(bureau())
                      .contentType(MediaType.APPLICATION_JSON)
                      .content("{\"year\":" + year + "}"))
              .andReturn()
              .getResponse()
              .getStatus();
      if (code == 201) {
        return year;
      }
      assertThat(code).isEqualTo(409);
    }
  }

  private void rows(int year, String dataset, RequestPostProcessor as, String body)
      throws Exception {
    mvc.perform(
            post("/api/v1/efficiency/years/" + year + "/datasets/" + dataset + "/rows")
                .with(as)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isOk());
  }

  private long run(int year) throws Exception {
    String body =
        mvc.perform(post("/api/v1/efficiency/years/" + year + "/runs").with(bureau()))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
  }

  private ResultActions move(long run, String to, String comment) throws Exception {
    return mvc.perform(
        post("/api/v1/efficiency/runs/" + run + "/transitions")
            .with(bureau())
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                comment == null
                    ? "{\"to\":\"" + to + "\"}"
                    : "{\"to\":\"" + to + "\",\"comment\":\"" + comment + "\"}"));
  }

  private ResultActions decide(long run, long objection, String decision, String reason)
      throws Exception {
    return mvc.perform(
        post("/api/v1/efficiency/runs/" + run + "/objections/" + objection + "/decision")
            .with(bureau())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"decision\":\"" + decision + "\",\"reason\":\"" + reason + "\"}"));
  }

  private ResultActions correctClass(long run, String uscc, String cls, String reason)
      throws Exception {
    return mvc.perform(
        put("/api/v1/efficiency/runs/" + run + "/results/" + uscc + "/class")
            .with(bureau())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"efficiencyClass\":\"" + cls + "\",\"reason\":\"" + reason + "\"}"));
  }

  private ResultActions objection(
      long run, String owner, String uscc, String text, byte[] file, String fileName)
      throws Exception {
    var request =
        multipart("/api/v1/efficiency/runs/" + run + "/objections")
            .file(new MockMultipartFile("files", fileName, "application/octet-stream", file))
            .param("text", text)
            .with(enterprise(owner));
    if (uscc != null) {
      request.param("uscc", uscc);
    }
    return mvc.perform(request);
  }

  private long fileObjection(long run, String owner, String text, byte[] file, String fileName)
      throws Exception {
    String body =
        objection(run, owner, null, text, file, fileName)
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("PENDING"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+).*", "$1"));
  }

  /**
   * Moves the publicity period into the past (the run stays in PUBLICITY; the trigger allows it).
   */
  private void endPublicity(long run) {
    jdbc.sql(
            "UPDATE efficiency_run SET publicity_start = now() - interval '8 days',"
                + " publicity_end = now() - interval '1 day' WHERE id = ?")
        .param(run)
        .update();
  }

  private long attachmentId(long objection) {
    return jdbc.sql("SELECT min(id) FROM efficiency_objection_attachment WHERE objection_id = ?")
        .param(objection)
        .query(Long.class)
        .single();
  }

  private int objectionCount(long run) {
    return jdbc.sql("SELECT count(*) FROM efficiency_objection WHERE run_id = ?")
        .param(run)
        .query(Integer.class)
        .single();
  }

  private String runStatus(long run) {
    return jdbc.sql("SELECT status FROM efficiency_run WHERE id = ?")
        .param(run)
        .query(String.class)
        .single();
  }

  private String resultClass(long run, String uscc) {
    return jdbc.sql("SELECT efficiency_class FROM efficiency_result WHERE run_id = ? AND uscc = ?")
        .params(run, uscc)
        .query(String.class)
        .single();
  }

  private List<String> history(long run) {
    return jdbc.sql(
            "SELECT coalesce(from_status, 'null') || '>' || to_status"
                + " FROM efficiency_run_transition WHERE run_id = ? ORDER BY id")
        .param(run)
        .query(String.class)
        .list();
  }

  private static String name(String uscc, String prefix) {
    return "公示测试" + prefix + uscc.substring(10);
  }

  private String register(String town, String prefix) {
    String uscc = newUscc();
    directory.registerAll(
        List.of(
            new EnterpriseDraft(
                uscc,
                name(uscc, prefix),
                "张三",
                "13812345678",
                "C2614",
                true,
                town,
                "测试路1号",
                null,
                null,
                CoordinateSystem.WGS84,
                BigDecimal.TEN,
                null,
                20,
                false)),
        "test");
    return uscc;
  }

  private RequestPostProcessor enterprise(String username) {
    return user(username).roles(Role.ENTERPRISE_USER.name());
  }

  private RequestPostProcessor bureau() {
    if (bureau == null) {
      bureau = staff("ECONOMY");
    }
    return bureau;
  }

  private RequestPostProcessor staff(String department) {
    return user(departmentAccount(department)).roles(Role.DEPARTMENT_STAFF.name());
  }
}
