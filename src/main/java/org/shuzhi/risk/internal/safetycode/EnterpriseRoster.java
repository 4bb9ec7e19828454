package org.shuzhi.risk.internal.safetycode;

import java.util.List;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.springframework.stereotype.Component;

/** Pages through every registered enterprise for the full recompute, through the registry's API. */
@Component
class EnterpriseRoster {

  /** What the safety code copies from the registry. */
  record Entry(
      long id,
      String uscc,
      String name,
      String townCode,
      Double lon,
      Double lat,
      boolean synthetic) {}

  private final EnterpriseDirectory enterprises;

  EnterpriseRoster(EnterpriseDirectory enterprises) {
    this.enterprises = enterprises;
  }

  List<Entry> after(long afterId, int limit) {
    return enterprises.page(afterId, limit).stream()
        .map(
            e ->
                new Entry(
                    e.id(), e.uscc(), e.name(), e.townCode(), e.lon(), e.lat(), e.synthetic()))
        .toList();
  }
}
