package org.shuzhi.monitoring;

import java.util.List;
import java.util.Optional;

/**
 * A registered device as other modules (the alarm rules, the map) see it.
 *
 * @param id database id
 * @param code unique code; the MQTT user name and last topic level
 * @param name display name
 * @param kind what it measures
 * @param channels its channels
 * @param targetKind what kind of object it watches
 * @param targetId id of that object (risk object, major-hazard unit or flood station)
 * @param targetName name of that object, as copied when the device was saved
 * @param enterpriseUscc the enterprise of the watched object, or null (flood stations)
 * @param lon WGS-84 longitude
 * @param lat WGS-84 latitude
 * @param townCode NBS 9-digit town code derived from the location
 * @param gridId grid derived from the location, or null
 * @param enabled disabled devices cannot connect and their messages are refused
 * @param synthetic demo data
 */
public record Device(
    long id,
    String code,
    String name,
    DeviceKind kind,
    List<Channel> channels,
    DeviceTargetKind targetKind,
    long targetId,
    String targetName,
    String enterpriseUscc,
    double lon,
    double lat,
    String townCode,
    Long gridId,
    boolean enabled,
    boolean synthetic) {

  public Device {
    channels = List.copyOf(channels);
  }

  public Optional<Channel> channel(String channelName) {
    return channels.stream().filter(c -> c.name().equals(channelName)).findFirst();
  }

  /** The flood station watched, if any. */
  public Optional<Long> floodStationId() {
    return targetKind == DeviceTargetKind.FLOOD_STATION ? Optional.of(targetId) : Optional.empty();
  }
}
