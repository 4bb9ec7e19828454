package org.shuzhi.area;

import java.time.Instant;
import java.util.List;

/**
 * Published when grid boundaries were created, replaced or deleted (within the changing
 * transaction), so that modules which store a record's grid can derive it again.
 *
 * @param townCode NBS 9-digit code of the town whose grids changed
 * @param changedGridIds grids created or whose boundary was replaced
 * @param deletedGridIds grids deleted
 * @param at when
 */
public record GridsChanged(
    String townCode, List<Long> changedGridIds, List<Long> deletedGridIds, Instant at) {

  public GridsChanged {
    changedGridIds = List.copyOf(changedGridIds);
    deletedGridIds = List.copyOf(deletedGridIds);
  }
}
