package org.shuzhi.hazard.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.shuzhi.hazard.HazardAction;
import org.shuzhi.hazard.HazardDemo;
import org.shuzhi.hazard.HazardGrade;
import org.shuzhi.hazard.HazardSource;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo hazards that walk the real workflow, back-dated from the injected clock: the same rules,
 * history and evidence as real ones, marked synthetic.
 */
@Component
class HazardDemoLoader implements HazardDemo {

  static final String DEMO_ACTOR = "demo";

  /**
   * One demo hazard: how far along the loop it goes and when its deadline fell (days from today;
   * negative = overdue).
   */
  private record Scenario(
      String title, HazardGrade grade, int steps, int deadlineInDays, boolean failOnce) {}

  /** Steps: 0 reported, 1 graded, 2 assigned, 3 rectifying, 4 rectified, 5 passed, 6 closed. */
  private static final List<Scenario> SCENARIOS =
      List.of(
          new Scenario("消防通道堆放杂物", HazardGrade.GENERAL, 0, 0, false),
          new Scenario("配电箱未接地", HazardGrade.GENERAL, 1, 0, false),
          new Scenario("安全警示标志缺失", HazardGrade.GENERAL, 2, 20, false),
          new Scenario("灭火器过期未更换", HazardGrade.GENERAL, 3, -10, false),
          new Scenario("有限空间作业未审批", HazardGrade.GENERAL, 3, -35, false),
          new Scenario("粉尘清扫制度未落实", HazardGrade.GENERAL, 3, -65, false),
          new Scenario("涉氨制冷车间氨气报警器失效", HazardGrade.MAJOR, 2, -95, false),
          new Scenario("喷涂车间通风设施故障", HazardGrade.GENERAL, 4, 15, false),
          new Scenario("危化品仓库防火间距不足", HazardGrade.MAJOR, 5, 10, false),
          new Scenario("疏散指示灯损坏", HazardGrade.GENERAL, 6, 5, false),
          new Scenario("叉车操作人员无证上岗", HazardGrade.GENERAL, 3, 12, true));

  private final HazardService service;
  private final HazardEscalator escalator;
  private final HazardProperties properties;
  private final Clock clock;

  HazardDemoLoader(
      HazardService service, HazardEscalator escalator, HazardProperties properties, Clock clock) {
    this.service = service;
    this.escalator = escalator;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  @Transactional
  public int createDemoHazards(List<String> enterpriseUsccs) {
    if (enterpriseUsccs == null || enterpriseUsccs.isEmpty()) {
      throw new IllegalArgumentException("at least one enterprise");
    }
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, HazardService.ZONE);
    Acting regulator =
        new Acting(
            DEMO_ACTOR,
            new HazardWorkflow.Actor(
                Role.DEPARTMENT_STAFF, properties.regulatorDepartment(), Set.of(), Set.of(), null),
            DataScope.district(),
            true);
    byte[] photo = photo();
    int created = 0;
    for (Scenario s : SCENARIOS) {
      String uscc = enterpriseUsccs.get(created % enterpriseUsccs.size());
      Acting enterprise =
          new Acting(
              DEMO_ACTOR,
              new HazardWorkflow.Actor(Role.ENTERPRISE_USER, null, Set.of(), Set.of(), uscc),
              DataScope.enterprise(uscc),
              true);
      // Every step one day after the previous, the last step one day before today at the latest.
      int span = Math.max(8, 3 - s.deadlineInDays());
      Instant at = now.minus(Duration.ofDays(span));
      long id =
          service
              .report(
                  new HazardReport(
                      s.title(), s.title(), uscc, null, null, null, HazardSource.INSPECTION),
                  List.of(),
                  regulator,
                  at)
              .id();
      LocalDate deadline = today.plusDays(s.deadlineInDays());
      if (s.steps() >= 1) {
        at = at.plus(Duration.ofDays(1));
        step(id, regulator, HazardAction.GRADE, s.grade(), null, at);
        if (s.grade() == HazardGrade.MAJOR) {
          step(id, regulator, HazardAction.SUPERVISE, null, null, at);
        }
      }
      if (s.steps() >= 2) {
        at = at.plus(Duration.ofDays(1));
        step(id, regulator, HazardAction.ASSIGN, null, deadline, at);
      }
      if (s.steps() >= 3) {
        at = at.plus(Duration.ofDays(1));
        step(id, enterprise, HazardAction.START, null, null, at);
        if (s.failOnce()) {
          at = at.plus(Duration.ofDays(1));
          service.transition(id, rectify(), List.of(photo), enterprise, at);
          at = at.plus(Duration.ofDays(1));
          service.transition(
              id,
              new TransitionRequest(
                  HazardAction.REINSPECT_FAIL, "整改不到位，需重新整改", null, null, null, List.of()),
              List.of(),
              regulator,
              at);
        }
      }
      if (s.steps() >= 4) {
        at = at.plus(Duration.ofDays(1));
        service.transition(id, rectify(), List.of(photo), enterprise, at);
      }
      if (s.steps() >= 5) {
        at = at.plus(Duration.ofDays(1));
        step(id, regulator, HazardAction.REINSPECT_PASS, null, null, at);
      }
      if (s.steps() >= 6) {
        at = at.plus(Duration.ofDays(1));
        step(id, regulator, HazardAction.CLOSE, null, null, at);
      }
      created++;
    }
    escalator.runAt(now);
    return created;
  }

  private void step(
      long id,
      Acting acting,
      HazardAction action,
      HazardGrade grade,
      LocalDate deadline,
      Instant at) {
    service.transition(
        id,
        new TransitionRequest(
            action,
            null,
            grade,
            action == HazardAction.ASSIGN ? "企业主要负责人" : null,
            deadline,
            List.of()),
        List.of(),
        acting,
        at);
  }

  private static TransitionRequest rectify() {
    return new TransitionRequest(
        HazardAction.RECTIFY, "已按要求完成整改，附整改后照片", null, null, null, List.of());
  }

  /** A small generated PNG standing in for a site photo. */
  private static byte[] photo() {
    BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x2e7d32));
    g.fillRect(0, 0, 64, 48);
    g.setColor(Color.WHITE);
    g.drawString("OK", 22, 28);
    g.dispose();
    try {
      var out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
