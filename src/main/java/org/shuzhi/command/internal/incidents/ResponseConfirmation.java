package org.shuzhi.command.internal.incidents;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shuzhi.command.IncidentStatus;
import org.shuzhi.command.PlanTask;
import org.shuzhi.command.Reservations;
import org.shuzhi.command.ResponseLevel;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.notification.Notice;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.Notifications;
import org.shuzhi.notification.Recipient;
import org.shuzhi.notification.Severity;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Confirms a one-click response: in ONE transaction the level is set, the incident starts
 * responding, the teams are dispatched, the supplies and shelter places reserved, the tasks started
 * and the notice queued — to the responsible groups and, by name, to the people on duty now and the
 * enterprise's contact (in the app when they have an account, else by SMS) — each with its timeline
 * entry. Any refusal (a team off duty or already dispatched, more supplies than available, more
 * people than a shelter's free places) throws and rolls everything back. The token is claimed first
 * ({@code command_response}): a second confirmation with it — even a concurrent one, which waits
 * for the first — returns the first result and changes nothing.
 */
@Service
public class ResponseConfirmation {

  static final int MAX_ITEMS = 500;

  private final IncidentService incidents;
  private final IncidentRepository repository;
  private final Reservations reservations;
  private final TaskRepository tasks;
  private final Timeline timeline;
  private final Notifications notifications;
  private final ResponseRecipients recipients;
  private final ResponseContacts contacts;
  private final MessageSource messages;
  private final JdbcClient jdbc;
  private final java.time.Clock clock;
  private final org.springframework.context.ApplicationEventPublisher events;
  private final JsonMapper json = JsonMapper.builder().build();

  ResponseConfirmation(
      IncidentService incidents,
      IncidentRepository repository,
      Reservations reservations,
      TaskRepository tasks,
      Timeline timeline,
      Notifications notifications,
      ResponseRecipients recipients,
      ResponseContacts contacts,
      MessageSource messages,
      JdbcClient jdbc,
      java.time.Clock clock,
      org.springframework.context.ApplicationEventPublisher events) {
    this.events = events;
    this.incidents = incidents;
    this.repository = repository;
    this.reservations = reservations;
    this.tasks = tasks;
    this.timeline = timeline;
    this.notifications = notifications;
    this.recipients = recipients;
    this.contacts = contacts;
    this.messages = messages;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional
  public ResponseResult confirm(long incidentId, ResponseRequest request, CurrentUser user) {
    incidents.get(incidentId, user); // read rights and scope
    if (request == null) {
      throw new InvalidInputException("token", "command.field.required");
    }
    String token = token(request.token());
    Optional<ResponseResult> earlier = earlier(token, incidentId);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    check(request);
    Incident incident = incidents.lockWritable(incidentId, user);
    Instant now = clock.instant();
    String actor = user.username();
    int claimed =
        jdbc.sql(
                "INSERT INTO command_response (token, incident_id, confirmed_at, confirmed_by)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT (token) DO NOTHING")
            .param(token)
            .param(incidentId)
            .param(Timestamp.from(now))
            .param(actor)
            .update();
    if (claimed == 0) {
      // A concurrent confirmation with the same token committed while we waited.
      return earlier(token, incidentId).orElseThrow();
    }

    if (request.level() != incident.level()) {
      incidents.setLevel(incident, request.level(), text("incident.response.levelReason"), actor);
      incident = repository.lock(incidentId).orElseThrow();
    }
    if (incident.status() == IncidentStatus.REPORTED) {
      incidents.moveTo(incident, IncidentStatus.RESPONDING, actor);
    }
    String reference = incident.reference();

    List<Long> dispatches = new ArrayList<>();
    for (Long teamId : new LinkedHashSet<>(request.teamIds())) {
      long id = reservations.dispatchTeam(teamId, reference);
      dispatches.add(id);
      timeline.append(
          incidentId,
          Timeline.Kind.DISPATCH,
          List.of(name("SELECT name FROM command_team WHERE id = ?", teamId)),
          Map.of("teamId", teamId, "reservationId", id),
          actor,
          now);
    }
    List<Long> supplyIds = new ArrayList<>();
    for (ResponseRequest.SupplyTake take : request.supplies()) {
      long id =
          reservations.reserveSupplies(
              take.warehouseId(), take.itemCode(), take.quantity(), reference);
      supplyIds.add(id);
      var names =
          jdbc.sql(
                  "SELECT i.name, i.unit, w.name FROM command_supply_item i, command_warehouse w"
                      + " WHERE i.code = ? AND w.id = ?")
              .param(take.itemCode())
              .param(take.warehouseId())
              .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getString(3)))
              .single();
      timeline.append(
          incidentId,
          Timeline.Kind.SUPPLIES,
          List.of(names.get(0), take.quantity(), names.get(1), names.get(2)),
          Map.of("warehouseId", take.warehouseId(), "item", take.itemCode(), "reservationId", id),
          actor,
          now);
    }
    List<Long> shelterIds = new ArrayList<>();
    for (ResponseRequest.ShelterTake take : request.shelters()) {
      long id = reservations.reserveShelterPlaces(take.shelterId(), take.places(), reference);
      shelterIds.add(id);
      timeline.append(
          incidentId,
          Timeline.Kind.SHELTER,
          List.of(
              name("SELECT name FROM command_shelter WHERE id = ?", take.shelterId()),
              take.places()),
          Map.of("shelterId", take.shelterId(), "reservationId", id),
          actor,
          now);
    }
    List<Long> taskIds = new ArrayList<>();
    for (PlanTask task : request.tasks()) {
      long id = tasks.insert(incidentId, task.assignee(), task.title(), actor, now);
      taskIds.add(id);
      timeline.append(
          incidentId,
          Timeline.Kind.TASK_CREATED,
          List.of(task.title(), task.assignee()),
          Map.of("taskId", id),
          actor,
          now);
    }
    Set<Recipient> to = new LinkedHashSet<>(recipients.of(incident, request.tasks()));
    // The people on duty now and the enterprise's contact, looked up again at confirmation: the
    // plaintext phones never leave the server (the proposal shows them masked).
    List<ResponseContacts.Reach> people = contacts.reach(incident, request.tasks());
    people.forEach(r -> to.add(r.recipient()));
    notifications.notify(notice(incident, token, request, dispatches.size(), to, now));
    List<String> names = new ArrayList<>();
    recipients.of(incident, request.tasks()).forEach(r -> names.add(r.text()));
    people.forEach(r -> names.add(r.contact().describe()));
    timeline.append(
        incidentId,
        Timeline.Kind.NOTIFIED,
        List.of(String.join(", ", names)),
        Map.of("recipients", names),
        actor,
        now);
    ResponseResult result =
        new ResponseResult(
            token,
            incidentId,
            request.level(),
            dispatches,
            supplyIds,
            shelterIds,
            taskIds,
            names,
            now,
            actor,
            false);
    timeline.append(
        incidentId,
        Timeline.Kind.RESPONSE_CONFIRMED,
        List.of(request.level().numeral(), dispatches.size(), supplyIds.size(), shelterIds.size()),
        Map.of("token", token),
        actor,
        now);
    events.publishEvent(new IncidentCockpitTiles.ResourcesHeld(incident.townCode()));
    jdbc.sql("UPDATE command_response SET result = ?::jsonb WHERE token = ?")
        .param(json.writeValueAsString(result))
        .param(token)
        .update();
    return result;
  }

  private Optional<ResponseResult> earlier(String token, long incidentId) {
    return jdbc.sql("SELECT incident_id, result::text FROM command_response WHERE token = ?")
        .param(token)
        .query(
            (rs, n) -> {
              if (rs.getLong(1) != incidentId) {
                throw new ConflictException("incident.response.tokenOther", token);
              }
              return json.readValue(rs.getString(2), ResponseResult.class).asRepeat();
            })
        .optional();
  }

  private static String token(String token) {
    try {
      return UUID.fromString(token == null ? "" : token.strip()).toString();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("token", "incident.response.token");
    }
  }

  /** Shape checks before anything is written. */
  private static void check(ResponseRequest r) {
    List<Violation> problems = new ArrayList<>();
    if (r.level() == null) {
      problems.add(new Violation("level", "command.field.required"));
    }
    int items = r.teamIds().size() + r.supplies().size() + r.shelters().size() + r.tasks().size();
    if (items > MAX_ITEMS) {
      problems.add(new Violation("teamIds", "incident.response.tooMany", MAX_ITEMS));
    }
    if (r.teamIds().stream().anyMatch(id -> id == null)) {
      problems.add(new Violation("teamIds", "command.field.required"));
    }
    for (int i = 0; i < r.supplies().size(); i++) {
      var s = r.supplies().get(i);
      if (s == null || s.warehouseId() == null || s.itemCode() == null) {
        problems.add(new Violation("supplies[" + i + "]", "command.field.required"));
      } else if (s.quantity() == null || s.quantity() <= 0) {
        problems.add(
            new Violation("supplies[" + i + "].quantity", "command.reserve.quantityInvalid"));
      }
    }
    for (int i = 0; i < r.shelters().size(); i++) {
      var s = r.shelters().get(i);
      if (s == null || s.shelterId() == null) {
        problems.add(new Violation("shelters[" + i + "]", "command.field.required"));
      } else if (s.places() == null || s.places() <= 0) {
        problems.add(new Violation("shelters[" + i + "].places", "command.reserve.placesInvalid"));
      }
    }
    for (int i = 0; i < r.tasks().size(); i++) {
      PlanTask t = r.tasks().get(i);
      if (t == null
          || t.assignee() == null
          || t.assignee().isBlank()
          || t.assignee().contains(":")
          || t.title() == null
          || t.title().isBlank()) {
        problems.add(new Violation("tasks[" + i + "]", "command.field.required"));
      } else if (t.title().length() > 500) {
        problems.add(new Violation("tasks[" + i + "].title", "command.field.tooLong", 500));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private Notice notice(
      Incident incident,
      String token,
      ResponseRequest request,
      int teams,
      Set<Recipient> to,
      Instant now) {
    Object[] args = {incident.title(), request.level().numeral(), teams, request.tasks().size()};
    String title = clip(messages.getMessage("incident.notice.title", args, java.util.Locale.CHINA));
    String body = messages.getMessage("incident.notice.body", args, java.util.Locale.CHINA);
    Notice notice =
        new Notice(
                NoticeKind.INCIDENT,
                "incident:" + incident.id() + ":response:" + token,
                severity(request.level()),
                incident.townCode(),
                incident.enterpriseUscc(),
                title,
                body,
                "/command/incidents/" + incident.id(),
                now,
                to)
            .withTranslation(
                java.util.Locale.ENGLISH,
                clip(messages.getMessage("incident.notice.title", args, java.util.Locale.ENGLISH)),
                messages.getMessage("incident.notice.body", args, java.util.Locale.ENGLISH));
    return notice;
  }

  /** Level Ⅰ–Ⅳ in the warning colours red, orange, yellow, blue (《突发事件应对法》). */
  static Severity severity(ResponseLevel level) {
    return switch (level) {
      case LEVEL_I -> Severity.RED;
      case LEVEL_II -> Severity.ORANGE;
      case LEVEL_III -> Severity.YELLOW;
      case LEVEL_IV -> Severity.BLUE;
    };
  }

  private static String clip(String s) {
    return s.length() > 200 ? s.substring(0, 200) : s;
  }

  private String text(String key) {
    return messages.getMessage(key, null, java.util.Locale.CHINA);
  }

  private String name(String sql, long id) {
    return jdbc.sql(sql).param(id).query(String.class).optional().orElse(String.valueOf(id));
  }
}
