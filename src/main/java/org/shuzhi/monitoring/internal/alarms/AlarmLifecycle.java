package org.shuzhi.monitoring.internal.alarms;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shuzhi.audit.AuditAction;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditTrail;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.Role;
import org.shuzhi.monitoring.AlarmCleared;
import org.shuzhi.monitoring.AlarmRaised;
import org.shuzhi.monitoring.Device;
import org.shuzhi.monitoring.Devices;
import org.shuzhi.monitoring.internal.rules.AlarmDecision;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.NotFoundException;
import org.shuzhi.risk.ActiveAlarmsChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The alarm lifecycle RAISED → ACKNOWLEDGED → CLEARED → CLOSED (a RAISED alarm may also clear
 * unacknowledged). The evaluator's decisions raise, update and clear; duty officers acknowledge and
 * close. One active alarm per (rule, device): a repeated RAISE or an UPDATE updates it (last value,
 * time, count). Every transition is kept in the alarm's history; user actions are audited.
 */
@Service
public class AlarmLifecycle {

  static final Set<Role> READERS =
      Set.of(
          Role.DISTRICT_LEADER,
          Role.DEPARTMENT_STAFF,
          Role.TOWN_STAFF,
          Role.GRID_WORKER,
          Role.ENTERPRISE_USER);
  static final Set<Role> HANDLERS =
      Set.of(Role.DISTRICT_LEADER, Role.DEPARTMENT_STAFF, Role.TOWN_STAFF);
  static final int MAX_COMMENT = 1000;

  private final AlarmRepository alarms;
  private final Devices devices;
  private final AlarmReasons reasons;
  private final AlarmNotices notices;
  private final AlarmProperties properties;
  private final LiveAlarms live;
  private final ApplicationEventPublisher events;
  private final AuditTrail audit;
  private final Clock clock;

  AlarmLifecycle(
      AlarmRepository alarms,
      Devices devices,
      AlarmReasons reasons,
      AlarmNotices notices,
      AlarmProperties properties,
      LiveAlarms live,
      ApplicationEventPublisher events,
      AuditTrail audit,
      Clock clock) {
    this.alarms = alarms;
    this.devices = devices;
    this.reasons = reasons;
    this.notices = notices;
    this.properties = properties;
    this.live = live;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
  }

  /** Applies one decision of the evaluator. */
  @Transactional
  public void apply(AlarmDecision d) {
    applyAll(List.of(d));
  }

  /**
   * Applies decisions of the evaluator in their order, in one transaction: an alarm storm costs one
   * commit per batch instead of one per alarm. The active alarms concerned are read and locked in
   * one query, history entries and notices are written in one statement each; {@link AlarmRaised}
   * and {@link AlarmCleared} are still published once per alarm. If anything fails the whole batch
   * rolls back, so the caller may apply it again.
   */
  @Transactional
  public void applyAll(List<AlarmDecision> decisions) {
    if (decisions.isEmpty()) {
      return;
    }
    List<String> ruleCodes = new ArrayList<>(decisions.size());
    List<String> deviceCodes = new ArrayList<>(decisions.size());
    Set<String> keys = new HashSet<>();
    for (AlarmDecision d : decisions) {
      if (keys.add(AlarmRepository.key(d.ruleCode(), d.deviceCode()))) {
        ruleCodes.add(d.ruleCode());
        deviceCodes.add(d.deviceCode());
      }
    }
    Changes changes = new Changes(alarms.lockActive(ruleCodes, deviceCodes));
    for (AlarmDecision d : decisions) {
      String key = AlarmRepository.key(d.ruleCode(), d.deviceCode());
      AlarmRow active = changes.active.get(key);
      switch (d.kind()) {
        case RAISE, UPDATE -> {
          if (active != null) {
            changes.active.put(key, repeat(active, d, changes));
          } else {
            devices
                .byCode(d.deviceCode())
                .flatMap(device -> raise(device, d, changes))
                .ifPresent(row -> changes.active.put(key, row));
          }
        }
        case CLEAR -> {
          if (active != null) {
            clear(active, d, changes);
            changes.active.remove(key);
          }
        }
      }
    }
    alarms.events(changes.history);
    notices.raised(changes.raised);
    changes.enterprises.forEach(uscc -> events.publishEvent(new ActiveAlarmsChanged(uscc)));
    pushAfterCommit(changes.changed);
  }

  /** What a batch of decisions did, written or announced once at its end. */
  private static final class Changes {
    final Map<String, AlarmRow> active;
    final List<AlarmRepository.NewEvent> history = new ArrayList<>();
    final List<AlarmRow> raised = new ArrayList<>();
    final List<AlarmRow> changed = new ArrayList<>();
    final Set<String> enterprises = new LinkedHashSet<>();

    Changes(Map<String, AlarmRow> active) {
      this.active = active;
    }

    void activeCountChanged(String uscc) {
      if (uscc != null) {
        enterprises.add(uscc);
      }
    }
  }

  private Optional<AlarmRow> raise(Device device, AlarmDecision d, Changes changes) {
    Instant escalateAt = clock.instant().plus(properties.of(d.severity()).after());
    String reason = reasons.json(d.reason());
    Optional<Long> inserted =
        alarms.insert(d.ruleCode(), device, d.severity(), d.value(), d.at(), reason, escalateAt);
    if (inserted.isEmpty()) {
      // Another node raised it a moment ago: treat this as a repeat of that alarm.
      return alarms.lockActive(d.ruleCode(), d.deviceCode()).map(a -> repeat(a, d, changes));
    }
    long id = inserted.get();
    AlarmRow row =
        new AlarmRow(
            id,
            d.ruleCode(),
            device.id(),
            device.code(),
            device.name(),
            device.townCode(),
            device.enterpriseUscc(),
            AlarmState.RAISED,
            d.severity(),
            d.at(),
            d.value(),
            d.value(),
            d.at(),
            0,
            reason,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            0,
            escalateAt);
    changes.history.add(
        new AlarmRepository.NewEvent(id, "RAISED", d.at(), d.severity(), d.value()));
    events.publishEvent(
        new AlarmRaised(
            id,
            d.ruleCode(),
            device.code(),
            device.townCode(),
            device.enterpriseUscc(),
            d.severity(),
            d.value(),
            d.at()));
    changes.activeCountChanged(device.enterpriseUscc());
    changes.raised.add(row);
    changes.changed.add(row);
    return Optional.of(row);
  }

  private AlarmRow repeat(AlarmRow a, AlarmDecision d, Changes changes) {
    alarms.repeat(a.id(), d.severity(), d.value(), d.at(), reasons.json(d.reason()));
    if (d.severity() != a.severity()) {
      changes.history.add(
          new AlarmRepository.NewEvent(a.id(), "UPDATED", d.at(), d.severity(), d.value()));
      events.publishEvent(new AlarmSeverityChanged(a.id(), a.townCode()));
      if (d.severity().compareTo(a.severity()) > 0) {
        // A graver alarm escalates on the graver severity's schedule.
        alarms.escalateEarlier(a.id(), clock.instant().plus(properties.of(d.severity()).after()));
      }
    }
    changes.changed.add(a);
    return a.repeated(d.severity(), d.value(), d.at());
  }

  private void clear(AlarmRow a, AlarmDecision d, Changes changes) {
    alarms.clear(a.id(), d.at(), d.value(), reasons.json(d.reason()));
    changes.history.add(
        new AlarmRepository.NewEvent(a.id(), "CLEARED", d.at(), a.severity(), d.value()));
    events.publishEvent(
        new AlarmCleared(
            a.id(),
            a.ruleCode(),
            a.deviceCode(),
            a.townCode(),
            a.enterpriseUscc(),
            a.severity(),
            d.at()));
    changes.activeCountChanged(a.enterpriseUscc());
    changes.changed.add(a);
  }

  /** A duty officer takes the alarm on; escalation stops. */
  @Transactional
  public AlarmRow acknowledge(long id, String comment, CurrentUser user) {
    AlarmRow a = handle(id, comment, user);
    if (a.state() != AlarmState.RAISED) {
      throw new ConflictException("monitoring.alarm.notRaised", id);
    }
    Instant now = clock.instant();
    alarms.acknowledge(id, user.username(), now, comment);
    alarms.event(id, "ACKNOWLEDGED", now, user.username(), a.severity(), null, comment);
    audit.record(
        AuditEntry.change(AuditAction.UPDATE, "monitoring_alarm", id, a.state(), "ACKNOWLEDGED")
            .withDetail(comment));
    pushAfterCommit(a);
    return alarms.lock(id).orElseThrow();
  }

  /** Files an alarm whose condition has cleared. */
  @Transactional
  public AlarmRow close(long id, String comment, CurrentUser user) {
    AlarmRow a = handle(id, comment, user);
    if (a.state() != AlarmState.CLEARED) {
      throw new ConflictException("monitoring.alarm.notCleared", id);
    }
    Instant now = clock.instant();
    alarms.close(id, user.username(), now, comment);
    alarms.event(id, "CLOSED", now, user.username(), a.severity(), null, comment);
    audit.record(
        AuditEntry.change(AuditAction.UPDATE, "monitoring_alarm", id, a.state(), "CLOSED")
            .withDetail(comment));
    pushAfterCommit(a);
    return alarms.lock(id).orElseThrow();
  }

  @Transactional(readOnly = true)
  public List<AlarmRow> search(AlarmQuery query, CurrentUser user, int limit) {
    read(user);
    return alarms.search(query, user.scope(), limit);
  }

  @Transactional(readOnly = true)
  public AlarmRow get(long id, CurrentUser user) {
    read(user);
    return alarms.find(id, user.scope()).orElseThrow(() -> new NotFoundException("alarm"));
  }

  @Transactional(readOnly = true)
  public List<AlarmEvent> history(long id, CurrentUser user) {
    get(id, user);
    return alarms.events(id);
  }

  static boolean mayHandle(CurrentUser user) {
    return HANDLERS.contains(user.role());
  }

  private AlarmRow handle(long id, String comment, CurrentUser user) {
    if (!mayHandle(user)) {
      throw new AccessDeniedException("alarms are handled by duty staff");
    }
    if (comment != null && comment.length() > MAX_COMMENT) {
      throw new InvalidInputException("comment", "monitoring.alarm.commentTooLong", MAX_COMMENT);
    }
    alarms.find(id, user.scope()).orElseThrow(() -> new NotFoundException("alarm"));
    return alarms.lock(id).orElseThrow(() -> new NotFoundException("alarm"));
  }

  private static void read(CurrentUser user) {
    if (!READERS.contains(user.role())) {
      throw new AccessDeniedException("alarms");
    }
  }

  private void pushAfterCommit(AlarmRow a) {
    pushAfterCommit(List.of(a));
  }

  /** Tells the open alarm lists once, after the commit, however many alarms changed. */
  private void pushAfterCommit(List<AlarmRow> changed) {
    if (changed.isEmpty()) {
      return;
    }
    Runnable push = () -> live.changed(changed);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              push.run();
            }
          });
    } else {
      push.run();
    }
  }
}
