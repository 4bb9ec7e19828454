package org.shuzhi.platform;

import java.util.Set;

/**
 * A menu entry a module contributes to the web shell (declare it as a bean). The shell shows it
 * only to users holding one of {@code roles} (role names without the {@code ROLE_} prefix); an
 * empty set means every signed-in user.
 *
 * @param labelKey message key of the label
 * @param path where it links
 * @param order position, low first
 * @param roles roles that may see it
 */
public record NavigationEntry(String labelKey, String path, int order, Set<String> roles) {

  public NavigationEntry {
    roles = Set.copyOf(roles);
  }

  public boolean visibleTo(Set<String> userRoles) {
    return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
  }
}
