package org.shuzhi.monitoring.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.shuzhi.monitoring.DeviceDraft;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.shuzhi.risk.RiskTargets;
import org.shuzhi.risk.RiskTargets.RiskTarget;
import org.springframework.stereotype.Component;

/**
 * Checks a device draft field by field: code (the MQTT user name and topic level, so a restricted
 * alphabet), name, kind, channels, the watched object (looked up through the risk module's API or
 * among the flood stations) and the location (own, or else the watched object's).
 */
@Component
class DeviceValidator {

  static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
  static final Pattern CHANNEL = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,31}");
  static final int MAX_NAME = 100;
  static final int MAX_CHANNELS = 32;
  static final int MAX_UNIT = 20;

  private final RiskTargets riskTargets;
  private final StationRepository stations;
  private final Placement placement;

  DeviceValidator(RiskTargets riskTargets, StationRepository stations, Placement placement) {
    this.riskTargets = riskTargets;
    this.stations = stations;
    this.placement = placement;
  }

  /** The valid device, or every problem at once. */
  ValidDevice validate(DeviceDraft d) {
    List<Violation> v = new ArrayList<>();
    String code = trim(d.code());
    if (code == null) {
      v.add(new Violation("code", "monitoring.device.code.required"));
    } else if (!CODE.matcher(code).matches()) {
      v.add(new Violation("code", "monitoring.device.code.invalid", code));
    }
    String name = trim(d.name());
    if (name == null) {
      v.add(new Violation("name", "monitoring.device.name.required"));
    } else if (name.length() > MAX_NAME) {
      v.add(new Violation("name", "monitoring.device.name.tooLong", MAX_NAME));
    }
    if (d.kind() == null) {
      v.add(new Violation("kind", "monitoring.device.kind.required"));
    }
    List<DeviceDraft.ChannelDraft> channels = channels(d, v);
    Optional<RiskTarget> target = target(d, v);
    Optional<Placement.Place> place = placement.place(d.lon(), d.lat(), d.coordinateSystem(), v);
    if (place.isEmpty() && d.lon() == null && d.lat() == null && target.isPresent()) {
      RiskTarget t = target.get();
      if (t.lon() != null && t.lat() != null) {
        place = placement.at(t.lon(), t.lat(), t.lon(), t.lat(), v);
      } else {
        v.add(new Violation("lon", "monitoring.device.location.required"));
      }
    } else if (place.isEmpty() && d.lon() == null && d.lat() == null && target.isEmpty()) {
      v.add(new Violation("lon", "monitoring.device.location.required"));
    }
    if (!v.isEmpty()) {
      throw new InvalidInputException(v);
    }
    RiskTarget t = target.orElseThrow();
    Placement.Place p = place.orElseThrow();
    return new ValidDevice(
        code,
        name,
        d.kind(),
        channels,
        d.targetKind(),
        t.id(),
        t.name(),
        t.enterpriseUscc(),
        p.lon(),
        p.lat(),
        p.townCode(),
        p.gridId(),
        d.enabled() == null || d.enabled(),
        Boolean.TRUE.equals(d.synthetic()));
  }

  private static List<DeviceDraft.ChannelDraft> channels(DeviceDraft d, List<Violation> v) {
    List<DeviceDraft.ChannelDraft> given =
        d.channels().stream()
            .filter(c -> trim(c.name()) != null || trim(c.unit()) != null)
            .toList();
    if (given.isEmpty()) {
      return d.kind() == null
          ? List.of()
          : List.of(
              new DeviceDraft.ChannelDraft(d.kind().defaultChannel(), d.kind().defaultUnit()));
    }
    if (given.size() > MAX_CHANNELS) {
      v.add(new Violation("channels", "monitoring.device.channels.tooMany", MAX_CHANNELS));
    }
    List<DeviceDraft.ChannelDraft> result = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (DeviceDraft.ChannelDraft c : given) {
      String name = trim(c.name());
      String unit = trim(c.unit()) == null ? "" : trim(c.unit());
      if (name == null) {
        v.add(new Violation("channels", "monitoring.device.channel.nameRequired", unit));
      } else if (!CHANNEL.matcher(name).matches()) {
        v.add(new Violation("channels", "monitoring.device.channel.invalid", name));
      } else if (!names.add(name)) {
        v.add(new Violation("channels", "monitoring.device.channel.duplicate", name));
      }
      if (unit.length() > MAX_UNIT) {
        v.add(new Violation("channels", "monitoring.device.channel.unitTooLong", MAX_UNIT));
      }
      result.add(new DeviceDraft.ChannelDraft(name, unit));
    }
    return result;
  }

  private Optional<RiskTarget> target(DeviceDraft d, List<Violation> v) {
    if (d.targetKind() == null) {
      v.add(new Violation("targetKind", "monitoring.device.target.kindRequired"));
      return Optional.empty();
    }
    if (d.targetId() == null) {
      v.add(new Violation("targetId", "monitoring.device.target.idRequired"));
      return Optional.empty();
    }
    Optional<RiskTarget> found =
        switch (d.targetKind()) {
          case RISK_OBJECT -> riskTargets.riskObject(d.targetId());
          case MAJOR_HAZARD_UNIT -> riskTargets.majorHazardUnit(d.targetId());
          case FLOOD_STATION ->
              stations
                  .find(d.targetId(), org.shuzhi.identity.DataScope.district())
                  .map(
                      s ->
                          new RiskTarget(
                              s.station().id(),
                              s.station().name(),
                              null,
                              s.station().townCode(),
                              s.station().lon(),
                              s.station().lat()));
        };
    if (found.isEmpty()) {
      v.add(
          new Violation(
              "targetId", "monitoring.device.target.notFound", String.valueOf(d.targetId())));
    }
    return found;
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
