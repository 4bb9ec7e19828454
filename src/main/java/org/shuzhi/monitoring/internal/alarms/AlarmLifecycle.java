package org.shuzhi.monitoring.internal.alarms;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
    Optional<AlarmRow> active = alarms.lockActive(d.ruleCode(), d.deviceCode());
    switch (d.kind()) {
      case RAISE, UPDATE -> {
        if (active.isPresent()) {
          repeat(active.get(), d);
        } else {
          devices.byCode(d.deviceCode()).ifPresent(device -> raise(device, d));
        }
      }
      case CLEAR -> active.ifPresent(a -> clear(a, d));
    }
  }

  private void raise(Device device, AlarmDecision d) {
    Instant escalateAt = clock.instant().plus(properties.of(d.severity()).after());
    Optional<Long> inserted =
        alarms.insert(
            d.ruleCode(),
            device,
            d.severity(),
            d.value(),
            d.at(),
            reasons.json(d.reason()),
            escalateAt);
    if (inserted.isEmpty()) {
      alarms.lockActive(d.ruleCode(), d.deviceCode()).ifPresent(a -> repeat(a, d));
      return;
    }
    long id = inserted.get();
    alarms.event(id, "RAISED", d.at(), null, d.severity(), d.value(), null);
    AlarmRow row = alarms.lock(id).orElseThrow();
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
    activeCountChanged(device.enterpriseUscc());
    notices.raised(row);
    pushAfterCommit(row);
  }

  private void repeat(AlarmRow a, AlarmDecision d) {
    alarms.repeat(a.id(), d.severity(), d.value(), d.at(), reasons.json(d.reason()));
    if (d.severity() != a.severity()) {
      alarms.event(a.id(), "UPDATED", d.at(), null, d.severity(), d.value(), null);
      events.publishEvent(new AlarmSeverityChanged(a.id(), a.townCode()));
      if (d.severity().compareTo(a.severity()) > 0) {
        // A graver alarm escalates on the graver severity's schedule.
        alarms.escalateEarlier(a.id(), clock.instant().plus(properties.of(d.severity()).after()));
      }
    }
    pushAfterCommit(a);
  }

  private void clear(AlarmRow a, AlarmDecision d) {
    alarms.clear(a.id(), d.at(), d.value());
    alarms.event(a.id(), "CLEARED", d.at(), null, a.severity(), d.value(), null);
    events.publishEvent(
        new AlarmCleared(
            a.id(),
            a.ruleCode(),
            a.deviceCode(),
            a.townCode(),
            a.enterpriseUscc(),
            a.severity(),
            d.at()));
    activeCountChanged(a.enterpriseUscc());
    pushAfterCommit(a);
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

  private void activeCountChanged(String uscc) {
    if (uscc != null) {
      events.publishEvent(new ActiveAlarmsChanged(uscc));
    }
  }

  private void pushAfterCommit(AlarmRow a) {
    Runnable push = () -> live.changed(a.id(), a.townCode(), a.enterpriseUscc());
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
