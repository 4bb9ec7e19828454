package org.shuzhi.monitoring.internal.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Kinds and devices for tests: the proposed kinds plus a two-channel reactor, and devices added.
 */
final class TestCatalogue implements DeviceCatalogue {

  private final Map<String, DeviceProfile> devices = new HashMap<>();

  TestCatalogue with(String code, String kind) {
    return with(code, kind, null);
  }

  TestCatalogue with(String code, String kind, StationLevels levels) {
    devices.put(code, new DeviceProfile(code, kind, levels));
    return this;
  }

  @Override
  public Optional<Set<String>> channelsOfKind(String kind) {
    if ("REACTOR".equals(kind)) {
      return Optional.of(Set.of("temperature", "pressure"));
    }
    return DeviceCatalogue.ofKinds().channelsOfKind(kind);
  }

  @Override
  public Optional<DeviceProfile> device(String code) {
    return Optional.ofNullable(devices.get(code));
  }
}
