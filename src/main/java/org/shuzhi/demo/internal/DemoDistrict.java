package org.shuzhi.demo.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.shuzhi.area.AreaAdministration;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.efficiency.EfficiencyDemo;
import org.shuzhi.efficiency.EfficiencyImprovementDemo;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseDraft;
import org.shuzhi.identity.Accounts;
import org.shuzhi.identity.NewAccount;
import org.shuzhi.identity.Role;
import org.shuzhi.platform.DataDirectory;
import org.shuzhi.platform.ShuzhiProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo district once, on the first start of the embedded default (or when {@code
 * SHUZHI_DEMO=true}): grids in 城厢街道, synthetic enterprises in every town, and one account per role,
 * listed with their passwords in {@code <dataDir>/demo-accounts.txt}, each with the in-app
 * notification subscriptions of {@link DemoSubscriptions}.
 */
@Component
@Order(10)
class DemoDistrict implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoDistrict.class);
  static final String CHENGXIANG = "330109001";
  static final String ACTOR = "demo-loader";
  static final List<Integer> EFFICIENCY_YEARS = List.of(2023, 2024, 2025);

  private final ShuzhiProperties properties;
  private final AreaDirectory areas;
  private final AreaAdministration areaAdministration;
  private final EnterpriseDirectory enterprises;
  private final Accounts accounts;
  private final DataDirectory dataDirectory;
  private final DemoEmergency emergency;
  private final DemoCommand command;
  private final DemoMonitoring monitoring;
  private final DemoSubscriptions subscriptions;
  private final EfficiencyDemo efficiency;
  private final EfficiencyImprovementDemo improvementCases;

  DemoDistrict(
      ShuzhiProperties properties,
      AreaDirectory areas,
      AreaAdministration areaAdministration,
      EnterpriseDirectory enterprises,
      Accounts accounts,
      DataDirectory dataDirectory,
      DemoEmergency emergency,
      DemoMonitoring monitoring,
      DemoSubscriptions subscriptions,
      DemoCommand command,
      EfficiencyDemo efficiency,
      EfficiencyImprovementDemo improvementCases) {
    this.efficiency = efficiency;
    this.improvementCases = improvementCases;
    this.subscriptions = subscriptions;
    this.command = command;
    this.emergency = emergency;
    this.monitoring = monitoring;
    this.properties = properties;
    this.areas = areas;
    this.areaAdministration = areaAdministration;
    this.enterprises = enterprises;
    this.accounts = accounts;
    this.dataDirectory = dataDirectory;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!properties.demoEnabled() || accounts.exists("demo.leader")) {
      return;
    }
    long started = System.nanoTime();
    List<Long> grids = createGrids();
    List<Town> towns = areas.towns();
    var generator = new SyntheticEnterprises(20210101L);
    List<EnterpriseDraft> drafts =
        generator.generate(properties.demo().enterprises(), towns, areas::townBoundary);
    for (int from = 0; from < drafts.size(); from += 5_000) {
      enterprises.registerAll(drafts.subList(from, Math.min(drafts.size(), from + 5_000)), ACTOR);
    }
    String demoEnterprise =
        drafts.stream()
            .filter(d -> CHENGXIANG.equals(d.townCode()))
            .findFirst()
            .map(EnterpriseDraft::uscc)
            .orElse(drafts.get(0).uscc());
    Map<String, String> passwords = createAccounts(demoEnterprise, grids.get(0));
    writeAccountList(passwords, demoEnterprise);
    // Emergency demo data on the first 3,000 enterprises, whatever the benchmark size.
    var loaded = emergency.load(drafts.subList(0, Math.min(drafts.size(), 3_000)));
    log.info(
        "Demo emergency data: {} risk objects, {} risk points, {} major-hazard sites, {} hazards",
        loaded.riskObjects(),
        loaded.riskPoints(),
        loaded.majorHazardSites(),
        loaded.hazards());
    var devices = monitoring.load(loaded.chemicalObjects());
    log.info(
        "Demo monitoring: {} flood stations, {} devices", devices.stations(), devices.devices());
    var resources = command.load("demo.emergency", "demo.town");
    log.info(
        "Demo command: {} teams, {} warehouses, {} shelters, {} duty entries, {} plans",
        resources.teams(),
        resources.warehouses(),
        resources.shelters(),
        resources.dutyEntries(),
        resources.plans());
    // 亩均 evaluation: three years of figures and a run each (issue 6 point 7)
    long efficiencyStarted = System.nanoTime();
    var evaluation =
        efficiency.createDemoYears(
            EFFICIENCY_YEARS, drafts.stream().map(EnterpriseDraft::uscc).toList());
    log.info(
        "Demo efficiency: {} years, {} enterprises with figures, {} runs in {} ms",
        evaluation.years(),
        evaluation.enterprises(),
        evaluation.runs(),
        (System.nanoTime() - efficiencyStarted) / 1_000_000);
    // low-efficiency and zero-tax improvement cases of the demo years (issue 6 point 6)
    log.info(
        "Demo efficiency: {} improvement cases opened",
        improvementCases.createDemoCases(EFFICIENCY_YEARS));
    log.info(
        "Demo district loaded: {} synthetic enterprises, {} grids, {} accounts in {} ms",
        drafts.size(),
        grids.size(),
        passwords.size(),
        (System.nanoTime() - started) / 1_000_000);
  }

  /** Four synthetic grids: the quadrants of 城厢街道's boundary. */
  private List<Long> createGrids() {
    Geometry town = areas.townBoundary(CHENGXIANG);
    long community = areaAdministration.createCommunity(CHENGXIANG, "城厢演示社区", "DEMO-C1", null);
    Envelope env = town.getEnvelopeInternal();
    double midX = (env.getMinX() + env.getMaxX()) / 2;
    double midY = (env.getMinY() + env.getMaxY()) / 2;
    GeometryFactory factory = town.getFactory();
    Envelope[] quadrants = {
      new Envelope(env.getMinX(), midX, midY, env.getMaxY()),
      new Envelope(midX, env.getMaxX(), midY, env.getMaxY()),
      new Envelope(env.getMinX(), midX, env.getMinY(), midY),
      new Envelope(midX, env.getMaxX(), env.getMinY(), midY)
    };
    List<Long> ids = new ArrayList<>();
    GeoJsonWriter writer = new GeoJsonWriter();
    writer.setEncodeCRS(false);
    for (int i = 0; i < quadrants.length; i++) {
      Geometry cell = town.intersection(factory.toGeometry(quadrants[i]));
      if (cell.isEmpty()) {
        continue;
      }
      ids.add(
          areaAdministration
              .createGrid(
                  CHENGXIANG,
                  community,
                  "DEMO-G" + (i + 1),
                  "城厢演示网格" + (i + 1),
                  writer.write(cell),
                  i == 0 ? Set.of("demo.grid") : Set.of())
              .id());
    }
    return ids;
  }

  private Map<String, String> createAccounts(String enterpriseUscc, long grid) {
    Map<String, String> passwords = new LinkedHashMap<>();
    open(passwords, "demo.leader", "演示·区领导", Role.DISTRICT_LEADER, null, Set.of(), null, false);
    open(
        passwords,
        "demo.emergency",
        "演示·应急管理局",
        Role.DEPARTMENT_STAFF,
        "EMERGENCY",
        Set.of(),
        null,
        false);
    open(
        passwords,
        "demo.economy",
        "演示·经信局",
        Role.DEPARTMENT_STAFF,
        "ECONOMY",
        Set.of(),
        null,
        true);
    open(passwords, "demo.town", "演示·城厢街道", Role.TOWN_STAFF, null, Set.of(CHENGXIANG), null, false);
    open(
        passwords,
        "demo.grid",
        "演示·城厢网格员",
        Role.GRID_WORKER,
        null,
        Set.of(CHENGXIANG),
        null,
        false);
    open(
        passwords,
        "demo.enterprise",
        "演示·企业用户",
        Role.ENTERPRISE_USER,
        null,
        Set.of(),
        enterpriseUscc,
        false);
    open(passwords, "demo.sysadmin", "演示·系统管理员", Role.SYSTEM_ADMIN, null, Set.of(), null, false);
    open(passwords, "demo.secadmin", "演示·安全管理员", Role.SECURITY_ADMIN, null, Set.of(), null, false);
    open(passwords, "demo.auditadmin", "演示·审计管理员", Role.AUDIT_ADMIN, null, Set.of(), null, false);
    return passwords;
  }

  private void open(
      Map<String, String> passwords,
      String username,
      String displayName,
      Role role,
      String department,
      Set<String> towns,
      String uscc,
      boolean plaintext) {
    String configured = properties.demo().password();
    String password =
        configured == null || configured.isBlank() ? accounts.generatePassword() : configured;
    accounts.open(
        new NewAccount(
            username,
            displayName,
            role,
            department,
            towns,
            uscc,
            password,
            false,
            plaintext,
            true));
    subscriptions.subscribe(username, role, department);
    passwords.put(username, role + "\t" + password);
  }

  private void writeAccountList(Map<String, String> passwords, String enterpriseUscc) {
    StringBuilder sb = new StringBuilder();
    sb.append("# 数智 demo accounts (synthetic data) — created ")
        .append(LocalDateTime.now())
        .append("\n# username\trole\tpassword\n");
    passwords.forEach(
        (user, rolePassword) -> sb.append(user).append('\t').append(rolePassword).append('\n'));
    sb.append("# demo.enterprise belongs to ").append(enterpriseUscc).append('\n');
    sb.append("# The three admin accounts enrol a TOTP authenticator at first login.\n");
    var file = dataDirectory.writeSecret("demo-accounts.txt", sb.toString());
    log.warn("Demo accounts and their passwords: {}", file);
  }
}
