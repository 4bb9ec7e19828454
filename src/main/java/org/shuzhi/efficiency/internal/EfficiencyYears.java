package org.shuzhi.efficiency.internal;

import java.util.ArrayList;
import java.util.List;
import org.shuzhi.efficiency.internal.scoring.EvaluationMethod;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseSummary;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evaluation years: opening one (with the default method and the registry's enterprises in scope),
 * refreshing the scope, and the year's method, edited by the bureau with audit.
 */
@Service
class EfficiencyYears {

  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;
  private static final int PAGE = 5_000;

  private final YearRepository years;
  private final EnterpriseDirectory directory;
  private final EfficiencyAccess access;
  private final EfficiencyAudit audit;
  private final JsonMapper json;

  EfficiencyYears(
      YearRepository years,
      EnterpriseDirectory directory,
      EfficiencyAccess access,
      EfficiencyAudit audit,
      JsonMapper json) {
    this.years = years;
    this.directory = directory;
    this.access = access;
    this.audit = audit;
    this.json = json;
  }

  /** A year's method and its version (for optimistic editing). */
  record VersionedMethod(
      int year,
      EvaluationMethod method,
      int version,
      String updatedBy,
      java.time.Instant updatedAt) {}

  List<Integer> list() {
    return years.years();
  }

  @Transactional
  int open(int year, CurrentUser user) {
    access.requireManage(user);
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new InvalidInputException(
          "year", "efficiency.year.range", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
    }
    if (years.exists(year)) {
      throw new ConflictException("efficiency.year.exists", String.valueOf(year));
    }
    years.insert(year, json.writeValueAsString(EvaluationMethod.defaults()), user.username());
    int count = refreshScope(year);
    audit.yearCreated(year, count);
    return count;
  }

  /**
   * Adds the registry's enterprises that belong in scope (and refreshes name, town, scale of those
   * already there); returns the number in scope.
   */
  @Transactional
  int refreshScope(int year) {
    requireYear(year);
    long after = 0;
    while (true) {
      List<EnterpriseSummary> page = directory.page(after, PAGE);
      if (page.isEmpty()) {
        break;
      }
      List<EnterpriseSummary> inScope = new ArrayList<>();
      List<Sector> sectors = new ArrayList<>();
      for (EnterpriseSummary e : page) {
        Sector sector = Sector.of(e.industryCode(), e.aboveScale());
        if (sector != null) {
          inScope.add(e);
          sectors.add(sector);
        }
      }
      years.upsertScope(year, inScope, sectors);
      after = page.get(page.size() - 1).id();
    }
    return years.scopeCount(year);
  }

  VersionedMethod method(int year) {
    var stored =
        years.method(year).orElseThrow(() -> new NotFoundException("efficiency.year.notFound"));
    return new VersionedMethod(
        year,
        json.readValue(stored.json(), EvaluationMethod.class),
        stored.version(),
        stored.updatedBy(),
        stored.updatedAt());
  }

  @Transactional
  VersionedMethod updateMethod(
      int year, EvaluationMethod method, int expectedVersion, CurrentUser user) {
    access.requireManage(user);
    if (method == null) {
      throw new InvalidInputException("method", "efficiency.simulate.methodMissing");
    }
    method.validate();
    VersionedMethod before = method(year);
    if (!years.updateMethod(
        year, json.writeValueAsString(method), expectedVersion, user.username())) {
      throw new ConflictException("efficiency.method.stale");
    }
    audit.methodChanged(year, before.method(), method);
    return method(year);
  }

  void requireYear(int year) {
    if (!years.exists(year)) {
      throw new NotFoundException("efficiency.year.notFound");
    }
  }
}
