package org.shuzhi.monitoring.internal.ingest;

import java.util.Map;

/**
 * What ingestion needs to know about a device, held in memory.
 *
 * @param tokenHash SHA-256 (hex) of its token
 * @param channelNos channel number by payload key
 * @param channelNames payload key by channel number (index = number; unused numbers are null)
 */
public record KnownDevice(
    long id,
    String code,
    String tokenHash,
    boolean enabled,
    Map<String, Short> channelNos,
    String[] channelNames) {

  public KnownDevice {
    channelNos = Map.copyOf(channelNos);
  }

  String channelName(short no) {
    return no >= 0 && no < channelNames.length ? channelNames[no] : null;
  }
}
