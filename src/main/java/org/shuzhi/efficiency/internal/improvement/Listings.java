package org.shuzhi.efficiency.internal.improvement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.ScopeColumns;
import org.shuzhi.platform.InvalidInputException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The low-efficiency and zero-tax lists of a year, computed from that year's figures with the
 * year's rules (never stored: a corrected figure or rule shows at once). Rows are filtered by data
 * scope in SQL (ADR 0004), by the enterprise's town.
 */
@Service
class Listings {

  static final ScopeColumns SCOPE = new ScopeColumns("e.town_code", "e.grid_id", "e.uscc");
  static final int MAX_PAGE_SIZE = 500;

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate named;
  private final YearRules yearRules;
  private final ImprovementAccess access;

  Listings(
      JdbcClient jdbc,
      NamedParameterJdbcTemplate named,
      YearRules yearRules,
      ImprovementAccess access) {
    this.jdbc = jdbc;
    this.named = named;
    this.yearRules = yearRules;
    this.access = access;
  }

  /** Why a rule matched: the enterprise's value against the rule's threshold. */
  record Finding(ListingRule rule, Double value, double threshold, String unit) {}

  record ListedEnterprise(
      String uscc,
      String name,
      String townCode,
      boolean aboveScale,
      String sector,
      Double landAreaMu,
      Double tax,
      Double taxPerMu,
      List<Finding> findings) {}

  record ListPage(
      int year,
      ImprovementKind kind,
      ImprovementRules rules,
      long total,
      double landAreaMu,
      int page,
      int size,
      List<ListedEnterprise> enterprises) {}

  ListPage page(int year, ImprovementKind kind, String town, int page, int size, CurrentUser user) {
    access.requireRead(user);
    if (page < 0) {
      throw new InvalidInputException("page", "efficiency.improvement.page.invalid");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidInputException("size", "efficiency.improvement.size.invalid", MAX_PAGE_SIZE);
    }
    ImprovementRules rules = yearRules.rules(year).rules();
    Map<String, Object> params = new HashMap<>();
    String where = where(year, kind, town, rules, user, params);
    var totals =
        jdbc.sql(
                "SELECT count(*), coalesce(sum(e.land_area_mu), 0) FROM efficiency_enterprise e"
                    + " WHERE "
                    + where)
            .params(params)
            .query((rs, n) -> new double[] {rs.getLong(1), rs.getDouble(2)})
            .single();
    params.put("limit", size);
    params.put("offset", (long) page * size);
    List<ListedEnterprise> rows = new ArrayList<>();
    named.query(
        select(rules, params)
            + " WHERE "
            + where
            + " ORDER BY e.town_code NULLS LAST, "
            + ListingConditions.taxPerMu()
            + " NULLS FIRST, e.uscc LIMIT :limit OFFSET :offset",
        params,
        rs -> {
          rows.add(row(rs, rules));
        });
    return new ListPage(
        year, kind, rules, (long) totals[0], totals[1], page, size, List.copyOf(rows));
  }

  /** Every listed enterprise in scope (for the Excel export), streamed in town order. */
  void each(
      int year, ImprovementKind kind, String town, CurrentUser user, Consumer<ListedEnterprise> f) {
    access.requireRead(user);
    ImprovementRules rules = yearRules.rules(year).rules();
    Map<String, Object> params = new HashMap<>();
    String where = where(year, kind, town, rules, user, params);
    named.query(
        select(rules, params) + " WHERE " + where + " ORDER BY e.town_code NULLS LAST, e.uscc",
        params,
        rs -> {
          f.accept(row(rs, rules));
        });
  }

  ImprovementRules rules(int year) {
    return yearRules.rules(year).rules();
  }

  /** Per town of the enterprises: how many are listed of each kind and their land (mu). */
  record TownListed(String townCode, long lowEfficiency, long zeroTax, double landAreaMu) {}

  List<TownListed> byTown(int year, CurrentUser user) {
    ImprovementRules rules = yearRules.rules(year).rules();
    Map<String, Object> params = new HashMap<>();
    params.put("year", year);
    ListingConditions c = new ListingConditions(rules, params);
    String low = c.lowEfficiency();
    String zero = c.zeroTax();
    return jdbc.sql(
            "SELECT e.town_code, count(*) FILTER (WHERE "
                + low
                + "), count(*) FILTER (WHERE "
                + zero
                + "), coalesce(sum(e.land_area_mu), 0) FROM efficiency_enterprise e"
                + " WHERE e.year = :year AND "
                + SCOPE.predicate(user.scope(), params)
                + " AND ("
                + low
                + " OR "
                + zero
                + ") GROUP BY e.town_code")
        .params(params)
        .query(
            (rs, n) ->
                new TownListed(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getDouble(4)))
        .list();
  }

  private String where(
      int year,
      ImprovementKind kind,
      String town,
      ImprovementRules rules,
      CurrentUser user,
      Map<String, Object> params) {
    params.put("year", year);
    ListingConditions c = new ListingConditions(rules, params);
    String where =
        "e.year = :year AND " + c.of(kind) + " AND " + SCOPE.predicate(user.scope(), params);
    if (town != null) {
      params.put("town", town);
      where += " AND e.town_code = :town";
    }
    return where;
  }

  private static String select(ImprovementRules rules, Map<String, Object> params) {
    ListingConditions c = new ListingConditions(rules, params);
    return "SELECT e.uscc, e.name, e.town_code, e.above_scale, e.sector, e.land_area_mu, e.tax, "
        + ListingConditions.taxPerMu()
        + ", "
        + c.matchedRules()
        + " FROM efficiency_enterprise e";
  }

  private static ListedEnterprise row(ResultSet rs, ImprovementRules rules) throws SQLException {
    Double land = number(rs, 6);
    Double tax = number(rs, 7);
    Double perMu = number(rs, 8);
    String[] matched = (String[]) rs.getArray(9).getArray();
    List<Finding> findings = new ArrayList<>(matched.length);
    for (String code : matched) {
      ListingRule rule = ListingRule.valueOf(code);
      findings.add(
          switch (rule) {
            case ABOVE_SCALE_TAX_PER_MU ->
                new Finding(rule, perMu, rules.aboveScaleTaxPerMu(), "YUAN_PER_MU");
            case BELOW_SCALE_TAX_PER_MU ->
                new Finding(rule, perMu, rules.belowScaleTaxPerMu(), "YUAN_PER_MU");
            case BELOW_SCALE_LARGE_LAND -> new Finding(rule, land, rules.belowScaleLandMu(), "MU");
            case ZERO_TAX ->
                new Finding(
                    rule, tax == null ? null : tax * 10_000, rules.zeroTaxTaxAtMost(), "YUAN");
          });
    }
    return new ListedEnterprise(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getBoolean(4),
        rs.getString(5),
        land,
        tax,
        perMu,
        List.copyOf(findings));
  }

  static Double number(ResultSet rs, int column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? null : v;
  }
}
