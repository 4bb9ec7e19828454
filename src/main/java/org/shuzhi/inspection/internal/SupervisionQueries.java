package org.shuzhi.inspection.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.platform.NotFoundException;
import org.shuzhi.risk.MajorHazardLevel;
import org.shuzhi.risk.RiskColour;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the supervision register (分级监管): each supervised enterprise's tier and frequency as last
 * refreshed, what put it there, when it was last inspected and whether it is due. Within the
 * reader's data scope, like the plan.
 */
@Service
class SupervisionQueries {

  /**
   * One enterprise under planned supervision.
   *
   * @param gridId the enterprise's grid as the register last saw it, null when unknown
   * @param lastInspected day of its last finished inspection (Asia/Shanghai), null when never
   * @param nextDueBy the day its next inspection is due by (last inspection + frequency), null when
   *     never inspected (due at once)
   * @param dueThisMonth whether the plan of the current month includes it ({@link DueRule})
   */
  record SupervisionView(
      String uscc,
      String name,
      String townCode,
      String townName,
      Long gridId,
      RiskColour riskColour,
      MajorHazardLevel majorHazardLevel,
      SupervisionTier tier,
      int frequencyMonths,
      LocalDate lastInspected,
      LocalDate nextDueBy,
      boolean dueThisMonth) {}

  record SupervisionPage(List<SupervisionView> items, long total, int page, int size) {}

  /** Rows an export writes at most (the whole district has ~120,000 enterprises). */
  static final int EXPORT_LIMIT = 200_000;

  private final SupervisionRows rows;
  private final InspectionRepository repository;
  private final InspectionService inspections;
  private final InspectionRights rights;

  SupervisionQueries(
      SupervisionRows rows,
      InspectionRepository repository,
      InspectionService inspections,
      InspectionRights rights) {
    this.rows = rows;
    this.repository = repository;
    this.inspections = inspections;
    this.rights = rights;
  }

  /**
   * A page of the supervised enterprises of the scope matching the filters, strictest tier first,
   * then by town and name.
   */
  @Transactional(readOnly = true)
  public SupervisionPage list(SupervisionQuery query, CurrentUser user) {
    rights.requireRead(user);
    List<SupervisionView> items =
        views(rows.find(query, user.scope(), query.offset(), query.size()));
    return new SupervisionPage(items, rows.count(query, user.scope()), query.page(), query.size());
  }

  /** Everything the filters match within the scope, in list order, for an export. */
  @Transactional(readOnly = true)
  public List<SupervisionView> all(SupervisionQuery query, CurrentUser user) {
    rights.requireRead(user);
    return views(rows.find(query, user.scope(), 0, EXPORT_LIMIT));
  }

  /** One enterprise's supervision; not found when it is not supervised or not in the scope. */
  @Transactional(readOnly = true)
  public SupervisionView of(String uscc, CurrentUser user) {
    rights.requireRead(user);
    String key = uscc == null ? "" : uscc.trim().toUpperCase();
    SupervisedEnterprise e =
        rows.find(key, user.scope()).orElseThrow(() -> new NotFoundException("supervision"));
    return views(List.of(e)).get(0);
  }

  private List<SupervisionView> views(List<SupervisedEnterprise> page) {
    Map<String, LocalDate> last =
        repository.lastInspected(page.stream().map(SupervisedEnterprise::uscc).toList());
    YearMonth month = inspections.currentMonth();
    return page.stream().map(e -> view(e, last.get(e.uscc()), month)).toList();
  }

  private SupervisionView view(SupervisedEnterprise e, LocalDate last, YearMonth month) {
    int months = e.supervision().frequencyMonths();
    return new SupervisionView(
        e.uscc(),
        e.name(),
        e.townCode(),
        inspections.townName(e.townCode()),
        e.gridId(),
        e.colour(),
        e.level(),
        e.supervision().tier(),
        months,
        last,
        last == null ? null : last.plusMonths(months),
        DueRule.due(last, months, month));
  }
}
