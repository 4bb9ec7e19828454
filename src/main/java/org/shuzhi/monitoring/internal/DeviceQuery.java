package org.shuzhi.monitoring.internal;

import org.shuzhi.monitoring.DeviceKind;
import org.shuzhi.monitoring.DeviceTargetKind;

/**
 * A search of the device registry; all filters optional (public so templates can read it).
 *
 * @param text part of the code or name
 * @param page zero-based page
 * @param size page size (capped at 200)
 */
public record DeviceQuery(
    String townCode,
    DeviceKind kind,
    DeviceTargetKind targetKind,
    String text,
    int page,
    int size) {

  public DeviceQuery {
    page = Math.max(0, page);
    size = size <= 0 ? 20 : Math.min(size, 200);
    townCode = townCode == null || townCode.isBlank() ? null : townCode.trim();
    text = text == null || text.isBlank() ? null : text.trim();
  }
}
