package org.shuzhi.monitoring.internal;

import java.time.Instant;
import java.util.List;
import org.shuzhi.monitoring.Channel;
import org.shuzhi.monitoring.Device;
import org.shuzhi.monitoring.DeviceKind;
import org.shuzhi.monitoring.DeviceTargetKind;

/** A row of {@code monitoring_device} with its channels. */
public record DeviceRow(
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
    String tokenHash,
    boolean enabled,
    boolean synthetic,
    Instant updatedAt,
    String updatedBy,
    int version) {

  public Device toDevice() {
    return new Device(
        id,
        code,
        name,
        kind,
        channels,
        targetKind,
        targetId,
        targetName,
        enterpriseUscc,
        lon,
        lat,
        townCode,
        gridId,
        enabled,
        synthetic);
  }
}
