package org.shuzhi.inspection.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
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
      RiskColour riskColour,
      MajorHazardLevel majorHazardLevel,
      SupervisionTier tier,
      int frequencyMonths,
      LocalDate lastInspected,
      LocalDate nextDueBy,
      boolean dueThisMonth) {}

  record SupervisionPage(List<SupervisionView> items, long total, int page, int size) {}

  static final int MAX_SIZE = 1000;

  private final SupervisionRegister register;
  private final InspectionRepository repository;
  private final InspectionService inspections;
  private final InspectionRights rights;

  SupervisionQueries(
      SupervisionRegister register,
      InspectionRepository repository,
      InspectionService inspections,
      InspectionRights rights) {
    this.register = register;
    this.repository = repository;
    this.inspections = inspections;
    this.rights = rights;
  }

  /** The supervised enterprises of the scope, strictest tier first, then by town and name. */
  @Transactional(readOnly = true)
  public SupervisionPage list(
      String townCode, SupervisionTier tier, int page, int size, CurrentUser user) {
    rights.requireRead(user);
    String town = townCode == null || townCode.isBlank() ? null : townCode.trim();
    int p = Math.max(page, 0);
    int n = size <= 0 ? 100 : Math.min(size, MAX_SIZE);
    List<SupervisedEnterprise> matching =
        register.current().stream()
            .filter(e -> user.scope().coversTown(e.townCode()))
            .filter(e -> town == null || town.equals(e.townCode()))
            .filter(e -> tier == null || tier == e.supervision().tier())
            .sorted(
                Comparator.comparing((SupervisedEnterprise e) -> e.supervision().tier())
                    .thenComparing(SupervisedEnterprise::townCode)
                    .thenComparing(SupervisedEnterprise::name)
                    .thenComparing(SupervisedEnterprise::uscc))
            .toList();
    Map<String, LocalDate> last = repository.lastInspected();
    YearMonth month = inspections.currentMonth();
    List<SupervisionView> items =
        matching.stream()
            .skip((long) p * n)
            .limit(n)
            .map(e -> view(e, last.get(e.uscc()), month))
            .toList();
    return new SupervisionPage(items, matching.size(), p, n);
  }

  /** One enterprise's supervision; not found when it is not supervised or not in the scope. */
  @Transactional(readOnly = true)
  public SupervisionView of(String uscc, CurrentUser user) {
    rights.requireRead(user);
    String key = uscc == null ? "" : uscc.trim().toUpperCase();
    SupervisedEnterprise e =
        register.current().stream()
            .filter(s -> s.uscc().equals(key) && user.scope().coversTown(s.townCode()))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("supervision"));
    return view(e, repository.lastInspected().get(e.uscc()), inspections.currentMonth());
  }

  private SupervisionView view(SupervisedEnterprise e, LocalDate last, YearMonth month) {
    int months = e.supervision().frequencyMonths();
    return new SupervisionView(
        e.uscc(),
        e.name(),
        e.townCode(),
        inspections.townName(e.townCode()),
        e.colour(),
        e.level(),
        e.supervision().tier(),
        months,
        last,
        last == null ? null : last.plusMonths(months),
        DueRule.due(last, months, month));
  }
}
