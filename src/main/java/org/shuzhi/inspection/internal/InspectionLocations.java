package org.shuzhi.inspection.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  /** Up to this many enterprises are looked up one by one; more, by one pass over the registry. */
  static final int ONE_BY_ONE = 200;

  static final int PAGE = 1000;

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
    if (pending.size() <= ONE_BY_ONE) {
      for (String uscc : pending) {
        places.put(uscc, enterprises.byUscc(uscc).map(this::of).orElse(Place.UNKNOWN));
      }
    } else {
      Set<String> wanted = new HashSet<>(pending);
      long after = 0;
      List<EnterpriseSummary> page;
      do {
        page = enterprises.page(after, PAGE);
        for (EnterpriseSummary e : page) {
          if (wanted.contains(e.uscc())) {
            places.put(e.uscc(), of(e));
          }
          after = e.id();
        }
      } while (page.size() == PAGE && places.size() < wanted.size());
      pending.forEach(uscc -> places.putIfAbsent(uscc, Place.UNKNOWN));
    }
    repository.locate(places);
    return places.size();
  }

  @EventListener(ApplicationReadyEvent.class)
  void placeOlderInspections() {
    locateMissing();
  }
}
