package org.shuzhi.identity.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.identity.KnownEnterprises;
import org.shuzhi.identity.Role;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Checks entered rights against what the role needs: a department for department staff, at least
 * one known town for town staff, a registered enterprise for enterprise users. Facts the role does
 * not use are dropped; all problems are reported together.
 */
@Component
class AccountRightsRules {

  private final AreaDirectory areas;
  private final ObjectProvider<KnownEnterprises> enterprises;

  AccountRightsRules(AreaDirectory areas, ObjectProvider<KnownEnterprises> enterprises) {
    this.areas = areas;
    this.enterprises = enterprises;
  }

  /**
   * The rights to store.
   *
   * @param assignable the roles the caller may give (三员分立: only the security admin assigns the
   *     admin roles)
   * @throws InvalidInputException listing every problem
   */
  AccountRights check(RightsInput input, Set<Role> assignable) {
    Role role = role(input.role());
    if (role == null) {
      throw new InvalidInputException("role", "identity.admin.role.required");
    }
    if (!assignable.contains(role)) {
      throw new InvalidInputException("role", "identity.admin.role.notAllowed");
    }
    List<Violation> problems = new ArrayList<>();
    String department = null;
    Set<String> towns = Set.of();
    String uscc = null;
    switch (role) {
      case DEPARTMENT_STAFF -> {
        department = Department.of(input.department()).map(Department::name).orElse(null);
        if (department == null) {
          problems.add(new Violation("department", "identity.admin.department.required"));
        }
      }
      case TOWN_STAFF -> {
        towns = towns(input.townCodes(), problems);
      }
      case ENTERPRISE_USER -> {
        uscc = uscc(input.enterpriseUscc(), problems);
      }
      default -> {
        // District leaders read everything, grid workers get their grids from the area module,
        // the admin roles read no business data: no scope facts to keep.
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    boolean plaintext = !role.admin() && Boolean.TRUE.equals(input.mayViewPlaintext());
    return new AccountRights(role, department, towns, uscc, plaintext);
  }

  private static Role role(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Role.valueOf(name.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private Set<String> towns(List<String> codes, List<Violation> problems) {
    Set<String> towns = new LinkedHashSet<>();
    for (String code : codes) {
      if (code == null || code.isBlank()) {
        continue;
      }
      String trimmed = code.trim();
      var town = areas.town(trimmed);
      if (town.isPresent()) {
        towns.add(town.get().code()); // the 9-digit code, whichever form was entered
      } else {
        problems.add(new Violation("townCodes", "identity.admin.towns.unknown", trimmed));
      }
    }
    if (towns.isEmpty() && problems.isEmpty()) {
      problems.add(new Violation("townCodes", "identity.admin.towns.required"));
    }
    return towns;
  }

  private String uscc(String entered, List<Violation> problems) {
    if (entered == null || entered.isBlank()) {
      problems.add(new Violation("enterpriseUscc", "identity.admin.uscc.required"));
      return null;
    }
    String uscc = entered.trim().toUpperCase(Locale.ROOT);
    KnownEnterprises registry = enterprises.getIfAvailable();
    if (registry == null) {
      problems.add(new Violation("enterpriseUscc", "identity.admin.uscc.registryMissing"));
    } else if (!registry.registered(uscc)) {
      problems.add(new Violation("enterpriseUscc", "identity.admin.uscc.unknown", uscc));
    }
    return uscc;
  }
}
