package org.shuzhi.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.efficiency.EfficiencyDemo;
import org.shuzhi.efficiency.TestYears;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 亩均 demo data (issue 6 point 7) on the demo's synthetic enterprises: three years, each with
 * figures from every department and a run; the intended shares of zero-tax and low-efficiency
 * enterprises; growth from year to year; vetoed enterprises in class D. Other years than the demo's
 * 2023–2025, because the test database is shared with other tests.
 */
class DemoEfficiencyIntegrationTest extends IntegrationTest {

  private final List<Integer> years = years();

  private static List<Integer> years() {
    int first = TestYears.consecutive(3);
    return List.of(first, first + 1, first + 2);
  }

  @Autowired EfficiencyDemo efficiency;
  @Autowired EnterpriseDirectory directory;
  @Autowired AreaDirectory areas;
  @Autowired JdbcClient jdbc;

  @Test
  void threeYearsOfRealisticFiguresWithARunEach() {
    // the demo's default size, so the log shows the load time of the real demo
    List<EnterpriseDraft> drafts =
        new SyntheticEnterprises(62025L).generate(3_000, areas.towns(), areas::townBoundary);
    directory.registerAll(drafts, DemoDistrict.ACTOR);
    List<String> usccs = drafts.stream().map(EnterpriseDraft::uscc).toList();

    var loaded = efficiency.createDemoYears(years, usccs);

    assertThat(loaded.years()).isEqualTo(3);
    assertThat(loaded.runs()).isEqualTo(3);
    // industry and above-scale services are in scope; wholesale (F) and small services are not
    assertThat(loaded.enterprises()).isBetween(2_000, 2_900);
    String[] ids = usccs.toArray(String[]::new);
    for (int year : years) {
      assertThat(
              jdbc.sql(
                      "SELECT count(*) FROM efficiency_enterprise WHERE year = ? AND uscc ="
                          + " ANY(?) AND land_area_mu IS NOT NULL AND tax IS NOT NULL"
                          + " AND revenue IS NOT NULL")
                  .params(year, ids)
                  .query(Integer.class)
                  .single())
          .as("figures of %d", year)
          .isEqualTo(loaded.enterprises());
      // one delivery per department, so each value shows its department as the source
      assertThat(
              jdbc.sql(
                      "SELECT DISTINCT i.department FROM efficiency_enterprise e JOIN"
                          + " efficiency_import i ON i.id = e.tax_src WHERE e.year = ? AND e.uscc ="
                          + " ANY(?) AND i.file_name = '演示数据 / demo'")
                  .params(year, ids)
                  .query(String.class)
                  .list())
          .containsExactly("TAX");
      assertThat(
              jdbc.sql("SELECT DISTINCT department FROM efficiency_import WHERE year = ?")
                  .param(year)
                  .query(String.class)
                  .list())
          .containsExactlyInAnyOrder(
              "NATURAL_RESOURCES", "TAX", "POWER", "STATISTICS", "ECOLOGY", "EMERGENCY", "WATER");
      // one published evaluation before the latest year, the latest in publicity (point 7)
      assertThat(
              jdbc.sql("SELECT status FROM efficiency_run WHERE year = ?")
                  .param(year)
                  .query(String.class)
                  .list())
          .containsExactly(year == years.get(years.size() - 1) ? "PUBLICITY" : "PUBLISHED");
      double zeroTax = share(year, ids, "land_area_mu > 0 AND tax <= 0");
      assertThat(zeroTax).as("zero-tax share %d", year).isBetween(0.015, 0.05);
      double low =
          share(
              year,
              ids,
              "tax > 0 AND tax / land_area_mu < CASE WHEN above_scale THEN 6 ELSE 3 END");
      assertThat(low).as("low-efficiency share %d", year).isBetween(0.06, 0.12);
      assertThat(share(year, ids, "NOT above_scale AND land_area_mu >= 10"))
          .as("below-scale on 10 mu or more")
          .isBetween(0.01, 0.15);
      // a major safety accident or environmental violation vetoes the enterprise to class D
      List<String> vetoed =
          jdbc.sql(
                  "SELECT r.efficiency_class FROM efficiency_result r JOIN efficiency_run u ON"
                      + " u.id = r.run_id JOIN efficiency_enterprise e ON e.year = u.year AND"
                      + " e.uscc = r.uscc WHERE u.year = ? AND r.uscc = ANY(?) AND"
                      + " (e.major_safety_accident OR e.environmental_violation)"
                      + " AND r.eval_group <> 'BELOW_SCALE_SMALL'")
              .params(year, ids)
              .query(String.class)
              .list();
      assertThat(vetoed).isNotEmpty().containsOnly("D");
    }
    for (int i = 1; i < years.size(); i++) {
      assertThat(growth(years.get(i - 1), years.get(i), "tax", ids))
          .as("tax growth to %d", years.get(i))
          .isBetween(1.03, 1.12);
      assertThat(growth(years.get(i - 1), years.get(i), "added_value", ids))
          .as("added value growth to %d", years.get(i))
          .isBetween(1.03, 1.12);
    }

    // A second load leaves existing years alone.
    String before = methodAndTax(years.get(0), ids);
    assertThat(efficiency.createDemoYears(years, usccs).years()).isZero();
    assertThat(methodAndTax(years.get(0), ids)).isEqualTo(before);
  }

  private double share(int year, String[] ids, String condition) {
    return jdbc.sql(
            "SELECT avg(CASE WHEN "
                + condition
                + " THEN 1.0 ELSE 0 END) FROM efficiency_enterprise WHERE year = ? AND uscc ="
                + " ANY(?)")
        .params(year, ids)
        .query(Double.class)
        .single();
  }

  /** The average year-on-year ratio of a figure over the enterprises that had it. */
  private double growth(int from, int to, String column, String[] ids) {
    return jdbc.sql(
            "SELECT avg(b."
                + column
                + " / a."
                + column
                + ") FROM efficiency_enterprise a JOIN efficiency_enterprise b ON b.uscc = a.uscc"
                + " AND b.year = ? WHERE a.year = ? AND a.uscc = ANY(?) AND a."
                + column
                + " > 0")
        .params(to, from, ids)
        .query(Double.class)
        .single();
  }

  private String methodAndTax(int year, String[] ids) {
    return jdbc.sql(
            "SELECT y.method_version || ':' || (SELECT sum(tax) FROM efficiency_enterprise WHERE"
                + " year = y.year AND uscc = ANY(?)) || ':' || (SELECT count(*) FROM"
                + " efficiency_run WHERE year = y.year) FROM efficiency_year y WHERE y.year = ?")
        .params(ids, year)
        .query(String.class)
        .single();
  }
}
