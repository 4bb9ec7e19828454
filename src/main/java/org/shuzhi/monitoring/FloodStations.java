package org.shuzhi.monitoring;

import java.util.List;
import java.util.Optional;

/** Read access to flood stations for other modules and the alarm rules (no data scope). */
public interface FloodStations {

  Optional<FloodStation> station(long id);

  /** Every station, ordered by code. */
  List<FloodStation> stations();
}
