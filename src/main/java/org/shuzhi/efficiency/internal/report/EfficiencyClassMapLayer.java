package org.shuzhi.efficiency.internal.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.efficiency.EfficiencyClass;
import org.shuzhi.efficiency.internal.ReportedRuns;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseSummary;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.map.MapFilter;
import org.shuzhi.map.MapLayer;
import org.shuzhi.map.MapPoint;
import org.springframework.stereotype.Component;

/**
 * Enterprises on the one map coloured by their class in the standing run of the latest evaluation
 * year (A green, B blue, C orange, D red), within the user's scope. Positions and registry ids come
 * from the enterprise registry's API. The map's {@code category} filter is a class letter. Off by
 * default; at most {@value #MAX_POINTS} points, D first, so the enterprises to act on are never
 * cut.
 */
@Component
class EfficiencyClassMapLayer implements MapLayer {

  static final int MAX_POINTS = 20_000;
  private static final int LOOKUP_BATCH = 5_000;

  static final Map<String, String> COLOURS =
      Map.of("A", "#2e7d32", "B", "#1565c0", "C", "#ef6c00", "D", "#c62828");

  private final ReportRepository repository;
  private final ReportedRuns runs;
  private final EnterpriseDirectory enterprises;
  private final CurrentUsers users;

  EfficiencyClassMapLayer(
      ReportRepository repository,
      ReportedRuns runs,
      EnterpriseDirectory enterprises,
      CurrentUsers users) {
    this.repository = repository;
    this.runs = runs;
    this.enterprises = enterprises;
    this.users = users;
  }

  @Override
  public String id() {
    return "efficiency-classes";
  }

  @Override
  public String titleKey() {
    return "efficiency.results.layer";
  }

  @Override
  public int order() {
    return 710;
  }

  @Override
  public String linkTemplate() {
    return "/efficiency/report/enterprise/{id}";
  }

  @Override
  public boolean shownByDefault() {
    return false;
  }

  @Override
  public List<MapPoint> points(MapFilter filter) {
    CurrentUser user = users.require();
    if (user.role().admin()) {
      return List.of();
    }
    String letter = letter(filter.category());
    if (filter.category() != null && letter == null) {
      return List.of(); // another layer's category
    }
    var run = repository.latestYearWithRun().flatMap(year -> runs.currentRun(year, user));
    if (run.isEmpty()) {
      return List.of();
    }
    List<ReportRepository.Classified> classified =
        repository.classified(run.get().id(), filter.townCode(), letter, user.scope(), MAX_POINTS);
    List<MapPoint> points = new ArrayList<>(classified.size());
    for (int from = 0; from < classified.size(); from += LOOKUP_BATCH) {
      var batch = classified.subList(from, Math.min(classified.size(), from + LOOKUP_BATCH));
      Map<String, EnterpriseSummary> located = new HashMap<>();
      for (EnterpriseSummary e : enterprises.byUsccs(batch.stream().map(c -> c.uscc()).toList())) {
        located.put(e.uscc(), e);
      }
      for (var c : batch) {
        EnterpriseSummary e = located.get(c.uscc());
        if (e != null && e.lon() != null && e.lat() != null) {
          points.add(
              new MapPoint(
                  e.id(),
                  e.lon(),
                  e.lat(),
                  c.name() + " · " + c.efficiencyClass(),
                  COLOURS.get(c.efficiencyClass()),
                  e.synthetic()));
        }
      }
    }
    return points;
  }

  private static String letter(String category) {
    if (category == null) {
      return null;
    }
    try {
      return EfficiencyClass.ofLetter(category).letter();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
