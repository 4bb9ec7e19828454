package org.shuzhi.monitoring;

/**
 * Registering devices and flood stations from trusted loaders (the demo district and its telemetry
 * simulator). No data scope applies; the actor is named for the audit trail. Invalid drafts throw
 * {@link org.shuzhi.platform.InvalidInputException} and nothing is stored.
 */
public interface DeviceRegistry {

  /** Registers a device and issues its token, returned here once and stored only as a hash. */
  IssuedDevice register(DeviceDraft draft, String actor);

  /** Registers a flood station; returns its id. */
  long register(FloodStationDraft draft, String actor);

  /**
   * A device just registered or given a new token.
   *
   * @param token the device token (MQTT password, HTTP Bearer); it cannot be shown again
   */
  record IssuedDevice(long id, String code, String token) {}
}
