package org.shuzhi.command.internal.incidents;

import java.time.Instant;
import java.util.List;
import org.shuzhi.command.ResponseLevel;

/**
 * What a confirmed response created (all in one transaction).
 *
 * @param token the proposal's token
 * @param incidentId the incident
 * @param level the level responded at
 * @param dispatchIds ledger ids of the team dispatches
 * @param supplyReservationIds ledger ids of the supply reservations
 * @param shelterReservationIds ledger ids of the shelter reservations
 * @param taskIds the tasks started
 * @param recipients who was notified
 * @param confirmedAt when
 * @param confirmedBy who
 * @param repeated true when this is the stored result of an earlier confirmation with the token
 */
public record ResponseResult(
    String token,
    long incidentId,
    ResponseLevel level,
    List<Long> dispatchIds,
    List<Long> supplyReservationIds,
    List<Long> shelterReservationIds,
    List<Long> taskIds,
    List<String> recipients,
    Instant confirmedAt,
    String confirmedBy,
    boolean repeated) {

  ResponseResult asRepeat() {
    return new ResponseResult(
        token,
        incidentId,
        level,
        dispatchIds,
        supplyReservationIds,
        shelterReservationIds,
        taskIds,
        recipients,
        confirmedAt,
        confirmedBy,
        true);
  }
}
