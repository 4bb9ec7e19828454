package org.shuzhi.monitoring;

import java.util.Collection;
import java.util.List;

/**
 * Registering devices and flood stations from trusted loaders (the demo district and its telemetry
 * simulator). No data scope applies; the actor is named for the audit trail. Invalid drafts throw
 * {@link org.shuzhi.platform.InvalidInputException} and nothing is stored.
 */
public interface DeviceRegistry {

  /** Registers a device and issues its token, returned here once and stored only as a hash. */
  IssuedDevice register(DeviceDraft draft, String actor);

  /**
   * Registers many devices in one transaction: all are validated first (codes unique among them and
   * unused) and nothing is stored if any is invalid. Returns each device's token, in order.
   */
  List<IssuedDevice> registerAll(List<DeviceDraft> drafts, String actor);

  /**
   * Issues new tokens for the given devices (the old ones stop working), e.g. for the demo's
   * telemetry simulator, which keeps tokens only in memory. Unknown ids are skipped.
   */
  List<IssuedDevice> reissueTokens(Collection<Long> deviceIds, String actor);

  /** Registers a flood station; returns its id. */
  long register(FloodStationDraft draft, String actor);

  /**
   * A device just registered or given a new token.
   *
   * @param token the device token (MQTT password, HTTP Bearer); it cannot be shown again
   */
  record IssuedDevice(long id, String code, String token) {}
}
