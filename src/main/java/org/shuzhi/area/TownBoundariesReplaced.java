package org.shuzhi.area;

import java.time.Instant;
import java.util.List;

/**
 * Published after an administrator replaced town boundaries (within the replacing transaction).
 *
 * @param townCodes NBS 9-digit codes of the towns whose boundary changed
 * @param actor username of the administrator
 * @param at when
 */
public record TownBoundariesReplaced(List<String> townCodes, String actor, Instant at) {

  public TownBoundariesReplaced {
    townCodes = List.copyOf(townCodes);
  }
}
