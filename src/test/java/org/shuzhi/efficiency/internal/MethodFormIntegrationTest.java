package org.shuzhi.efficiency.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.efficiency.EfficiencyGroup;
import org.shuzhi.efficiency.TestYears;
import org.shuzhi.efficiency.internal.MethodForm.GroupForm;
import org.shuzhi.efficiency.internal.MethodForm.IndicatorRow;
import org.shuzhi.efficiency.internal.MethodForm.RuleRow;
import org.shuzhi.efficiency.internal.scoring.AdjustmentRule;
import org.shuzhi.efficiency.internal.scoring.Classification;
import org.shuzhi.efficiency.internal.scoring.EvaluationMethod;
import org.shuzhi.efficiency.internal.scoring.GroupMethod;
import org.shuzhi.efficiency.internal.scoring.IndicatorCode;
import org.shuzhi.efficiency.internal.scoring.IndicatorSpec;
import org.shuzhi.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The method form (issue 6 point 2): a GET shows the stored method in the inputs, a save through
 * the form changes the stored method (new version, audited), and refused input — weights that do
 * not add up to 100, class shares over 100 %, text for a number — changes nothing and is explained
 * in the user's language.
 */
class MethodFormIntegrationTest extends IntegrationTest {

  @Autowired EfficiencyYears years;
  @Autowired JdbcClient jdbc;

  @Test
  void getShowsTheStoredMethodInTheInputsInBothLanguages() throws Exception {
    RequestPostProcessor bureau = bureau();
    int year = openYear(bureau);
    mvc.perform(get("/efficiency/" + year + "/method").with(bureau))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("规上工业")))
        // default method: 规上 tax/mu weight 30, capped at 60; A top 10 %; a veto rule
        .andExpect(
            content()
                .string(containsString("name=\"groups[0].indicators[0].weight\" value=\"30\"")))
        .andExpect(
            content().string(containsString("name=\"groups[0].indicators[0].cap\" value=\"60\"")))
        .andExpect(content().string(containsString("value=\"TAX_PER_MU\" selected")))
        .andExpect(content().string(containsString("name=\"groups[0].shareA\" value=\"10\"")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "name=\"groups[0].rules[0].flag\" value=\"MAJOR_SAFETY_ACCIDENT\"")))
        .andExpect(content().string(containsString("name=\"smallLandMu\" value=\"3\"")))
        .andExpect(content().string(containsString("权重合计")));
    mvc.perform(get("/efficiency/" + year + "/method").param("lang", "en").with(bureau))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Weights total")))
        .andExpect(content().string(containsString("By share of the ranking")))
        .andExpect(content().string(containsString("Add indicator")));
    // the JSON editor stays as the advanced view
    mvc.perform(get("/efficiency/" + year + "/method/json").with(bureau))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("&quot;ABOVE_SCALE_INDUSTRY&quot;")));
  }

  @Test
  void savingTheFormChangesTheStoredMethodWithANewVersionAndAnAuditEntry() throws Exception {
    RequestPostProcessor bureau = bureau();
    int year = openYear(bureau);
    MethodForm form = MethodForm.of(EvaluationMethod.defaults());
    // 规上: tax/mu 40 with a fixed benchmark, R&D row removed (30+20+20+10+10+… = 100 again)
    GroupForm above = form.groups().get(0);
    List<IndicatorRow> rows = new ArrayList<>(above.indicators());
    rows.set(0, new IndicatorRow("TAX_PER_MU", "40", "25.5", ""));
    rows.remove(5);
    List<RuleRow> rules = new ArrayList<>(above.rules());
    rules.add(new RuleRow("HIGH_TECH", "BONUS", "5"));
    GroupForm changedAbove =
        new GroupForm(above.group(), true, rows, "SHARE", "15", "", "5", "", "", "", rules);
    // 规下: classes by cut-off
    GroupForm below = form.groups().get(1);
    GroupForm changedBelow =
        new GroupForm(
            below.group(),
            true,
            below.indicators(),
            "CUTOFF",
            "",
            "",
            "",
            "90",
            "75",
            "60",
            List.of());
    // 规下 <3亩: scored too
    GroupForm small = form.groups().get(2);
    GroupForm changedSmall =
        new GroupForm(
            small.group(),
            true,
            small.indicators(),
            small.mode(),
            small.shareA(),
            small.shareB(),
            small.shareD(),
            "",
            "",
            "",
            small.rules());
    MethodForm changed =
        new MethodForm(
            List.of(changedAbove, changedBelow, changedSmall, form.groups().get(3)), "5");
    int before = years.method(year).version();

    mvc.perform(post(year, before, changed).with(bureau))
        .andExpect(redirectedUrl("/efficiency/" + year + "/method?saved"));

    var stored = years.method(year);
    assertThat(stored.version()).isEqualTo(before + 1);
    EvaluationMethod m = stored.method();
    assertThat(m.smallLandMu()).isEqualTo(5.0);
    GroupMethod aboveScale = m.group(EfficiencyGroup.ABOVE_SCALE_INDUSTRY).orElseThrow();
    assertThat(aboveScale.indicators()).hasSize(5);
    assertThat(aboveScale.indicators().get(0))
        .isEqualTo(new IndicatorSpec(IndicatorCode.TAX_PER_MU, 40.0, 25.5, null));
    assertThat(aboveScale.indicators())
        .extracting(IndicatorSpec::code)
        .doesNotContain(IndicatorCode.RD_INTENSITY);
    assertThat(aboveScale.classification())
        .isEqualTo(new Classification(Classification.Mode.SHARE, 15.0, null, null, 5.0));
    assertThat(aboveScale.rules())
        .contains(new AdjustmentRule("HIGH_TECH", AdjustmentRule.Effect.BONUS, 5.0))
        .contains(new AdjustmentRule("MAJOR_SAFETY_ACCIDENT", AdjustmentRule.Effect.VETO, null));
    assertThat(m.group(EfficiencyGroup.BELOW_SCALE_INDUSTRY).orElseThrow().classification())
        .isEqualTo(new Classification(Classification.Mode.CUTOFF, 90.0, 75.0, 60.0, null));
    assertThat(m.group(EfficiencyGroup.BELOW_SCALE_SMALL).orElseThrow().isScored()).isTrue();
    assertThat(m.group(EfficiencyGroup.ABOVE_SCALE_SERVICES))
        .isEqualTo(EvaluationMethod.defaults().group(EfficiencyGroup.ABOVE_SCALE_SERVICES));
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE target_type = 'efficiency_method'"
                        + " AND target_id = ?")
                .param(String.valueOf(year))
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    // the saved values come back in the inputs
    mvc.perform(get("/efficiency/" + year + "/method").with(bureau))
        .andExpect(
            content()
                .string(
                    containsString("name=\"groups[0].indicators[0].benchmark\" value=\"25.5\"")))
        .andExpect(content().string(containsString("name=\"groups[1].cutoffB\" value=\"75\"")))
        .andExpect(
            content()
                .string(containsString("name=\"groups[0].rules[2].flag\" value=\"HIGH_TECH\"")));
  }

  @Test
  void weightsThatDoNotAddUpAreRefusedAndNothingChanges() throws Exception {
    RequestPostProcessor bureau = bureau();
    int year = openYear(bureau);
    var before = years.method(year);
    MethodForm bad =
        withGroup(
            MethodForm.of(before.method()),
            0,
            g -> {
              List<IndicatorRow> rows = new ArrayList<>(g.indicators());
              rows.set(0, new IndicatorRow("TAX_PER_MU", "20", "", "40"));
              return copy(g, rows, g.mode(), g.shareA(), g.shareD());
            });

    mvc.perform(post(year, before.version(), bad).with(bureau))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("分组 ABOVE_SCALE_INDUSTRY：指标权重合计为 90，必须等于 100")))
        // the form shows what was typed, not the stored value
        .andExpect(
            content()
                .string(containsString("name=\"groups[0].indicators[0].weight\" value=\"20\"")));
    mvc.perform(post(year, before.version(), bad).param("lang", "en").with(bureau))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString(
                        "Group ABOVE_SCALE_INDUSTRY: the weights add up to 90, they must add up"
                            + " to 100")));
    assertUnchanged(year, before);
  }

  @Test
  void classSharesOver100PercentAreRefusedAndNothingChanges() throws Exception {
    RequestPostProcessor bureau = bureau();
    int year = openYear(bureau);
    var before = years.method(year);
    MethodForm bad =
        withGroup(
            MethodForm.of(before.method()), 3, g -> copy(g, g.indicators(), "SHARE", "60", "50"));

    mvc.perform(post(year, before.version(), bad).with(bureau))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("分组 ABOVE_SCALE_SERVICES：A、B、D 类比例合计 150%，不能超过 100%")));
    mvc.perform(post(year, before.version(), bad).param("lang", "en").with(bureau))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("at most 100 % is allowed")));
    assertUnchanged(year, before);
  }

  @Test
  void textForANumberAndAnUnknownCodeAreRefusedAndNothingChanges() throws Exception {
    RequestPostProcessor bureau = bureau();
    int year = openYear(bureau);
    var before = years.method(year);
    MethodForm bad =
        withGroup(
            MethodForm.of(before.method()),
            1,
            g -> {
              List<IndicatorRow> rows = new ArrayList<>(g.indicators());
              rows.set(0, new IndicatorRow("TAX_PER_MU", "五十", "", ""));
              rows.add(new IndicatorRow("PROFIT_PER_MU", "1", "", ""));
              return copy(g, rows, g.mode(), g.shareA(), g.shareD());
            });

    mvc.perform(post(year, before.version(), bad).with(bureau))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("“五十”不是有效的数字")))
        .andExpect(
            content().string(containsString("分组 BELOW_SCALE_INDUSTRY：未知的指标代码 PROFIT_PER_MU")));
    assertUnchanged(year, before);

    // a form from before someone else's save is refused as stale
    MethodForm fine = MethodForm.of(before.method());
    mvc.perform(post(year, before.version() + 7, fine).with(bureau))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("评价办法已被他人修改")));
    assertUnchanged(year, before);
  }

  @Test
  void onlyTheBureauSavesAndOthersSeeTheFormReadOnly() throws Exception {
    RequestPostProcessor bureau = bureau();
    int year = openYear(bureau);
    var before = years.method(year);
    RequestPostProcessor tax = user(departmentAccount("TAX")).roles(Role.DEPARTMENT_STAFF.name());
    mvc.perform(get("/efficiency/" + year + "/method").with(tax))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("fieldset class=\"plain\" disabled")))
        .andExpect(content().string(not(containsString("type=\"submit\">保存"))));
    mvc.perform(post(year, before.version(), MethodForm.of(before.method())).with(tax))
        .andExpect(status().isForbidden());
    assertUnchanged(year, before);
  }

  private void assertUnchanged(int year, EfficiencyYears.VersionedMethod before) {
    var now = years.method(year);
    assertThat(now.version()).isEqualTo(before.version());
    assertThat(now.method()).isEqualTo(before.method());
  }

  private static MethodForm withGroup(MethodForm form, int index, UnaryOperator<GroupForm> change) {
    List<GroupForm> groups = new ArrayList<>(form.groups());
    groups.set(index, change.apply(groups.get(index)));
    return new MethodForm(groups, form.smallLandMu());
  }

  private static GroupForm copy(
      GroupForm g, List<IndicatorRow> rows, String mode, String shareA, String shareD) {
    return new GroupForm(
        g.group(),
        g.scored(),
        rows,
        mode,
        shareA,
        g.shareB(),
        shareD,
        g.cutoffA(),
        g.cutoffB(),
        g.cutoffC(),
        g.rules());
  }

  /** The form as the browser posts it (row indices with a gap, as after a removed row). */
  private MockHttpServletRequestBuilder post(int year, int version, MethodForm form) {
    var request =
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                "/efficiency/" + year + "/method")
            .param("version", String.valueOf(version))
            .param("smallLandMu", form.smallLandMu())
            .with(csrf());
    for (int g = 0; g < form.groups().size(); g++) {
      GroupForm group = form.groups().get(g);
      String at = "groups[" + g + "].";
      request
          .param(at + "group", group.group())
          .param(at + "scored", String.valueOf(group.scored()))
          .param(at + "mode", group.mode())
          .param(at + "shareA", group.shareA())
          .param(at + "shareB", group.shareB())
          .param(at + "shareD", group.shareD())
          .param(at + "cutoffA", group.cutoffA())
          .param(at + "cutoffB", group.cutoffB())
          .param(at + "cutoffC", group.cutoffC());
      for (int i = 0; i < group.indicators().size(); i++) {
        IndicatorRow row = group.indicators().get(i);
        String r = at + "indicators[" + (2 * i + 1) + "].";
        request
            .param(r + "code", row.code())
            .param(r + "weight", row.weight())
            .param(r + "benchmark", row.benchmark())
            .param(r + "cap", row.cap());
      }
      // an added row left blank is ignored
      request.param(at + "indicators[99].code", "").param(at + "indicators[99].weight", "");
      for (int i = 0; i < group.rules().size(); i++) {
        RuleRow row = group.rules().get(i);
        String r = at + "rules[" + (i * 3) + "].";
        request
            .param(r + "flag", row.flag())
            .param(r + "effect", row.effect())
            .param(r + "points", row.points());
      }
    }
    return request;
  }

  private int openYear(RequestPostProcessor bureau) throws Exception {
    int year = TestYears.next();
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                    "/efficiency/years")
                .param("year", String.valueOf(year))
                .with(bureau)
                .with(csrf()))
        .andExpect(redirectedUrl("/efficiency?year=" + year));
    return year;
  }

  private RequestPostProcessor bureau() {
    return user(departmentAccount("ECONOMY")).roles(Role.DEPARTMENT_STAFF.name());
  }
}
