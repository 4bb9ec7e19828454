package org.shuzhi.monitoring;

import java.util.List;
import org.shuzhi.core.CoordinateSystem;

/**
 * A device as entered (form, API, Excel row or demo loader), before validation. Without a location
 * the device takes the location of the object it watches. Without channels it gets its kind's
 * default channel.
 */
public record DeviceDraft(
    String code,
    String name,
    DeviceKind kind,
    List<ChannelDraft> channels,
    DeviceTargetKind targetKind,
    Long targetId,
    Double lon,
    Double lat,
    CoordinateSystem coordinateSystem,
    Boolean enabled,
    Boolean synthetic) {

  public DeviceDraft {
    channels = channels == null ? List.of() : List.copyOf(channels);
  }

  /**
   * @param name payload key: a letter, then letters, digits or '_' (at most 32)
   * @param unit unit text, e.g. {@code m}
   */
  public record ChannelDraft(String name, String unit) {}
}
