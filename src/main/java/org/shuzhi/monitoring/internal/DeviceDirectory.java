package org.shuzhi.monitoring.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.OpaqueTokens;
import org.shuzhi.monitoring.Channel;
import org.shuzhi.monitoring.Device;
import org.shuzhi.monitoring.Devices;
import org.shuzhi.monitoring.FloodStation;
import org.shuzhi.monitoring.FloodStations;
import org.shuzhi.monitoring.internal.ingest.KnownDevice;
import org.shuzhi.monitoring.internal.ingest.KnownDevices;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The registry held in memory for ingestion (a lookup per message) and for the alarm rules. It is
 * reloaded after each committed change on this node and every 30 s, which picks up changes other
 * nodes made. A few thousand devices take a few hundred kilobytes.
 */
@Component
class DeviceDirectory implements Devices, FloodStations, KnownDevices {

  private record Snapshot(
      Map<String, KnownDevice> known,
      Map<Long, KnownDevice> knownById,
      Map<Long, Device> devices,
      List<Device> ordered,
      Map<Long, FloodStation> stations,
      List<FloodStation> stationList) {}

  private final DeviceRepository devices;
  private final StationRepository stations;
  private final ApplicationEventPublisher events;
  private volatile Snapshot snapshot;

  DeviceDirectory(
      DeviceRepository devices, StationRepository stations, ApplicationEventPublisher events) {
    this.devices = devices;
    this.stations = stations;
    this.events = events;
    load();
  }

  /** Reloads now, or after the commit when called inside a transaction. */
  void changed() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              reload();
            }
          });
    } else {
      reload();
    }
  }

  @Scheduled(fixedDelayString = "${shuzhi.telemetry.directory-refresh:PT30S}")
  void reload() {
    load();
    events.publishEvent(new DeviceDirectoryReloaded());
  }

  private void load() {
    List<DeviceRow> rows = devices.all();
    Map<String, KnownDevice> known = new HashMap<>();
    Map<Long, KnownDevice> knownById = new HashMap<>();
    Map<Long, Device> byId = new HashMap<>();
    for (DeviceRow r : rows) {
      Map<String, Short> nos = new HashMap<>();
      int max = 0;
      for (Channel c : r.channels()) {
        nos.put(c.name(), (short) c.no());
        max = Math.max(max, c.no());
      }
      String[] names = new String[max + 1];
      r.channels().forEach(c -> names[c.no()] = c.name());
      KnownDevice k = new KnownDevice(r.id(), r.code(), r.tokenHash(), r.enabled(), nos, names);
      known.put(r.code(), k);
      knownById.put(r.id(), k);
      byId.put(r.id(), r.toDevice());
    }
    List<FloodStation> stationList =
        stations.all(DataScope.district(), null).stream().map(StationRow::station).toList();
    Map<Long, FloodStation> stationById = new HashMap<>();
    stationList.forEach(s -> stationById.put(s.id(), s));
    snapshot =
        new Snapshot(
            known,
            knownById,
            byId,
            rows.stream().map(DeviceRow::toDevice).toList(),
            stationById,
            stationList);
  }

  // --- Devices ---

  @Override
  public Optional<Device> device(long id) {
    return Optional.ofNullable(snapshot.devices().get(id));
  }

  @Override
  public Optional<Device> byCode(String code) {
    return Optional.ofNullable(snapshot.known().get(code)).map(k -> snapshot.devices().get(k.id()));
  }

  @Override
  public List<Device> all() {
    return snapshot.ordered();
  }

  // --- FloodStations ---

  @Override
  public Optional<FloodStation> station(long id) {
    return Optional.ofNullable(snapshot.stations().get(id));
  }

  @Override
  public List<FloodStation> stations() {
    return snapshot.stationList();
  }

  // --- KnownDevices ---

  @Override
  public Optional<KnownDevice> known(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(snapshot.known().get(code));
  }

  @Override
  public Optional<KnownDevice> knownById(long id) {
    return Optional.ofNullable(snapshot.knownById().get(id));
  }

  @Override
  public boolean tokenMatches(KnownDevice device, String token) {
    return OpaqueTokens.matches(token, device.tokenHash());
  }
}
