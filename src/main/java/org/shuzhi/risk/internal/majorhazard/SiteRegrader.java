package org.shuzhi.risk.internal.majorhazard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.shuzhi.risk.EnterpriseRiskChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Grades every stored site afresh with a catalogue version: when an entry of the active version
 * changes and when another version is activated. A change that would leave a site ungradable (a
 * substance the version no longer knows) is refused as a whole, so every stored grade always comes
 * from the active version.
 */
@Component
class SiteRegrader {

  /** What grading every site with one catalogue version gives, before anything is stored. */
  record Plan(ReferenceData reference, List<Regrade> gradable, List<Ungradable> ungradable) {

    int levelChanges() {
      return (int) gradable.stream().filter(Regrade::levelChanged).count();
    }

    /**
     * Refuses the change when a site cannot be graded, naming how many and the substances at fault
     * (CAS numbers, codes or categories, not the sites: the system admin reads no business data).
     */
    void requireAllGradable() {
      if (ungradable.isEmpty()) {
        return;
      }
      Set<String> substances = new LinkedHashSet<>();
      for (Ungradable u : ungradable) {
        for (Violation v : u.problems()) {
          if (v.arguments() != null && v.arguments().length > 0) {
            substances.add(String.valueOf(v.arguments()[0]));
          }
        }
      }
      throw new ConflictException(
          "risk.mh.catalogue.error.sitesUngradable",
          ungradable.size(),
          reference.versionCode(),
          String.join(", ", substances.stream().limit(10).toList()));
    }
  }

  record Regrade(MajorHazardSite site, Evaluation evaluation) {
    boolean levelChanged() {
      return !Objects.equals(site.level(), evaluation.highestLevel());
    }
  }

  record Ungradable(MajorHazardSite site, List<Violation> problems) {}

  /** What was stored. */
  record Outcome(int sitesRegraded, int levelsChanged) {}

  private final MajorHazardSiteRepository sites;
  private final ApplicationEventPublisher events;
  private final MajorHazardCalculator calculator = new MajorHazardCalculator();

  SiteRegrader(MajorHazardSiteRepository sites, ApplicationEventPublisher events) {
    this.sites = sites;
    this.events = events;
  }

  Plan plan(ReferenceData reference) {
    List<Regrade> gradable = new ArrayList<>();
    List<Ungradable> ungradable = new ArrayList<>();
    for (MajorHazardSite site : sites.allWithUnits()) {
      try {
        gradable.add(
            new Regrade(
                site, calculator.evaluate(site.units(), site.exposedPopulation(), reference)));
      } catch (InvalidInputException e) {
        ungradable.add(new Ungradable(site, e.violations()));
      }
    }
    return new Plan(reference, gradable, ungradable);
  }

  /**
   * Stores the plan's grades (refused if any site is ungradable) and tells the safety codes of the
   * enterprises whose level changed.
   */
  Outcome apply(Plan plan) {
    plan.requireAllGradable();
    Set<String> changedEnterprises = new LinkedHashSet<>();
    Map<Long, Evaluation> grades = new LinkedHashMap<>();
    for (Regrade r : plan.gradable()) {
      grades.put(r.site().id(), r.evaluation());
      if (r.levelChanged()) {
        changedEnterprises.add(r.site().uscc());
      }
    }
    sites.regrade(grades);
    changedEnterprises.forEach(uscc -> events.publishEvent(new EnterpriseRiskChanged(uscc)));
    return new Outcome(plan.gradable().size(), plan.levelChanges());
  }
}
