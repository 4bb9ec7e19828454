package org.shuzhi.enterprise.internal;

import java.util.Optional;
import org.shuzhi.enterprise.EnterpriseContacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link EnterpriseContacts} from the registry's contact phone and legal representative. */
@Component
class EnterpriseContactLookup implements EnterpriseContacts {

  private final JdbcClient jdbc;

  EnterpriseContactLookup(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Contact> contact(String uscc) {
    if (uscc == null) {
      return Optional.empty();
    }
    return jdbc.sql(
            "SELECT name, legal_representative, contact_phone FROM enterprise"
                + " WHERE uscc = ? AND contact_phone IS NOT NULL AND contact_phone <> ''")
        .param(uscc)
        .query((rs, n) -> new Contact(rs.getString(1), rs.getString(2), rs.getString(3)))
        .optional();
  }
}
