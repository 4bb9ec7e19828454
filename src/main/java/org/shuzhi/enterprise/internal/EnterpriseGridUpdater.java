package org.shuzhi.enterprise.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Grid;
import org.shuzhi.area.GridsChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each enterprise's grid (derived from its location, and the basis of grid workers' data
 * scope) right when grids are imported, replaced or deleted. Idempotent: it only writes rows whose
 * grid really changed, so a redelivered event does nothing.
 */
@Component
class EnterpriseGridUpdater {

  private final EnterpriseRepository repository;
  private final AreaDirectory areas;

  EnterpriseGridUpdater(EnterpriseRepository repository, AreaDirectory areas) {
    this.repository = repository;
    this.areas = areas;
  }

  @ApplicationModuleListener
  void on(GridsChanged event) {
    List<Long> grids = new ArrayList<>(event.changedGridIds());
    grids.addAll(event.deletedGridIds());
    for (Enterprise e : repository.locatedIn(event.townCode(), grids)) {
      Long grid = areas.gridAt(e.lon(), e.lat()).map(Grid::id).orElse(null);
      if (!Objects.equals(grid, e.gridId())) {
        repository.updateGrid(e.id(), grid);
      }
    }
  }
}
