package org.shuzhi.monitoring.internal;

import java.util.List;

/** One page of devices and the total (public so templates can read it). */
public record DevicePage(List<DeviceRow> rows, long total, DeviceQuery query) {
  public int pages() {
    return (int) Math.max(1, (total + query.size() - 1) / query.size());
  }
}
