package org.shuzhi.risk;

import java.util.Collection;
import java.util.Map;

/**
 * Port served by the inspection module: the number of open inspection findings per enterprise, an
 * input of the safety code. Without a bean of this type the safety code uses {@link #none()}, so
 * every enterprise has 0 findings.
 */
public interface InspectionFindings {

  /** Open findings per USCC, for many enterprises in one call; absent means 0. */
  Map<String, Long> openFindingsOf(Collection<String> usccs);

  static InspectionFindings none() {
    return usccs -> Map.of();
  }
}
