package org.shuzhi.command.internal.incidents;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.command.EmergencyPlans;
import org.shuzhi.command.IncidentClosed;
import org.shuzhi.command.IncidentFacts;
import org.shuzhi.command.IncidentLevelChanged;
import org.shuzhi.command.IncidentOpened;
import org.shuzhi.command.IncidentStatus;
import org.shuzhi.command.IncidentType;
import org.shuzhi.command.LevelDecision;
import org.shuzhi.command.Reservations;
import org.shuzhi.command.ResponseLevel;
import org.shuzhi.command.WarningColour;
import org.shuzhi.command.internal.CommandHistory;
import org.shuzhi.command.internal.CommandRights;
import org.shuzhi.command.internal.resources.Page;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.monitoring.Device;
import org.shuzhi.monitoring.DeviceKind;
import org.shuzhi.monitoring.DeviceTargetKind;
import org.shuzhi.monitoring.Devices;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.shuzhi.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents: reported by hand or opened from an alarm, moved forward through their statuses, raised
 * or lowered in level, annotated, and closed with the after-action review. Each action writes its
 * timeline entry, the history and the audit trail in its transaction; reads apply the data scope
 * (town staff see the incidents in their towns). Emergency-bureau staff act district-wide, town
 * staff in their towns.
 */
@Service
public class IncidentService {

  static final String TYPE = "INCIDENT";
  static final int MAX_TITLE = 200;
  static final int MAX_TEXT = 4_000;
  static final int MAX_COUNT = 10_000_000;

  private final IncidentRepository incidents;
  private final Timeline timeline;
  private final TaskRepository tasks;
  private final AlarmCopies alarms;
  private final AffectedAreas areaRules;
  private final AreaDirectory areas;
  private final Devices devices;
  private final EmergencyPlans plans;
  private final Reservations reservations;
  private final CommandRights rights;
  private final CommandHistory history;
  private final ApplicationEventPublisher events;
  private final JdbcClient jdbc;
  private final Clock clock;

  IncidentService(
      IncidentRepository incidents,
      Timeline timeline,
      TaskRepository tasks,
      AlarmCopies alarms,
      AffectedAreas areaRules,
      AreaDirectory areas,
      Devices devices,
      EmergencyPlans plans,
      Reservations reservations,
      CommandRights rights,
      CommandHistory history,
      ApplicationEventPublisher events,
      JdbcClient jdbc,
      Clock clock) {
    this.incidents = incidents;
    this.timeline = timeline;
    this.tasks = tasks;
    this.alarms = alarms;
    this.areaRules = areaRules;
    this.areas = areas;
    this.devices = devices;
    this.plans = plans;
    this.reservations = reservations;
    this.rights = rights;
    this.history = history;
    this.events = events;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  // --- reads ---

  @Transactional(readOnly = true)
  public Page<Incident> search(IncidentRepository.Query query, int page, int size, CurrentUser u) {
    rights.requireRead(u);
    int s = Math.max(1, Math.min(size, 200));
    return incidents.search(query, Math.max(0, page), s, u.scope());
  }

  @Transactional(readOnly = true)
  public Incident get(long id, CurrentUser user) {
    rights.requireRead(user);
    return incidents.find(id, user.scope()).orElseThrow(() -> new NotFoundException("incident"));
  }

  @Transactional(readOnly = true)
  public List<TimelineEntry> timeline(long id, CurrentUser user) {
    get(id, user);
    return timeline.of(id);
  }

  @Transactional(readOnly = true)
  public List<IncidentTask> tasks(long id, CurrentUser user) {
    get(id, user);
    return tasks.of(id);
  }

  @Transactional(readOnly = true)
  List<AlarmCopies.AlarmCopy> alarmsToOpen(CurrentUser user) {
    rights.requireRead(user);
    return alarms.activeWithoutIncident(user.scope(), 20);
  }

  public boolean mayWrite(CurrentUser user, Incident incident) {
    return rights.writable(user, incident.townCode());
  }

  public boolean mayReport(CurrentUser user) {
    return rights.mayWrite(user);
  }

  String townName(String code) {
    return areas.town(code).map(Town::name).orElse(code);
  }

  // --- opening ---

  /** Reports an incident by hand; a location outside the district is refused. */
  @Transactional
  public Incident report(IncidentDraft draft, CurrentUser user) {
    return report(draft, user.username(), false, Optional.of(user));
  }

  /** Trusted opening (demo loader) as the named actor, without a signed-in user. */
  @Transactional
  public Incident report(IncidentDraft draft, String actor, boolean synthetic) {
    return report(draft, actor, synthetic, Optional.empty());
  }

  private Incident report(
      IncidentDraft draft, String actor, boolean synthetic, Optional<CurrentUser> user) {
    if (draft == null) {
      throw new InvalidInputException("type", "command.field.required");
    }
    List<Violation> problems = new ArrayList<>();
    if (draft.type() == null) {
      problems.add(new Violation("type", "command.field.required"));
    }
    String title = text("title", draft.title(), MAX_TITLE, true, problems);
    String description = text("description", draft.description(), MAX_TEXT, false, problems);
    String town = town(draft.lon(), draft.lat(), problems);
    int deaths = count("deaths", draft.deaths(), problems);
    int missing = count("missing", draft.missing(), problems);
    int injuries = count("injuries", draft.injuries(), problems);
    int people = count("peopleAffected", draft.peopleAffected(), problems);
    AffectedArea area = areaRules.check(draft.area(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    user.ifPresent(u -> requireWritable(u, town));
    IncidentFacts facts = new IncidentFacts(draft.type(), deaths, missing, injuries, people, null);
    Optional<LevelDecision> decision =
        draft.level() == null ? plans.decide(facts) : Optional.empty();
    ResponseLevel level =
        draft.level() != null
            ? draft.level()
            : decision.map(LevelDecision::level).orElse(ResponseLevel.LEVEL_IV);
    Instant now = clock.instant();
    Incident incident =
        new Incident(
            0,
            draft.type(),
            title,
            description,
            level,
            IncidentStatus.REPORTED,
            draft.lon(),
            draft.lat(),
            town,
            deaths,
            missing,
            injuries,
            people,
            area,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            synthetic,
            1,
            now,
            actor,
            null,
            null,
            now,
            actor);
    return opened(incident, Timeline.Kind.REPORTED, List.of(title), actor, user.isEmpty());
  }

  /**
   * Opens an incident from a monitoring alarm in one click: the type from the device's watched
   * object and kind, the location from the device, the level from the plan's triggers with the
   * alarm's colour (else Ⅳ). An alarm that already has an incident gives that incident.
   */
  @Transactional
  public Incident openFromAlarm(long alarmId, CurrentUser user) {
    rights.requireRead(user);
    Optional<Long> existing = incidents.byAlarm(alarmId);
    if (existing.isPresent()) {
      return get(existing.get(), user);
    }
    AlarmCopies.AlarmCopy alarm =
        alarms.find(alarmId).orElseThrow(() -> new NotFoundException("alarm"));
    Device device =
        devices.byCode(alarm.deviceCode()).orElseThrow(() -> new NotFoundException("device"));
    String town = town(device.lon(), device.lat(), new ArrayList<>());
    if (town == null) {
      throw new ConflictException("incident.alarm.outside", device.name());
    }
    requireWritable(user, town);
    IncidentType type = typeOf(device);
    WarningColour colour = WarningColour.valueOf(alarm.severity());
    IncidentFacts facts = new IncidentFacts(type, null, null, null, null, colour);
    ResponseLevel level =
        plans.decide(facts).map(LevelDecision::level).orElse(ResponseLevel.LEVEL_IV);
    Instant now = clock.instant();
    String title = device.targetName() + " · " + device.name();
    if (title.length() > MAX_TITLE) {
      title = title.substring(0, MAX_TITLE);
    }
    Incident incident =
        new Incident(
            0,
            type,
            title,
            null,
            level,
            IncidentStatus.REPORTED,
            device.lon(),
            device.lat(),
            town,
            0,
            0,
            0,
            0,
            null,
            alarmId,
            alarm.severity(),
            device.code(),
            alarm.enterpriseUscc() != null ? alarm.enterpriseUscc() : device.enterpriseUscc(),
            null,
            null,
            null,
            false,
            1,
            now,
            user.username(),
            null,
            null,
            now,
            user.username());
    return opened(
        incident,
        Timeline.Kind.OPENED_FROM_ALARM,
        List.of(alarmId, alarm.ruleCode(), device.code(), alarm.severity()),
        user.username(),
        false);
  }

  /**
   * The incident type an alarm suggests: rain gauges → rainstorm (wherever they stand); other
   * devices at flood stations and water-level gauges → flood; temperature → fire; any other device
   * on a risk object or major-hazard unit (gas, pressure, level, flow) → hazardous-chemical leak.
   */
  static IncidentType typeOf(Device device) {
    if (device.kind() == DeviceKind.RAINFALL) {
      return IncidentType.RAINSTORM;
    }
    if (device.targetKind() == DeviceTargetKind.FLOOD_STATION
        || device.kind() == DeviceKind.WATER_LEVEL) {
      return IncidentType.FLOOD;
    }
    if (device.kind() == DeviceKind.TEMPERATURE) {
      return IncidentType.FIRE;
    }
    return IncidentType.HAZARDOUS_CHEMICAL_LEAK;
  }

  private Incident opened(
      Incident draft, Timeline.Kind kind, List<Object> args, String actor, boolean trusted) {
    long id = incidents.insert(draft);
    Incident saved = incidents.lock(id).orElseThrow();
    timeline.append(id, kind, args, null, actor, saved.reportedAt());
    history.created(TYPE, id, state(saved), actor, trusted);
    events.publishEvent(
        new IncidentOpened(
            id,
            saved.type(),
            saved.level(),
            saved.townCode(),
            saved.lon(),
            saved.lat(),
            saved.alarmId(),
            saved.reportedAt()));
    return saved;
  }

  // --- course ---

  /** Moves the incident forward (never back, never to CLOSED: closing needs the review). */
  @Transactional
  public Incident changeStatus(long id, IncidentStatus status, CurrentUser user) {
    Incident before = lockWritable(id, user);
    if (status == null) {
      throw new InvalidInputException("status", "command.field.required");
    }
    if (status == IncidentStatus.CLOSED) {
      throw new InvalidInputException("status", "incident.close.useReview");
    }
    if (status.ordinal() <= before.status().ordinal()) {
      throw new ConflictException("incident.status.backwards", before.status(), status);
    }
    moveTo(before, status, user.username());
    return incidents.lock(id).orElseThrow();
  }

  /** Sets the status within the caller's transaction (the one-click response starts RESPONDING). */
  void moveTo(Incident before, IncidentStatus status, String actor) {
    Instant now = clock.instant();
    incidents.setStatus(before.id(), status, actor, now);
    timeline.append(
        before.id(), Timeline.Kind.STATUS, List.of(before.status(), status), null, actor, now);
    Incident after = incidents.lock(before.id()).orElseThrow();
    history.changed(TYPE, before.id(), "STATUS", state(before), state(after), actor, false);
  }

  /** Raises or lowers the response level, with the reason on the timeline. */
  @Transactional
  public Incident changeLevel(long id, ResponseLevel level, String reason, CurrentUser user) {
    Incident before = lockWritable(id, user);
    if (level == null) {
      throw new InvalidInputException("level", "command.field.required");
    }
    List<Violation> problems = new ArrayList<>();
    String why = text("reason", reason, MAX_TITLE, false, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (level != before.level()) {
      setLevel(before, level, why == null ? "" : why, user.username());
    }
    return incidents.lock(id).orElseThrow();
  }

  void setLevel(Incident before, ResponseLevel level, String reason, String actor) {
    Instant now = clock.instant();
    incidents.setLevel(before.id(), level, actor, now);
    timeline.append(
        before.id(),
        Timeline.Kind.LEVEL,
        List.of(before.level().numeral(), level.numeral(), reason),
        Map.of("from", before.level().name(), "to", level.name()),
        actor,
        now);
    Incident after = incidents.lock(before.id()).orElseThrow();
    history.changed(TYPE, before.id(), "LEVEL", state(before), state(after), actor, false);
    events.publishEvent(
        new IncidentLevelChanged(before.id(), before.level(), level, before.townCode(), now));
  }

  /** Adds a message (情况续报) to the timeline. */
  @Transactional
  public TimelineEntry addMessage(long id, String message, CurrentUser user) {
    Incident incident = lockWritable(id, user);
    List<Violation> problems = new ArrayList<>();
    String text = text("message", message, MAX_TEXT, true, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    timeline.append(
        incident.id(),
        Timeline.Kind.MESSAGE,
        List.of(text),
        null,
        user.username(),
        clock.instant());
    List<TimelineEntry> all = timeline.of(id);
    return all.get(all.size() - 1);
  }

  /** Moves a task to a status; the change goes on the timeline. */
  @Transactional
  public IncidentTask updateTask(
      long id, long taskId, IncidentTask.Status status, CurrentUser user) {
    Incident incident = lockWritable(id, user);
    if (status == null) {
      throw new InvalidInputException("status", "command.field.required");
    }
    IncidentTask task =
        tasks.lock(id, taskId).orElseThrow(() -> new NotFoundException("incident task"));
    if (task.status() != status) {
      Instant now = clock.instant();
      tasks.setStatus(taskId, status, user.username(), now);
      timeline.append(
          incident.id(),
          Timeline.Kind.TASK_STATUS,
          List.of(task.title(), task.assignee(), status),
          Map.of("taskId", taskId, "status", status.name()),
          user.username(),
          now);
    }
    return tasks.lock(id, taskId).orElseThrow();
  }

  /**
   * Closes the incident with its after-action review (all three fields required); the teams it
   * holds are back on duty, its shelter places released, and of each supply reservation the
   * quantity used (as entered, else all reserved) is consumed from stock and the rest released. A
   * quantity above the reserved one is refused and nothing changes.
   */
  @Transactional
  public Incident close(long id, Review review, CurrentUser user) {
    Incident before = lockWritable(id, user);
    return close(before, review, user.username(), false);
  }

  /** Trusted closing (demo loader). */
  @Transactional
  public Incident close(long id, Review review, String actor) {
    return close(incidents.lock(id).orElseThrow(), review, actor, true);
  }

  private Incident close(Incident before, Review review, String actor, boolean trusted) {
    List<Violation> problems = new ArrayList<>();
    Review r = review == null ? new Review(null, null, null) : review;
    String summary = text("review.summary", r.summary(), MAX_TEXT, true, problems);
    String cause = text("review.cause", r.cause(), MAX_TEXT, true, problems);
    String lessons = text("review.lessons", r.lessons(), MAX_TEXT, true, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Instant now = clock.instant();
    List<HeldSupply> supplies = heldSupplies(before);
    Map<Long, Long> used = used(r.used(), supplies);
    for (HeldSupply s : supplies) {
      long quantity = used.getOrDefault(s.reservationId(), s.reserved());
      reservations.consume(s.reservationId(), quantity);
      timeline.append(
          before.id(),
          Timeline.Kind.CONSUMED,
          List.of(s.itemName(), quantity, s.unit(), s.reserved(), s.warehouseName()),
          Map.of("reservationId", s.reservationId(), "used", quantity, "reserved", s.reserved()),
          actor,
          now);
    }
    List<Long> held =
        jdbc.sql(
                "SELECT id FROM command_reservation WHERE reference = ? AND released_at IS NULL"
                    + " ORDER BY id")
            .param(before.reference())
            .query(Long.class)
            .list();
    held.forEach(reservations::release);
    if (!held.isEmpty()) {
      timeline.append(
          before.id(),
          Timeline.Kind.RELEASED,
          List.of(held.size()),
          Map.of("reservationIds", held),
          actor,
          now);
    }
    incidents.close(before.id(), new Review(summary, cause, lessons, r.used()), actor, now);
    timeline.append(before.id(), Timeline.Kind.CLOSED, List.of(summary), null, actor, now);
    Incident after = incidents.lock(before.id()).orElseThrow();
    history.changed(TYPE, before.id(), "CLOSE", state(before), state(after), actor, trusted);
    events.publishEvent(new IncidentClosed(before.id(), before.level(), before.townCode(), now));
    return after;
  }

  /** The supplies the incident still holds (for the closing form). */
  @Transactional(readOnly = true)
  public List<HeldSupply> heldSupplies(long id, CurrentUser user) {
    return heldSupplies(get(id, user));
  }

  private List<HeldSupply> heldSupplies(Incident incident) {
    return jdbc.sql(
            "SELECT r.id, i.name, i.unit, w.name, r.quantity FROM command_reservation r"
                + " JOIN command_stock s ON s.id = r.record_id"
                + " JOIN command_supply_item i ON i.code = s.item_code"
                + " JOIN command_warehouse w ON w.id = s.warehouse_id"
                + " WHERE r.reference = ? AND r.kind = 'SUPPLY' AND r.released_at IS NULL"
                + " ORDER BY r.id")
        .param(incident.reference())
        .query(
            (rs, n) ->
                new HeldSupply(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getLong(5)))
        .list();
  }

  /**
   * The quantities used as entered, checked before anything changes: each for a supply the incident
   * holds, once, between 0 and the reserved quantity.
   */
  private static Map<Long, Long> used(List<Review.SupplyUse> entered, List<HeldSupply> held) {
    Map<Long, HeldSupply> byId = new LinkedHashMap<>();
    held.forEach(h -> byId.put(h.reservationId(), h));
    Map<Long, Long> used = new LinkedHashMap<>();
    List<Violation> problems = new ArrayList<>();
    for (int i = 0; i < entered.size(); i++) {
      Review.SupplyUse u = entered.get(i);
      String field = "used[" + i + "]";
      HeldSupply h = u == null || u.reservationId() == null ? null : byId.get(u.reservationId());
      if (h == null || used.containsKey(h.reservationId())) {
        problems.add(
            new Violation(
                field, "incident.close.usedUnknown", u == null ? null : u.reservationId()));
      } else if (u.quantity() == null) {
        problems.add(new Violation(field, "command.field.required"));
      } else if (u.quantity() < 0 || u.quantity() > h.reserved()) {
        problems.add(
            new Violation(
                field,
                "incident.close.usedTooMuch",
                h.itemName(),
                u.quantity(),
                h.reserved(),
                h.unit()));
      } else {
        used.put(h.reservationId(), u.quantity());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return used;
  }

  /** Locks an open incident the user may act on. */
  Incident lockWritable(long id, CurrentUser user) {
    rights.requireRead(user);
    incidents.find(id, user.scope()).orElseThrow(() -> new NotFoundException("incident"));
    Incident incident = incidents.lock(id).orElseThrow(() -> new NotFoundException("incident"));
    requireWritable(user, incident.townCode());
    if (!incident.status().open()) {
      throw new ConflictException("incident.closed", incident.id());
    }
    return incident;
  }

  private void requireWritable(CurrentUser user, String town) {
    rights.requireWritable(user, town);
  }

  // --- field rules ---

  private String town(Double lon, Double lat, List<Violation> problems) {
    if (lon == null || lat == null) {
      problems.add(new Violation(lon == null ? "lon" : "lat", "command.field.required"));
      return null;
    }
    if (!Double.isFinite(lon)
        || !Double.isFinite(lat)
        || Math.abs(lon) > 180
        || Math.abs(lat) > 90) {
      problems.add(new Violation("lon", "command.location.invalid"));
      return null;
    }
    Optional<Town> town =
        areas.insideDistrict(lon, lat) ? areas.townAt(lon, lat) : Optional.<Town>empty();
    if (town.isEmpty()) {
      problems.add(new Violation("lon", "incident.location.outside", lon, lat));
      return null;
    }
    return town.get().code();
  }

  private static String text(
      String field, String value, int max, boolean required, List<Violation> problems) {
    String v = value == null || value.isBlank() ? null : value.strip();
    if (v == null && required) {
      problems.add(new Violation(field, "command.field.required"));
    } else if (v != null && v.length() > max) {
      problems.add(new Violation(field, "command.field.tooLong", max));
    }
    return v;
  }

  private static int count(String field, Integer value, List<Violation> problems) {
    if (value == null) {
      return 0;
    }
    if (value < 0 || value > MAX_COUNT) {
      problems.add(new Violation(field, "incident.count.invalid"));
      return 0;
    }
    return value;
  }

  static Map<String, Object> state(Incident i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", i.type().name());
    m.put("title", i.title());
    m.put("level", i.level().name());
    m.put("status", i.status().name());
    m.put("lon", i.lon());
    m.put("lat", i.lat());
    m.put("townCode", i.townCode());
    m.put("deaths", i.deaths());
    m.put("missing", i.missing());
    m.put("injuries", i.injuries());
    m.put("peopleAffected", i.peopleAffected());
    m.put("alarmId", i.alarmId());
    m.put("reviewSummary", i.reviewSummary());
    m.put("version", i.version());
    return m;
  }
}
