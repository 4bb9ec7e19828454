package org.shuzhi.monitoring;

import java.util.List;
import java.util.Optional;

/**
 * Read access to the device registry for other modules and the alarm rules (no data scope: callers
 * that show devices to users apply their own). Served from memory; cheap per reading.
 */
public interface Devices {

  Optional<Device> device(long id);

  Optional<Device> byCode(String code);

  /** Every registered device, ordered by id. */
  List<Device> all();
}
