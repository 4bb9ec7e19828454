package org.shuzhi.monitoring.internal.rules;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.shuzhi.monitoring.Device;
import org.shuzhi.monitoring.DeviceKind;
import org.shuzhi.monitoring.Devices;
import org.shuzhi.monitoring.FloodStations;
import org.springframework.stereotype.Component;

/**
 * The rules' view of the device registry: a kind offers its default channel and every channel a
 * registered device of that kind carries; a device brings its kind and, when it watches a flood
 * station, the station's levels. Served from the registry's in-memory directory.
 */
@Component
class RegistryCatalogue implements DeviceCatalogue {

  private final Devices devices;
  private final FloodStations stations;

  RegistryCatalogue(Devices devices, FloodStations stations) {
    this.devices = devices;
    this.stations = stations;
  }

  @Override
  public Optional<Set<String>> channelsOfKind(String kind) {
    Optional<DeviceKind> known =
        Arrays.stream(DeviceKind.values()).filter(k -> k.name().equals(kind)).findFirst();
    return known.map(
        k -> {
          Set<String> channels = new LinkedHashSet<>();
          channels.add(k.defaultChannel());
          devices.all().stream()
              .filter(d -> d.kind() == k)
              .forEach(d -> d.channels().forEach(c -> channels.add(c.name())));
          return Set.copyOf(channels);
        });
  }

  @Override
  public Optional<DeviceProfile> device(String code) {
    return devices.byCode(code).map(this::profile);
  }

  private DeviceProfile profile(Device d) {
    StationLevels levels =
        d.floodStationId().flatMap(stations::station).map(StationLevels::of).orElse(null);
    return new DeviceProfile(d.code(), d.kind().name(), levels);
  }
}
