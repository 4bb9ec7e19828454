package org.shuzhi.efficiency.internal.improvement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.identity.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * The town dashboard: per town, the enterprises listed this year (by the enterprise's town), the
 * cases opened for this or earlier years (by responsible town) and what they achieved — land (mu)
 * concerned and tax gained (this year's tax − the tax of the year the case was opened for). Within
 * the user's data scope.
 */
@Service
class ImprovementDashboard {

  private final Listings listings;
  private final CaseRepository cases;
  private final ImprovementCases improvementCases;
  private final ImprovementAccess access;
  private final AreaDirectory areas;

  ImprovementDashboard(
      Listings listings,
      CaseRepository cases,
      ImprovementCases improvementCases,
      ImprovementAccess access,
      AreaDirectory areas) {
    this.listings = listings;
    this.cases = cases;
    this.improvementCases = improvementCases;
    this.access = access;
    this.areas = areas;
  }

  /**
   * One town's row. {@code taxGained} in 10,000 yuan over {@code gainEnterprises} enterprises;
   * {@code gainWithoutFigures} enterprises lack tax figures in one of the two years.
   */
  record TownRow(
      String townCode,
      String townName,
      long listedLowEfficiency,
      long listedZeroTax,
      double listedLandAreaMu,
      long open,
      long inProgress,
      long overdue,
      long closed,
      double caseLandAreaMu,
      double taxGained,
      long gainEnterprises,
      long gainWithoutFigures) {

    public long listed() {
      return listedLowEfficiency + listedZeroTax;
    }

    public long cases() {
      return open + inProgress + closed;
    }
  }

  record Dashboard(int year, boolean allCases, List<TownRow> towns, TownRow total) {}

  Dashboard dashboard(int year, boolean allCases, String onlyTown, CurrentUser user) {
    access.requireRead(user);
    Map<String, long[]> counts = new LinkedHashMap<>();
    Map<String, double[]> amounts = new LinkedHashMap<>();
    // counts: listed low, listed zero, open, in progress, overdue, closed, gain enterprises,
    // gain without figures; amounts: listed land, case land, tax gained
    for (Listings.TownListed t : listings.byTown(year, user)) {
      counts(counts, t.townCode())[0] += t.lowEfficiency();
      counts(counts, t.townCode())[1] += t.zeroTax();
      amounts(amounts, t.townCode())[0] += t.landAreaMu();
    }
    for (CaseRepository.TownCases t :
        cases.casesByTown(year, user.scope(), improvementCases.today())) {
      long[] c = counts(counts, t.townCode());
      c[2] += t.open();
      c[3] += t.inProgress();
      c[4] += t.overdue();
      c[5] += t.closed();
      amounts(amounts, t.townCode())[1] += t.landAreaMu();
    }
    for (CaseRepository.TownGain g : cases.taxGained(year, allCases, user.scope())) {
      long[] c = counts(counts, g.townCode());
      c[6] += g.enterprises();
      c[7] += g.withoutFigures();
      amounts(amounts, g.townCode())[2] += g.taxGained();
    }
    List<TownRow> rows = new ArrayList<>();
    long[] sum = new long[8];
    double[] total = new double[3];
    // towns in code order, then figures without a town
    List<String> order = new ArrayList<>(areas.towns().stream().map(Town::code).toList());
    for (String code : counts.keySet()) {
      if (!order.contains(code)) {
        order.add(code);
      }
    }
    for (String code : order) {
      if (!counts.containsKey(code) && !user.scope().coversTown(code)) {
        continue;
      }
      if (onlyTown != null && !onlyTown.equals(code)) {
        continue;
      }
      long[] c = counts.getOrDefault(code, new long[8]);
      double[] a = amounts.getOrDefault(code, new double[3]);
      for (int i = 0; i < 8; i++) {
        sum[i] += c[i];
      }
      for (int i = 0; i < 3; i++) {
        total[i] += a[i];
      }
      rows.add(row(code, name(code), c, a));
    }
    return new Dashboard(year, allCases, rows, row(null, null, sum, total));
  }

  private String name(String code) {
    return code == null ? null : areas.town(code).map(Town::name).orElse(code);
  }

  private static TownRow row(String code, String name, long[] c, double[] a) {
    return new TownRow(
        code, name, c[0], c[1], a[0], c[2], c[3], c[4], c[5], a[1], a[2], c[6], c[7]);
  }

  private static long[] counts(Map<String, long[]> map, String town) {
    return map.computeIfAbsent(town, t -> new long[8]);
  }

  private static double[] amounts(Map<String, double[]> map, String town) {
    return map.computeIfAbsent(town, t -> new double[3]);
  }
}
