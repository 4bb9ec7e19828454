package org.shuzhi.inspection.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Grid;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseSummary;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Places inspections: the enterprise's coordinates and the grid covering them, kept on each
 * inspection (a snapshot, like its name and town) for the grid filter and the map. Ad hoc
 * inspections are placed when started; planned ones after each plan run, in bulk; rows of an older
 * database once at start-up.
 */
@Component
class InspectionLocations {

  /** Enterprises looked up per read of the registry. */
  static final int BATCH = 1000;

  private final InspectionRepository repository;
  private final EnterpriseDirectory enterprises;
  private final AreaDirectory areas;

  InspectionLocations(
      InspectionRepository repository, EnterpriseDirectory enterprises, AreaDirectory areas) {
    this.repository = repository;
    this.enterprises = enterprises;
    this.areas = areas;
  }

  Place of(EnterpriseSummary enterprise) {
    if (enterprise.lon() == null || enterprise.lat() == null) {
      return Place.UNKNOWN;
    }
    Long grid = areas.gridAt(enterprise.lon(), enterprise.lat()).map(Grid::id).orElse(null);
    return new Place(enterprise.lon(), enterprise.lat(), grid);
  }

  /**
   * Places every inspection not placed yet (an enterprise no longer registered, or without
   * coordinates, leaves it without a place but counts as looked up).
   *
   * @return the number of enterprises looked up
   */
  int locateMissing() {
    List<String> pending = repository.unlocatedEnterprises();
    if (pending.isEmpty()) {
      return 0;
    }
    Map<String, Place> places = new HashMap<>();
    for (int from = 0; from < pending.size(); from += BATCH) {
      enterprises
          .byUsccs(pending.subList(from, Math.min(from + BATCH, pending.size())))
          .forEach(e -> places.put(e.uscc(), of(e)));
    }
    pending.forEach(uscc -> places.putIfAbsent(uscc, Place.UNKNOWN));
    repository.locate(places);
    return places.size();
  }

  @EventListener(ApplicationReadyEvent.class)
  void placeOlderInspections() {
    locateMissing();
  }
}
