package org.shuzhi.identity.internal;

import java.util.List;

/**
 * Rights as entered in a form, as text, so a bad entry can be shown back unchanged.
 *
 * @param role role name
 * @param department department code
 * @param townCodes selected town codes
 * @param enterpriseUscc USCC of the enterprise
 * @param mayViewPlaintext the plaintext permission checkbox (null when unticked)
 */
record RightsInput(
    String role,
    String department,
    List<String> townCodes,
    String enterpriseUscc,
    Boolean mayViewPlaintext) {

  RightsInput {
    townCodes = townCodes == null ? List.of() : List.copyOf(townCodes);
  }

  static RightsInput of(AccountRights r) {
    return new RightsInput(
        r.role().name(),
        r.department(),
        List.copyOf(r.townCodes()),
        r.enterpriseUscc(),
        r.mayViewPlaintext());
  }
}
