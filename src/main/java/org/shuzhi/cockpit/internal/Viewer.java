package org.shuzhi.cockpit.internal;

import java.util.Locale;
import java.util.Set;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.Role;

/**
 * Who looks at a cockpit: the user with the scope of the cockpit shown (their own, or one town of
 * it when a leader opens a town's cockpit), the language, and the town when narrowed (links then
 * carry it as a filter).
 *
 * @param user the user, scope already narrowed
 * @param locale language of labels
 * @param town the town of a town cockpit opened by choice, or null
 */
record Viewer(CurrentUser user, Locale locale, String town) {

  /**
   * Business roles with an area to oversee. Enterprise users and the three admin roles have no
   * cockpit (an enterprise's own figures are on its pages; admins read no business data).
   */
  static final Set<Role> ROLES =
      Set.of(Role.DISTRICT_LEADER, Role.DEPARTMENT_STAFF, Role.TOWN_STAFF, Role.GRID_WORKER);

  /**
   * The viewer of the cockpit of {@code town} (null: the user's whole scope). A town outside the
   * user's scope is refused; grid workers keep their grids, which lie within the town.
   *
   * @throws IllegalArgumentException when the town is outside the user's scope
   */
  static Viewer of(CurrentUser user, Locale locale, String town) {
    if (town == null || town.isBlank()) {
      return new Viewer(user, locale, null);
    }
    if (!user.scope().coversTown(town)) {
      throw new IllegalArgumentException("town outside the user's scope");
    }
    DataScope narrowed =
        user.scope().kind() == DataScope.Kind.GRIDS ? user.scope() : DataScope.towns(Set.of(town));
    return new Viewer(
        new CurrentUser(
            user.username(), user.role(), user.department(), narrowed, user.mayViewPlaintext()),
        locale,
        town);
  }

  DataScope scope() {
    return user.scope();
  }

  /** What viewers share the same rendering of a tile. */
  Audience audience() {
    return new Audience(user.scope(), locale, town);
  }

  record Audience(DataScope scope, Locale locale, String town) {}
}
