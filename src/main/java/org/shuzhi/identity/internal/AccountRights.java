package org.shuzhi.identity.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.shuzhi.identity.Role;

/**
 * What an account may do and see: its role and the facts its data scope is built from. Only the
 * facts the role uses are kept (a town list on a district leader would be misleading).
 *
 * @param role the one role
 * @param department department code, for department staff only
 * @param townCodes towns, for town staff only
 * @param enterpriseUscc the enterprise, for enterprise users only
 * @param mayViewPlaintext may reveal phone and ID numbers; never for the admin roles, which do not
 *     read business data
 */
record AccountRights(
    Role role,
    String department,
    Set<String> townCodes,
    String enterpriseUscc,
    boolean mayViewPlaintext) {

  AccountRights {
    townCodes = townCodes == null ? Set.of() : Set.copyOf(townCodes);
  }

  static AccountRights of(Account a) {
    return new AccountRights(
        a.role(), a.department(), a.townCodes(), a.enterpriseUscc(), a.mayViewPlaintext());
  }

  /** The state recorded in the audit trail, with the account's enabled flag. */
  Map<String, Object> auditState(boolean enabled) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("role", role.name());
    state.put("department", department);
    state.put("townCodes", new TreeSet<>(townCodes));
    state.put("enterpriseUscc", enterpriseUscc);
    state.put("mayViewPlaintext", mayViewPlaintext);
    state.put("enabled", enabled);
    return state;
  }
}
