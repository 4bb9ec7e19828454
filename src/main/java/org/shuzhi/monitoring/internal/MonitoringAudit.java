package org.shuzhi.monitoring.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.shuzhi.audit.AuditAction;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditTrail;
import org.shuzhi.monitoring.DeviceDraft.ChannelDraft;
import org.shuzhi.monitoring.FloodStation;
import org.springframework.stereotype.Component;

/**
 * Audit rows of the device registry and flood stations. Token hashes never go in (only the fact
 * that a token was issued). {@code actor} is null for signed-in users and named for loaders.
 */
@Component
class MonitoringAudit {

  static final String DEVICE = "monitoring_device";
  static final String STATION = "monitoring_flood_station";

  private final AuditTrail trail;

  MonitoringAudit(AuditTrail trail) {
    this.trail = trail;
  }

  void deviceCreated(long id, ValidDevice after, String actor) {
    record(AuditEntry.created(DEVICE, id, state(after)), actor);
  }

  void deviceUpdated(long id, DeviceRow before, ValidDevice after) {
    trail.record(AuditEntry.updated(DEVICE, id, state(before), state(after)));
  }

  void deviceDeleted(DeviceRow before) {
    trail.record(AuditEntry.deleted(DEVICE, before.id(), state(before)));
  }

  void tokenIssued(long id, String code) {
    trail.record(
        AuditEntry.change(AuditAction.TOKEN_ISSUED, DEVICE, id, null, null).withDetail(code));
  }

  /** One entry for a trusted bulk reissue (the demo simulator's start), not one per device. */
  void tokensIssued(int devices, String actor) {
    record(
        AuditEntry.change(AuditAction.TOKEN_ISSUED, DEVICE, null, null, null)
            .withDetail(devices + " devices"),
        actor);
  }

  void stationCreated(long id, ValidStation after, String actor) {
    record(AuditEntry.created(STATION, id, state(after)), actor);
  }

  void stationUpdated(long id, FloodStation before, ValidStation after) {
    trail.record(AuditEntry.updated(STATION, id, state(before), state(after)));
  }

  void imported(String type, int rows) {
    trail.record(
        AuditEntry.change(AuditAction.IMPORT, type, null, null, null).withDetail(rows + " rows"));
  }

  void exported(String type, int rows) {
    trail.record(
        AuditEntry.change(AuditAction.EXPORT, type, null, null, null).withDetail(rows + " rows"));
  }

  private void record(AuditEntry entry, String actor) {
    trail.record(actor == null ? entry : entry.asActor(actor, null));
  }

  /** A stored device, audited by the same fields as a validated draft. */
  private static Map<String, Object> state(DeviceRow d) {
    return state(
        new ValidDevice(
            d.code(),
            d.name(),
            d.kind(),
            d.channels().stream().map(c -> new ChannelDraft(c.name(), c.unit())).toList(),
            d.targetKind(),
            d.targetId(),
            d.targetName(),
            d.enterpriseUscc(),
            d.lon(),
            d.lat(),
            d.townCode(),
            d.gridId(),
            d.enabled(),
            d.synthetic()));
  }

  private static Map<String, Object> state(ValidDevice d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", d.code());
    m.put("name", d.name());
    m.put("kind", d.kind());
    m.put("channels", d.channels().stream().map(c -> c.name() + ":" + c.unit()).toList());
    m.put("target", d.targetKind() + " " + d.targetId());
    m.put("lon", d.lon());
    m.put("lat", d.lat());
    m.put("townCode", d.townCode());
    m.put("gridId", d.gridId());
    m.put("enabled", d.enabled());
    return m;
  }

  /** A stored station, audited by the same fields as a validated draft. */
  private static Map<String, Object> state(FloodStation s) {
    return state(
        new ValidStation(
            s.code(),
            s.name(),
            s.river(),
            s.lon(),
            s.lat(),
            s.townCode(),
            s.gridId(),
            s.warningLevel(),
            s.guaranteeLevel(),
            s.historicalMax(),
            s.synthetic()));
  }

  private static Map<String, Object> state(ValidStation s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", s.code());
    m.put("name", s.name());
    m.put("river", s.river());
    m.put("lon", s.lon());
    m.put("lat", s.lat());
    m.put("townCode", s.townCode());
    m.put("warningLevel", s.warningLevel());
    m.put("guaranteeLevel", s.guaranteeLevel());
    m.put("historicalMax", s.historicalMax());
    return m;
  }
}
