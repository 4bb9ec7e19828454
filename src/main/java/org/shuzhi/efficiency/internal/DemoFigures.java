package org.shuzhi.efficiency.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic yearly figures for demo enterprises, with the spreads the bureau sees in practice
 * (economy.md §1; issue 6 point 7): land 2–200 mu, log-normal; tax per mu mostly 3–40 万元 with a
 * long tail; about 3 % zero-tax (land, no tax) and about 9 % low-efficiency enterprises (below the
 * issue's default list thresholds: 规上 &lt; 6 万元/亩, 规下 &lt; 3 万元/亩); a few 规下 on 10 mu or more; tax
 * and added value growing 5–10 % a year with noise; two major safety accidents and two
 * environmental violations a year. Deterministic for a seed and an input order.
 */
final class DemoFigures {

  /** The low-efficiency thresholds of issue 6 point 6 (万元 per mu). */
  static final double ABOVE_SCALE_LOW = 6;

  static final double BELOW_SCALE_LOW = 3;

  static final double ZERO_TAX_SHARE = 0.03;
  static final double LOW_EFFICIENCY_SHARE = 0.09;
  private static final int VETOES_PER_KIND = 2;

  /** An enterprise in the year's scope. */
  record InScope(String uscc, boolean aboveScale, Sector sector) {}

  enum Profile {
    NORMAL,
    LOW_EFFICIENCY,
    ZERO_TAX
  }

  /** The lasting traits of a demo enterprise, drawn once. */
  private record Traits(
      InScope scope,
      Profile profile,
      double landMu,
      String certificate,
      String parcel,
      double taxPerMu,
      double valuePerTax,
      double revenuePerValue,
      double rdShare,
      double employeesPerMu,
      double kwhPerRevenue,
      double energyPerKwh,
      Double emissionPerTce,
      double growth) {}

  /** One enterprise's figures for one year (money in 万元). */
  record Figures(
      InScope scope,
      Profile profile,
      double landMu,
      String certificate,
      String parcel,
      double tax,
      double addedValue,
      double revenue,
      double rdSpending,
      double employees,
      Double electricityKwh,
      Double energyTce,
      Double emission,
      boolean environmentalViolation,
      boolean majorSafetyAccident) {}

  private final Random random;

  DemoFigures(long seed) {
    this.random = new Random(seed);
  }

  /** The figures of {@code yearCount} consecutive years: one list per year, in input order. */
  List<List<Figures>> generate(List<InScope> enterprises, int yearCount) {
    List<Traits> traits = new ArrayList<>(enterprises.size());
    for (InScope e : enterprises) {
      traits.add(traits(e));
    }
    double[] taxLevel = new double[traits.size()];
    double[] valueLevel = new double[traits.size()];
    java.util.Arrays.fill(taxLevel, 1);
    java.util.Arrays.fill(valueLevel, 1);
    List<List<Figures>> years = new ArrayList<>(yearCount);
    for (int y = 0; y < yearCount; y++) {
      if (y > 0) {
        for (int i = 0; i < traits.size(); i++) {
          double g = traits.get(i).growth();
          taxLevel[i] *= 1 + g + random.nextGaussian() * 0.02;
          valueLevel[i] *= 1 + g + random.nextGaussian() * 0.02;
        }
      }
      Set<Integer> accidents = vetoed(traits);
      Set<Integer> violations = vetoed(traits);
      List<Figures> year = new ArrayList<>(traits.size());
      for (int i = 0; i < traits.size(); i++) {
        year.add(
            figures(
                traits.get(i),
                taxLevel[i],
                valueLevel[i],
                violations.contains(i),
                accidents.contains(i)));
      }
      years.add(year);
    }
    return years;
  }

  private Traits traits(InScope e) {
    boolean industry = e.sector() == Sector.INDUSTRY;
    double r = random.nextDouble();
    Profile profile =
        r < ZERO_TAX_SHARE
            ? Profile.ZERO_TAX
            : r < ZERO_TAX_SHARE + LOW_EFFICIENCY_SHARE ? Profile.LOW_EFFICIENCY : Profile.NORMAL;
    // 规上工业 sit on tens of mu, 规下 on a few (some ≥ 10 mu, some under the 3-mu line).
    double land =
        !industry ? logNormal(15, 0.7) : e.aboveScale() ? logNormal(45, 0.8) : logNormal(5, 0.5);
    land = round(Math.max(2, Math.min(200, land)));
    double low = threshold(e);
    double taxPerMu =
        switch (profile) {
          case ZERO_TAX -> 0;
          // 25–75 % of the line; figures() keeps later years under it despite growth
          case LOW_EFFICIENCY -> low * (0.25 + 0.5 * random.nextDouble());
          case NORMAL -> {
            double median = e.aboveScale() ? 16 : 8;
            double v;
            do {
              v = logNormal(median, 0.7);
            } while (v < low * 1.1);
            yield v;
          }
        };
    return new Traits(
        e,
        profile,
        land,
        "浙（2022）杭州市萧山区不动产权第" + String.format("%07d", random.nextInt(10_000_000)) + "号",
        "XS-" + (1000 + random.nextInt(9000)),
        taxPerMu,
        2.5 + 2 * random.nextDouble(),
        3 + 2 * random.nextDouble(),
        e.aboveScale() ? 0.005 + 0.045 * random.nextDouble() : 0.01 * random.nextDouble(),
        1.5 + 5 * random.nextDouble(),
        300 + 900 * random.nextDouble(),
        // electricity's standard-coal factor 0.1229 kgce/kWh, times other fuels
        0.0001229 * (1 + 2 * random.nextDouble()),
        // one 规上 in ten has no emission figure (the item then scores the group average)
        random.nextDouble() < 0.1 ? null : 0.002 + 0.008 * random.nextDouble(),
        0.05 + 0.05 * random.nextDouble());
  }

  private Figures figures(
      Traits t, double taxLevel, double valueLevel, boolean violation, boolean accident) {
    double tax = t.taxPerMu() * t.landMu() * taxLevel;
    if (t.profile() == Profile.LOW_EFFICIENCY) {
      tax = Math.min(tax, 0.95 * threshold(t.scope()) * t.landMu());
    }
    // a zero-tax enterprise still produces a little
    double addedValue =
        t.profile() == Profile.ZERO_TAX
            ? t.landMu() * 1.5 * valueLevel
            : t.taxPerMu() * t.landMu() * t.valuePerTax() * valueLevel;
    double revenue = addedValue * t.revenuePerValue();
    boolean industry = t.scope().sector() == Sector.INDUSTRY;
    Double kwh = industry ? round(revenue * t.kwhPerRevenue()) : null;
    Double energy = industry ? round(kwh * t.energyPerKwh()) : null;
    Double emission =
        industry && t.emissionPerTce() != null ? round(energy * t.emissionPerTce()) : null;
    return new Figures(
        t.scope(),
        t.profile(),
        t.landMu(),
        t.certificate(),
        t.parcel(),
        round(tax),
        round(addedValue),
        round(revenue),
        round(revenue * t.rdShare()),
        Math.max(3, Math.round(t.employeesPerMu() * t.landMu())),
        kwh,
        energy,
        emission,
        violation,
        accident);
  }

  /** A few industrial enterprises a year with a flag that vetoes them to class D. */
  private Set<Integer> vetoed(List<Traits> traits) {
    Set<Integer> chosen = new HashSet<>();
    int industrial =
        (int) traits.stream().filter(t -> t.scope().sector() == Sector.INDUSTRY).count();
    if (industrial < 10 * VETOES_PER_KIND) {
      return chosen;
    }
    while (chosen.size() < VETOES_PER_KIND) {
      int i = random.nextInt(traits.size());
      if (traits.get(i).scope().sector() == Sector.INDUSTRY) {
        chosen.add(i);
      }
    }
    return chosen;
  }

  static double threshold(InScope e) {
    return e.aboveScale() ? ABOVE_SCALE_LOW : BELOW_SCALE_LOW;
  }

  private double logNormal(double median, double sigma) {
    return median * Math.exp(sigma * random.nextGaussian());
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
