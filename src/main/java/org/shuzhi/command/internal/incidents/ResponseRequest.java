package org.shuzhi.command.internal.incidents;

import java.util.List;
import org.shuzhi.command.PlanTask;
import org.shuzhi.command.ResponseLevel;

/**
 * The officer's confirmation of a (possibly adjusted) proposal.
 *
 * @param token the proposal's token; a second confirmation with it returns the first result
 * @param level the level to respond at
 * @param teamIds teams to dispatch
 * @param supplies supplies to reserve
 * @param shelters shelter places to reserve
 * @param tasks tasks to start
 */
public record ResponseRequest(
    String token,
    ResponseLevel level,
    List<Long> teamIds,
    List<SupplyTake> supplies,
    List<ShelterTake> shelters,
    List<PlanTask> tasks) {

  public ResponseRequest {
    teamIds = teamIds == null ? List.of() : teamIds;
    supplies = supplies == null ? List.of() : supplies;
    shelters = shelters == null ? List.of() : shelters;
    tasks = tasks == null ? List.of() : tasks;
  }

  /** Units of an item to reserve in a warehouse. */
  public record SupplyTake(Long warehouseId, String itemCode, Long quantity) {}

  /** Places to reserve in a shelter. */
  public record ShelterTake(Long shelterId, Integer places) {}
}
