package org.shuzhi.identity.internal;

import java.util.Optional;
import java.util.stream.Collectors;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Grid;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Resolves the current user and their data scope from the security context. */
@Component
class SecurityCurrentUsers implements CurrentUsers {

  private final AccountRepository accounts;
  private final AreaDirectory areas;

  SecurityCurrentUsers(AccountRepository accounts, AreaDirectory areas) {
    this.accounts = accounts;
    this.areas = areas;
  }

  @Override
  public Optional<CurrentUser> find() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated()) {
      return Optional.empty();
    }
    if (auth.getPrincipal() instanceof AccountPrincipal p) {
      return Optional.of(
          toUser(
              p.getUsername(),
              p.role(),
              p.department(),
              p.townCodes(),
              p.enterpriseUscc(),
              p.mayViewPlaintext()));
    }
    // Any other principal (e.g. a test's mock user): the stored account decides, if there is one.
    return accounts.find(auth.getName()).map(this::toUser);
  }

  @Override
  public CurrentUser require() {
    return find().orElseThrow(() -> new AccessDeniedException("not signed in"));
  }

  /** The account as a {@link CurrentUser}, with its data scope. */
  CurrentUser toUser(Account a) {
    return toUser(
        a.username(),
        a.role(),
        a.department(),
        a.townCodes(),
        a.enterpriseUscc(),
        a.mayViewPlaintext());
  }

  private CurrentUser toUser(
      String username,
      Role role,
      String department,
      java.util.Set<String> towns,
      String uscc,
      boolean plaintext) {
    DataScope scope =
        switch (role) {
          case DISTRICT_LEADER, DEPARTMENT_STAFF -> DataScope.district();
          case TOWN_STAFF -> DataScope.towns(towns);
          case GRID_WORKER -> {
            var grids = areas.gridsOfWorker(username);
            yield DataScope.grids(
                grids.stream().map(Grid::id).collect(Collectors.toSet()),
                grids.stream().map(Grid::townCode).collect(Collectors.toSet()));
          }
          case ENTERPRISE_USER -> DataScope.enterprise(uscc);
          case SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN -> DataScope.none();
        };
    return new CurrentUser(username, role, department, scope, plaintext);
  }
}
