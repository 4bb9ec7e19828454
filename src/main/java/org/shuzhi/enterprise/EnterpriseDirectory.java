package org.shuzhi.enterprise;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Read access for other modules, and bulk registration for the demo district. */
public interface EnterpriseDirectory {

  Optional<EnterpriseSummary> byUscc(String uscc);

  /**
   * The registered enterprises among these USCCs (unknown ones are left out), in one read: for
   * lists that need the registry's current town or grid of many enterprises. No data scope applies.
   */
  List<EnterpriseSummary> byUsccs(Collection<String> usccs);

  long count();

  /**
   * All enterprises in id order, a page at a time (keyset paging: pass the last id seen, 0 to
   * start), for bulk work such as recomputing every safety code. No data scope applies.
   */
  List<EnterpriseSummary> page(long afterId, int limit);

  /**
   * Registers enterprises as one batch: all are validated first and nothing is stored if any is
   * invalid. Intended for trusted loaders (demo, migrations); no data scope applies.
   */
  void registerAll(List<EnterpriseDraft> drafts, String actor);
}
