package org.shuzhi.monitoring.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.monitoring.Device;
import org.shuzhi.monitoring.DeviceDraft;
import org.shuzhi.monitoring.DeviceKind;
import org.shuzhi.monitoring.DeviceRegistry.IssuedDevice;
import org.shuzhi.monitoring.DeviceTargetKind;
import org.shuzhi.monitoring.FloodStation;
import org.shuzhi.monitoring.FloodStationDraft;
import org.shuzhi.monitoring.Telemetry;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the registry and of stored telemetry ({@code /api/v1/monitoring}), within the
 * caller's data scope. Device ingestion itself is {@code POST /api/v1/telemetry/{code}}.
 */
@RestController
class MonitoringApiController {

  /** A device as the API shows it (never the token hash). */
  record DeviceJson(Device device, Instant updatedAt, String updatedBy, int version) {
    static DeviceJson of(DeviceRow r) {
      return new DeviceJson(r.toDevice(), r.updatedAt(), r.updatedBy(), r.version());
    }
  }

  record DevicePageJson(List<DeviceJson> rows, long total, int page, int size) {}

  private final DeviceService devices;
  private final StationService stations;
  private final DeadLetters deadLetters;
  private final Telemetry telemetry;
  private final CurrentUsers users;
  private final Clock clock;

  MonitoringApiController(
      DeviceService devices,
      StationService stations,
      DeadLetters deadLetters,
      Telemetry telemetry,
      CurrentUsers users,
      Clock clock) {
    this.devices = devices;
    this.stations = stations;
    this.deadLetters = deadLetters;
    this.telemetry = telemetry;
    this.users = users;
    this.clock = clock;
  }

  @GetMapping("/api/v1/monitoring/devices")
  DevicePageJson list(
      @RequestParam(required = false) String town,
      @RequestParam(required = false) DeviceKind kind,
      @RequestParam(required = false) DeviceTargetKind targetKind,
      @RequestParam(required = false) String text,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    DevicePage p =
        devices.search(new DeviceQuery(town, kind, targetKind, text, page, size), users.require());
    return new DevicePageJson(
        p.rows().stream().map(DeviceJson::of).toList(),
        p.total(),
        p.query().page(),
        p.query().size());
  }

  @GetMapping("/api/v1/monitoring/devices/{id}")
  DeviceJson get(@PathVariable long id) {
    return DeviceJson.of(devices.get(id, users.require()));
  }

  /** Creates a device; the answer carries its token, which cannot be read again. */
  @PostMapping("/api/v1/monitoring/devices")
  @ResponseStatus(HttpStatus.CREATED)
  IssuedDevice create(@RequestBody DeviceDraft draft) {
    return devices.create(asReal(draft), users.require());
  }

  @PutMapping("/api/v1/monitoring/devices/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void update(@PathVariable long id, @RequestParam int version, @RequestBody DeviceDraft draft) {
    devices.update(id, version, asReal(draft), users.require());
  }

  @PostMapping("/api/v1/monitoring/devices/{id}/token")
  IssuedDevice newToken(@PathVariable long id) {
    return devices.newToken(id, users.require());
  }

  @DeleteMapping("/api/v1/monitoring/devices/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    devices.delete(id, users.require());
  }

  @GetMapping("/api/v1/monitoring/devices/{id}/latest")
  List<Telemetry.LatestValue> latest(@PathVariable long id) {
    devices.get(id, users.require());
    return telemetry.latest(id);
  }

  /** Raw values of a channel; default the last 24 hours. */
  @GetMapping("/api/v1/monitoring/devices/{id}/series")
  List<Telemetry.SeriesPoint> series(
      @PathVariable long id,
      @RequestParam String channel,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(defaultValue = "10000") int limit) {
    devices.get(id, users.require());
    Instant end = to == null ? clock.instant() : to;
    return telemetry.series(
        id, channel, from == null ? end.minus(Duration.ofDays(1)) : from, end, limit);
  }

  /** Hourly aggregates of a channel; default the last 7 days. */
  @GetMapping("/api/v1/monitoring/devices/{id}/hourly")
  List<Telemetry.HourlyValue> hourly(
      @PathVariable long id,
      @RequestParam String channel,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to) {
    devices.get(id, users.require());
    Instant end = to == null ? clock.instant() : to;
    return telemetry.hourly(id, channel, from == null ? end.minus(Duration.ofDays(7)) : from, end);
  }

  @GetMapping("/api/v1/monitoring/stations")
  List<FloodStation> stations(@RequestParam(required = false) String town) {
    return stations.list(town, users.require()).stream().map(StationRow::station).toList();
  }

  @PostMapping("/api/v1/monitoring/stations")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> createStation(@RequestBody FloodStationDraft draft) {
    CurrentUser user = users.require();
    FloodStationDraft real =
        new FloodStationDraft(
            draft.code(),
            draft.name(),
            draft.river(),
            draft.lon(),
            draft.lat(),
            draft.coordinateSystem(),
            draft.warningLevel(),
            draft.guaranteeLevel(),
            draft.historicalMax(),
            false);
    return Map.of("id", stations.create(real, user));
  }

  @GetMapping("/api/v1/monitoring/dead-letters")
  List<DeadLetterRow> deadLetters(
      @RequestParam(required = false) String device,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) Long before,
      @RequestParam(defaultValue = "50") int size) {
    return deadLetters.page(device, reason, before, size, users.require());
  }

  private static DeviceDraft asReal(DeviceDraft d) {
    return new DeviceDraft(
        d.code(),
        d.name(),
        d.kind(),
        d.channels(),
        d.targetKind(),
        d.targetId(),
        d.lon(),
        d.lat(),
        d.coordinateSystem(),
        d.enabled(),
        false);
  }
}
