package org.shuzhi.monitoring.internal.rules;

import java.util.Optional;
import java.util.Set;

/**
 * The devices and kinds the rules may name: the validator checks scopes and channels against it,
 * the evaluator looks up each device's kind and station levels. The device registry implements it;
 * {@link #ofKinds()} serves the proposed {@link DeviceKind}s with no devices.
 */
public interface DeviceCatalogue {

  /** The channels of a kind, or empty if the kind is unknown. */
  Optional<Set<String>> channelsOfKind(String kind);

  /** The device, or empty if unknown. */
  Optional<DeviceProfile> device(String code);

  /** The proposed kinds, and no devices. */
  static DeviceCatalogue ofKinds() {
    return new DeviceCatalogue() {
      @Override
      public Optional<Set<String>> channelsOfKind(String kind) {
        return DeviceKind.of(kind).map(DeviceKind::channels);
      }

      @Override
      public Optional<DeviceProfile> device(String code) {
        return Optional.empty();
      }
    };
  }
}
