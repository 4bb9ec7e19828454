package org.shuzhi.warning.internal;

import java.util.List;
import java.util.Set;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Who does what with warnings.
 *
 * <ul>
 *   <li><b>Publish, update, cancel</b> (and draft): the district leader (区领导) for any sending
 *       department, and department staff (部门人员) of a configured sending department (default the
 *       emergency management bureau, {@code EMERGENCY}; e.g. also a water or meteorological
 *       department) in their department's name. 《突发事件应对法》 Art. 43: the people's government (and its
 *       departments on its behalf) issues warnings.
 *   <li><b>Draft only</b>: town staff (镇街人员), for their own towns — the town prepares, a publisher
 *       checks and publishes.
 *   <li><b>Read</b>: everyone reads published, updated and cancelled warnings (public); drafts are
 *       read by publishers and by town staff of the towns they concern.
 * </ul>
 */
@Component
class WarningRights {

  private final WarningProperties properties;

  WarningRights(WarningProperties properties) {
    this.properties = properties;
  }

  boolean mayPublish(CurrentUser user) {
    return user.role() == Role.DISTRICT_LEADER
        || (user.role() == Role.DEPARTMENT_STAFF
            && properties.unitCodes().containsKey(user.department()));
  }

  boolean mayDraft(CurrentUser user) {
    return mayPublish(user) || user.role() == Role.TOWN_STAFF;
  }

  /** The departments the user may name as sender (all configured ones, or their own). */
  List<String> sendersFor(CurrentUser user) {
    if (user.role() == Role.DEPARTMENT_STAFF) {
      return properties.unitCodes().containsKey(user.department())
          ? List.of(user.department())
          : List.of();
    }
    return List.copyOf(properties.unitCodes().keySet());
  }

  /** Whether the user may write a warning concerning these towns (empty = whole district). */
  boolean mayWriteFor(CurrentUser user, List<String> townCodes) {
    if (mayPublish(user)) {
      return true;
    }
    return user.role() == Role.TOWN_STAFF
        && !townCodes.isEmpty()
        && townCodes.stream().allMatch(user.scope()::coversTown);
  }

  /** Which drafts the user reads. */
  WarningRepository.DraftVisibility drafts(CurrentUser user) {
    if (mayPublish(user)) {
      return new WarningRepository.DraftVisibility(true, List.of());
    }
    if (user.role() == Role.TOWN_STAFF) {
      return new WarningRepository.DraftVisibility(false, List.copyOf(user.scope().townCodes()));
    }
    return WarningRepository.DraftVisibility.none();
  }

  boolean maySee(CurrentUser user, WarningRow w) {
    if (w.status().isPublic() || mayPublish(user)) {
      return true;
    }
    Set<String> towns = user.scope().townCodes();
    return user.role() == Role.TOWN_STAFF && w.townCodes().stream().anyMatch(towns::contains);
  }
}
