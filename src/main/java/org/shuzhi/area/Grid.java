package org.shuzhi.area;

import java.util.Set;

/**
 * A grid (网格), the smallest unit of grassroots management.
 *
 * @param id database id
 * @param townCode NBS 9-digit code of its town
 * @param communityId its community (村社), or null when not assigned to one
 * @param code unique grid code
 * @param name display name
 * @param workers usernames of its grid workers (网格员)
 */
public record Grid(
    long id, String townCode, Long communityId, String code, String name, Set<String> workers) {

  public Grid {
    workers = Set.copyOf(workers);
  }
}
