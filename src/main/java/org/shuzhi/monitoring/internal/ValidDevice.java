package org.shuzhi.monitoring.internal;

import java.util.List;
import org.shuzhi.monitoring.DeviceDraft;
import org.shuzhi.monitoring.DeviceKind;
import org.shuzhi.monitoring.DeviceTargetKind;

/** A device draft that passed validation, with what was derived (target name, town, grid). */
record ValidDevice(
    String code,
    String name,
    DeviceKind kind,
    List<DeviceDraft.ChannelDraft> channels,
    DeviceTargetKind targetKind,
    long targetId,
    String targetName,
    String enterpriseUscc,
    double lon,
    double lat,
    String townCode,
    Long gridId,
    boolean enabled,
    boolean synthetic) {}
