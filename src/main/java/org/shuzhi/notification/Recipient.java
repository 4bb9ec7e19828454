package org.shuzhi.notification;

import java.util.Objects;
import org.shuzhi.identity.Role;

/**
 * Someone a notice is addressed to in addition to its subscribers, e.g. the next level of an
 * escalation. Explicit recipients get the notice in the app and on the channels of their enabled
 * subscriptions whatever those subscriptions filter, but only when their data scope covers the
 * notice's town (or enterprise).
 *
 * @param kind who is meant
 * @param name the username, the role name, or the department code
 * @param department for {@link Kind#ROLE}: only holders of the role in this department, or null
 */
public record Recipient(Kind kind, String name, String department) {

  public enum Kind {
    /** One account, by username. */
    USER,
    /** Every enabled account holding a role (optionally of one department). */
    ROLE,
    /** A department: its webhooks and its staff. */
    DEPARTMENT,
    /**
     * A person without an account, by phone number (e.g. someone on duty): a text message (SMS). No
     * data scope applies: the caller chose the person for the matter.
     */
    PHONE
  }

  /** Digits, an optional leading +, and dashes: what the SMS channel can address. */
  private static final java.util.regex.Pattern PHONE_NUMBER =
      java.util.regex.Pattern.compile("\\+?[0-9][0-9-]{4,19}");

  public Recipient {
    Objects.requireNonNull(kind, "kind");
    if (name == null || name.isBlank() || name.contains(":")) {
      throw new IllegalArgumentException("recipient name: " + name);
    }
    if (kind == Kind.ROLE) {
      Role.valueOf(name); // an unknown role is a programming error, caught here, not at delivery
    }
    if (kind == Kind.PHONE && !PHONE_NUMBER.matcher(name).matches()) {
      throw new IllegalArgumentException("recipient phone number: " + name);
    }
    if (department != null && (department.isBlank() || department.contains(":"))) {
      throw new IllegalArgumentException("recipient department: " + department);
    }
  }

  public static Recipient user(String username) {
    return new Recipient(Kind.USER, username, null);
  }

  public static Recipient role(Role role) {
    return new Recipient(Kind.ROLE, role.name(), null);
  }

  public static Recipient role(Role role, String department) {
    return new Recipient(Kind.ROLE, role.name(), department);
  }

  public static Recipient department(String code) {
    return new Recipient(Kind.DEPARTMENT, code, null);
  }

  /** A phone number (mobile or landline, e.g. {@code 13800138000}), reached by SMS. */
  public static Recipient phone(String number) {
    return new Recipient(Kind.PHONE, number, null);
  }

  /** The stored form, e.g. {@code role:DEPARTMENT_STAFF:EMERGENCY}. */
  public String text() {
    return kind.name().toLowerCase(java.util.Locale.ROOT)
        + ":"
        + name
        + (department == null ? "" : ":" + department);
  }

  /** Reads {@link #text()} back. */
  public static Recipient parse(String text) {
    String[] parts = text.split(":", -1);
    if (parts.length < 2 || parts.length > 3) {
      throw new IllegalArgumentException("recipient: " + text);
    }
    return new Recipient(
        Kind.valueOf(parts[0].toUpperCase(java.util.Locale.ROOT)),
        parts[1],
        parts.length == 3 ? parts[2] : null);
  }
}
