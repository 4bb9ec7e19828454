package org.shuzhi.efficiency.internal.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.efficiency.EfficiencyClass;
import org.shuzhi.efficiency.EfficiencyGroup;
import org.springframework.stereotype.Component;

/**
 * Scores, ranks and classifies enterprises by the ratio-to-benchmark method (economy.md §1.3, 黄岩
 * 2022): within each group,
 *
 * <pre>
 *   item score = weight × value ÷ benchmark, at most cap
 *   total      = Σ item scores + bonus points − penalty points
 * </pre>
 *
 * where the benchmark is the method's fixed one or else the group's average for the year, taken as
 * the group's total numerator over its total denominator among enterprises having both (so a firm
 * exactly at the average scores the weight, and all items together 100). An enterprise whose value
 * cannot be computed scores 0 on the item, except for added value per emission unit, where it
 * scores the mean item score of the group's enterprises that have emission data (黄岩: "无排放数据的
 * 规上企业取规上平均分"; the weight when none has any). A veto forces class D; vetoed enterprises rank after
 * all others and do not count in the shares. Ranks are competition ranks (1, 2, 2, 4); equal totals
 * share the better class. Pure: records in, records out, input order kept.
 */
@Component
public class ScoringEngine {

  private static final double TIE = 1e-9;

  public List<EnterpriseScore> score(EvaluationMethod method, List<EnterpriseFigures> enterprises) {
    Map<EfficiencyGroup, List<Integer>> byGroup = new EnumMap<>(EfficiencyGroup.class);
    for (int i = 0; i < enterprises.size(); i++) {
      byGroup.computeIfAbsent(enterprises.get(i).group(), g -> new ArrayList<>()).add(i);
    }
    EnterpriseScore[] results = new EnterpriseScore[enterprises.size()];
    for (var entry : byGroup.entrySet()) {
      GroupMethod groupMethod = method.group(entry.getKey()).orElse(null);
      List<EnterpriseFigures> members = entry.getValue().stream().map(enterprises::get).toList();
      List<EnterpriseScore> scored =
          groupMethod == null || !groupMethod.isScored()
              ? members.stream().map(ScoringEngine::unscored).toList()
              : scoreGroup(groupMethod, members);
      for (int k = 0; k < members.size(); k++) {
        results[entry.getValue().get(k)] = scored.get(k);
      }
    }
    return Arrays.asList(results);
  }

  private static EnterpriseScore unscored(EnterpriseFigures f) {
    return new EnterpriseScore(f.uscc(), f.group(), List.of(), 0, null, null, null, false);
  }

  private static List<EnterpriseScore> scoreGroup(
      GroupMethod method, List<EnterpriseFigures> members) {
    int n = members.size();
    int itemCount = method.indicators().size();
    ItemScore[][] items = new ItemScore[n][itemCount];
    for (int j = 0; j < itemCount; j++) {
      scoreItem(method.indicators().get(j), members, items, j);
    }
    double[] adjustment = new double[n];
    boolean[] vetoed = new boolean[n];
    double[] total = new double[n];
    for (int i = 0; i < n; i++) {
      for (AdjustmentRule rule : method.rules()) {
        if (!members.get(i).flags().contains(rule.flag())) {
          continue;
        }
        switch (rule.effect()) {
          case BONUS -> adjustment[i] += rule.points();
          case PENALTY -> adjustment[i] -= rule.points();
          case VETO -> vetoed[i] = true;
        }
      }
      double sum = adjustment[i];
      for (ItemScore item : items[i]) {
        sum += item.score();
      }
      total[i] = sum;
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        Comparator.<Integer, Boolean>comparing(i -> vetoed[i])
            .thenComparing(i -> -total[i], Comparator.naturalOrder()));
    int[] rank = new int[n];
    for (int p = 0; p < n; p++) {
      int i = order[p];
      boolean tied = p > 0 && sameStanding(order[p - 1], i, total, vetoed);
      rank[i] = tied ? rank[order[p - 1]] : p + 1;
    }
    EfficiencyClass[] classes = classify(method.classification(), order, total, vetoed);
    List<EnterpriseScore> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      EnterpriseFigures f = members.get(i);
      out.add(
          new EnterpriseScore(
              f.uscc(),
              f.group(),
              List.of(items[i]),
              adjustment[i],
              total[i],
              rank[i],
              classes[i],
              vetoed[i]));
    }
    return out;
  }

  private static boolean sameStanding(int i, int j, double[] total, boolean[] vetoed) {
    return vetoed[i] == vetoed[j] && Math.abs(total[i] - total[j]) < TIE;
  }

  private static void scoreItem(
      IndicatorSpec spec, List<EnterpriseFigures> members, ItemScore[][] items, int j) {
    IndicatorCode code = spec.code();
    int n = members.size();
    Double[] values = new Double[n];
    double numerators = 0;
    double denominators = 0;
    for (int i = 0; i < n; i++) {
      EnterpriseFigures f = members.get(i);
      values[i] = code.value(f);
      if (values[i] != null) {
        numerators += code.numerator(f);
        denominators += code.denominator(f);
      }
    }
    double benchmark =
        spec.benchmark() != null
            ? spec.benchmark()
            : denominators > 0 ? numerators / denominators : 0;
    double weight = spec.weight();
    double scoredSum = 0;
    int scoredCount = 0;
    for (int i = 0; i < n; i++) {
      if (values[i] == null) {
        continue;
      }
      double score = benchmark > 0 ? weight * values[i] / benchmark : 0;
      if (spec.cap() != null) {
        score = Math.min(score, spec.cap());
      }
      items[i][j] = new ItemScore(code, values[i], benchmark, score);
      scoredSum += score;
      scoredCount++;
    }
    double missingScore =
        !code.missingScoresGroupAverage() ? 0 : scoredCount > 0 ? scoredSum / scoredCount : weight;
    for (int i = 0; i < n; i++) {
      if (values[i] == null) {
        items[i][j] = new ItemScore(code, null, benchmark, missingScore);
      }
    }
  }

  private static EfficiencyClass[] classify(
      Classification c, Integer[] order, double[] total, boolean[] vetoed) {
    int n = order.length;
    EfficiencyClass[] classes = new EfficiencyClass[n];
    int ranked = 0;
    for (int i = 0; i < n; i++) {
      if (vetoed[i]) {
        classes[i] = EfficiencyClass.D_RECTIFY;
      } else {
        ranked++;
      }
    }
    if (c.mode() == Classification.Mode.CUTOFF) {
      for (int i = 0; i < n; i++) {
        if (!vetoed[i]) {
          classes[i] = byCutoff(c, total[i]);
        }
      }
      return classes;
    }
    int countA = count(ranked, c.a());
    int countB = count(ranked, c.shareB());
    int countD = count(ranked, c.d());
    // order lists the non-vetoed first, best first
    for (int p = 0; p < ranked; p++) {
      int i = order[p];
      if (p > 0 && sameStanding(order[p - 1], i, total, vetoed)) {
        classes[i] = classes[order[p - 1]];
      } else if (p < countA) {
        classes[i] = EfficiencyClass.A_PRIORITY;
      } else if (p < countA + countB) {
        classes[i] = EfficiencyClass.B_UPGRADE;
      } else if (p >= ranked - countD) {
        classes[i] = EfficiencyClass.D_RECTIFY;
      } else {
        classes[i] = EfficiencyClass.C_ADJUST;
      }
    }
    return classes;
  }

  /** The number of enterprises a share (in %) stands for, to the nearest whole one (half up). */
  private static int count(int enterprises, double sharePercent) {
    return (int) Math.floor(enterprises * sharePercent / 100 + 0.5);
  }

  private static EfficiencyClass byCutoff(Classification c, double total) {
    if (total >= c.a()) {
      return EfficiencyClass.A_PRIORITY;
    }
    if (total >= c.b()) {
      return EfficiencyClass.B_UPGRADE;
    }
    if (total >= c.c()) {
      return EfficiencyClass.C_ADJUST;
    }
    return EfficiencyClass.D_RECTIFY;
  }
}
