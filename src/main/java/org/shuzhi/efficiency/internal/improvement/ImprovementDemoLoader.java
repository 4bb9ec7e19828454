package org.shuzhi.efficiency.internal.improvement;

import java.util.List;
import org.shuzhi.efficiency.EfficiencyImprovementDemo;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo cases through the real service (same rules, history and audit), acted by the bureau's demo
 * actor.
 */
@Component
class ImprovementDemoLoader implements EfficiencyImprovementDemo {

  static final String DEMO_ACTOR = "demo";

  private static final List<String> MEASURES = List.of("UPGRADE", "MERGER", "LAND_RECOVERY");

  private final ImprovementCases cases;
  private final JdbcClient jdbc;

  ImprovementDemoLoader(ImprovementCases cases, JdbcClient jdbc) {
    this.cases = cases;
    this.jdbc = jdbc;
  }

  @Override
  @Transactional
  public int createDemoCases(List<Integer> years) {
    CurrentUser bureau =
        new CurrentUser(
            DEMO_ACTOR,
            Role.DEPARTMENT_STAFF,
            ImprovementAccess.BUREAU,
            DataScope.district(),
            false);
    List<Integer> open =
        years.stream()
            .sorted()
            .filter(
                y ->
                    jdbc.sql("SELECT count(*) FROM efficiency_year WHERE year = ?")
                            .param(y)
                            .query(Integer.class)
                            .single()
                        > 0)
            .toList();
    int opened = 0;
    for (int year : open) {
      ImprovementCases.Generated g = cases.generate(year, DEMO_ACTOR);
      opened += g.lowEfficiency() + g.zeroTax();
    }
    if (open.isEmpty()) {
      return 0;
    }
    List<Long> first =
        jdbc.sql(
                // untouched cases only, so a second call changes nothing
                "SELECT id FROM efficiency_improvement_case WHERE opened_year = ? AND version = 0"
                    + " ORDER BY id LIMIT 12")
            .param(open.get(0))
            .query(Long.class)
            .list();
    String deadline = cases.today().plusMonths(6).toString();
    for (int i = 0; i < first.size(); i++) {
      long id = first.get(i);
      var planned =
          cases.edit(
              id,
              new ImprovementCases.CaseEdit(
                  0,
                  "（演示）制定亩均提升方案：技改扩能，盘活闲置厂房",
                  List.of(MEASURES.get(i % MEASURES.size())),
                  null,
                  deadline),
              bureau);
      if (i % 3 == 2) {
        continue;
      }
      var started = cases.start(id, planned.version(), "（演示）开始整治", bureau);
      if (i % 3 == 0) {
        cases.close(
            id,
            new ImprovementCases.Closing(started.version(), "TARGET_MET", "（演示）亩均税收已达标，销号"),
            bureau);
      }
    }
    return opened;
  }
}
