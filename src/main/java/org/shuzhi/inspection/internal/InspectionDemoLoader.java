package org.shuzhi.inspection.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.Role;
import org.shuzhi.inspection.InspectionDemo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo inspections through the real service (so findings become hazards the normal way), as the
 * regulator department, marked synthetic.
 */
@Component
class InspectionDemoLoader implements InspectionDemo {

  private static final Logger log = LoggerFactory.getLogger(InspectionDemoLoader.class);

  private final InspectionService service;
  private final InspectionRepository repository;
  private final ReferenceRepository reference;
  private final EnterpriseDirectory enterprises;
  private final InspectionLocations locations;
  private final InspectionPlanner planner;
  private final String department;
  private final Clock clock;

  InspectionDemoLoader(
      InspectionService service,
      InspectionRepository repository,
      ReferenceRepository reference,
      EnterpriseDirectory enterprises,
      InspectionLocations locations,
      InspectionPlanner planner,
      @Value("${shuzhi.inspection.department:${shuzhi.hazard.regulator-department:EMERGENCY}}")
          String department,
      Clock clock) {
    this.service = service;
    this.repository = repository;
    this.reference = reference;
    this.enterprises = enterprises;
    this.locations = locations;
    this.planner = planner;
    this.department = department;
    this.clock = clock;
  }

  @Override
  @Transactional
  public int createDemoInspections(List<String> enterpriseUsccs) {
    if (enterpriseUsccs == null || enterpriseUsccs.isEmpty()) {
      throw new IllegalArgumentException("at least one enterprise");
    }
    // Last month's entries not met by the inspections below stay overdue; this month's are due.
    YearMonth thisMonth = YearMonth.now(clock.withZone(InspectionService.ZONE));
    long started = System.nanoTime();
    var lastRun = planner.generatePlan(thisMonth.minusMonths(1), "demo");
    var thisRun = planner.generatePlan(thisMonth, "demo");
    log.info(
        "Demo inspection plans: {} supervised, {} + {} planned in {} ms",
        thisRun.supervised(),
        lastRun.planned(),
        thisRun.planned(),
        (System.nanoTime() - started) / 1_000_000);
    CurrentUser regulator =
        new CurrentUser("demo", Role.DEPARTMENT_STAFF, department, DataScope.district(), false);
    List<String> checklists = reference.checklistCodes();
    int created = 0;
    for (String uscc : enterpriseUsccs) {
      var enterprise = enterprises.byUscc(uscc).orElse(null);
      if (enterprise == null) {
        continue;
      }
      String checklist = checklists.get(created % checklists.size());
      long id =
          repository.insertAdHoc(
              uscc,
              enterprise.name(),
              enterprise.townCode(),
              locations.of(enterprise),
              checklist,
              regulator.username(),
              clock.instant(),
              true);
      List<ChecklistItem> items = reference.items(checklist);
      int scenario = created % 3;
      Map<Long, InspectionService.Answer> answers = new LinkedHashMap<>();
      for (ChecklistItem item : items) {
        boolean fail =
            (scenario == 1 && item.position() == 1 && !item.major())
                || (scenario == 1 && item.position() == items.size())
                || (scenario == 2 && item.position() == 1);
        answers.put(
            item.id(),
            new InspectionService.Answer(
                fail ? Outcome.FAIL : Outcome.PASS, fail ? "现场检查发现该项不符合要求" : null));
      }
      service.answer(id, answers, true, regulator);
      if (scenario == 2) {
        service.addViolation(
            id,
            new InspectionService.ViolationDraft(
                "未落实重大事故隐患排查治理制度", "《中华人民共和国安全生产法》第一百零二条", PenaltyKind.FINE, "50000"),
            regulator);
      }
      created++;
    }
    return created;
  }
}
