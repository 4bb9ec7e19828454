package org.shuzhi.monitoring.internal;

import java.util.ArrayList;
import java.util.List;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.monitoring.DeviceDraft;
import org.shuzhi.monitoring.DeviceKind;
import org.shuzhi.monitoring.DeviceTargetKind;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.NumberInput;

/**
 * The device form as text, so a bad entry is shown back unchanged. Channels are written {@code
 * name:unit} separated by commas or semicolons, e.g. {@code level:m, temperature:℃}.
 */
public record DeviceForm(
    String code,
    String name,
    String kind,
    String channels,
    String targetKind,
    String targetId,
    String lon,
    String lat,
    String coordinateSystem,
    Boolean enabled,
    Integer version) {

  static DeviceForm empty() {
    return new DeviceForm(null, null, null, null, null, null, null, null, "WGS84", true, null);
  }

  static DeviceForm of(DeviceRow r) {
    return new DeviceForm(
        r.code(),
        r.name(),
        r.kind().name(),
        channelText(r),
        r.targetKind().name(),
        String.valueOf(r.targetId()),
        String.valueOf(r.lon()),
        String.valueOf(r.lat()),
        "WGS84",
        r.enabled(),
        r.version());
  }

  static String channelText(DeviceRow r) {
    return String.join(", ", r.channels().stream().map(c -> c.name() + ":" + c.unit()).toList());
  }

  DeviceDraft toDraft() {
    return new DeviceDraft(
        code,
        name,
        parse(DeviceKind.class, kind, "kind"),
        parseChannels(channels),
        parse(DeviceTargetKind.class, targetKind, "targetKind"),
        targetId == null || targetId.isBlank()
            ? null
            : NumberInput.integer(targetId, "targetId").longValue(),
        NumberInput.decimalNumber(lon, "lon"),
        NumberInput.decimalNumber(lat, "lat"),
        parse(CoordinateSystem.class, coordinateSystem, "coordinateSystem"),
        enabled == null || enabled,
        false);
  }

  static List<DeviceDraft.ChannelDraft> parseChannels(String text) {
    List<DeviceDraft.ChannelDraft> result = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return result;
    }
    for (String part : text.split("[,;，；\\n]")) {
      if (part.isBlank()) {
        continue;
      }
      int colon = part.indexOf(':') >= 0 ? part.indexOf(':') : part.indexOf('：');
      result.add(
          colon < 0
              ? new DeviceDraft.ChannelDraft(part.trim(), "")
              : new DeviceDraft.ChannelDraft(
                  part.substring(0, colon).trim(), part.substring(colon + 1).trim()));
    }
    return result;
  }

  static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(field, "monitoring.value.unknown", text);
    }
  }
}
