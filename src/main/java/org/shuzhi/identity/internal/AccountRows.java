package org.shuzhi.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.identity.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Account lists for the admin pages: search, and the scope of each account in words. */
@Component
class AccountRows {

  /** The district's local time, whatever the server's zone. */
  private static final ZoneId LOCAL = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(LOCAL);

  private final AccountRepository accounts;
  private final AreaDirectory areas;
  private final MessageSource messages;
  private final Clock clock;

  AccountRows(
      AccountRepository accounts, AreaDirectory areas, MessageSource messages, Clock clock) {
    this.accounts = accounts;
    this.areas = areas;
    this.messages = messages;
    this.clock = clock;
  }

  /** Accounts matching the name text and role (either may be blank), at most 500. */
  List<AccountRow> search(String text, String role, Locale locale) {
    Role wanted = null;
    if (role != null && !role.isBlank()) {
      try {
        wanted = Role.valueOf(role.trim());
      } catch (IllegalArgumentException unknown) {
        return List.of();
      }
    }
    return accounts.search(text, wanted).stream().map(a -> row(a, locale)).toList();
  }

  AccountRow row(Account a, Locale locale) {
    Instant now = clock.instant();
    return new AccountRow(
        a.username(),
        a.displayName(),
        a.role(),
        scope(a, locale),
        a.enabled(),
        a.lockedAt(now) ? TIME.format(a.lockedUntil()) : null,
        a.passwordChangedAt() == null ? null : TIME.format(a.passwordChangedAt()),
        a.mustChangePassword(),
        a.totpConfirmed(),
        a.mayViewPlaintext(),
        a.synthetic());
  }

  private String scope(Account a, Locale locale) {
    return switch (a.role()) {
      case DISTRICT_LEADER -> message("identity.admin.scope.district", locale);
      case DEPARTMENT_STAFF ->
          Department.of(a.department())
              .map(d -> message(d.messageKey(), locale))
              .orElse(String.valueOf(a.department()));
      case TOWN_STAFF ->
          a.townCodes().stream()
              .sorted()
              .map(code -> areas.town(code).map(Town::name).orElse(code))
              .collect(Collectors.joining("、"));
      case GRID_WORKER ->
          messages.getMessage(
              "identity.admin.scope.grids",
              new Object[] {areas.gridsOfWorker(a.username()).size()},
              locale);
      case ENTERPRISE_USER -> a.enterpriseUscc();
      case SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN ->
          message("identity.admin.scope.none", locale);
    };
  }

  private String message(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
