package org.shuzhi.monitoring.internal.rules;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.shuzhi.monitoring.DeviceKind;

/**
 * The devices and kinds the rules may name: the validator checks scopes and channels against it,
 * the evaluator looks up each device's kind and station levels. Kinds are the registry's {@link
 * DeviceKind} names; the registry-backed catalogue serves the devices, {@link #ofKinds()} the kinds
 * with their default channels and no devices.
 */
public interface DeviceCatalogue {

  /** The channels of a kind, or empty if the kind is unknown. */
  Optional<Set<String>> channelsOfKind(String kind);

  /** The device, or empty if unknown. */
  Optional<DeviceProfile> device(String code);

  /** The registry's kinds with their default channels, and no devices. */
  static DeviceCatalogue ofKinds() {
    return new DeviceCatalogue() {
      @Override
      public Optional<Set<String>> channelsOfKind(String kind) {
        return Arrays.stream(DeviceKind.values())
            .filter(k -> k.name().equals(kind))
            .findFirst()
            .map(k -> Set.of(k.defaultChannel()));
      }

      @Override
      public Optional<DeviceProfile> device(String code) {
        return Optional.empty();
      }
    };
  }
}
