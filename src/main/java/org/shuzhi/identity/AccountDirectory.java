package org.shuzhi.identity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Looks up other people's accounts by name or role, for modules that act on someone's behalf when
 * that person is not signed in (e.g. notifications, which must check a recipient's current data
 * scope at delivery time).
 */
public interface AccountDirectory {

  /** The enabled account as services see it (role, department, data scope); empty when unknown. */
  Optional<CurrentUser> find(String username);

  /**
   * Usernames of the enabled accounts holding {@code role}, only of {@code department} when it is
   * not null.
   */
  List<String> usernames(Role role, String department);

  /**
   * The language the person prefers for what is sent to them (notifications): the one they last
   * picked in the application while signed in, else zh-CN. Also for unknown usernames.
   */
  Locale language(String username);
}
