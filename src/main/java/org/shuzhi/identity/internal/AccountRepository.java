package org.shuzhi.identity.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shuzhi.identity.NewAccount;
import org.shuzhi.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** identity_account through JdbcClient. */
@Repository
class AccountRepository {

  private final JdbcClient jdbc;

  AccountRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Account> find(String username) {
    return jdbc.sql("SELECT * FROM identity_account WHERE username = ?")
        .param(username)
        .query(AccountRepository::map)
        .optional();
  }

  List<Account> all() {
    return jdbc.sql("SELECT * FROM identity_account ORDER BY role, username")
        .query(AccountRepository::map)
        .list();
  }

  List<String> enabledUsernames(Role role, String department) {
    return jdbc.sql(
            """
            SELECT username FROM identity_account
            WHERE enabled AND role = :role
              AND (CAST(:department AS TEXT) IS NULL OR department = :department)
            ORDER BY username""")
        .param("role", role.name())
        .param("department", department)
        .query(String.class)
        .list();
  }

  /** The account's stored language tag ({@code zh-CN}, {@code en}), empty when none is stored. */
  Optional<String> language(String username) {
    return jdbc.sql("SELECT language FROM identity_account WHERE username = ?")
        .param(username)
        .query((rs, row) -> Optional.ofNullable(rs.getString(1)))
        .optional()
        .flatMap(l -> l);
  }

  /** Stores the language; true when it changed. */
  boolean setLanguage(String username, String languageTag) {
    return jdbc.sql(
                """
                UPDATE identity_account SET language = :language
                WHERE username = :username AND language IS DISTINCT FROM :language""")
            .param("language", languageTag)
            .param("username", username)
            .update()
        > 0;
  }

  boolean anyWithRole(Role role) {
    return jdbc.sql("SELECT count(*) FROM identity_account WHERE role = ?")
            .param(role.name())
            .query(Long.class)
            .single()
        > 0;
  }

  void insert(NewAccount a, String passwordHash) {
    jdbc.sql(
            """
            INSERT INTO identity_account (username, display_name, password_hash, role, department,
              town_codes, enterprise_uscc, must_change_password, may_view_plaintext, synthetic)
            VALUES (:username, :displayName, :hash, :role, :department, :towns, :uscc, :mustChange,
              :plaintext, :synthetic)""")
        .param("username", a.username())
        .param("displayName", a.displayName())
        .param("hash", passwordHash)
        .param("role", a.role().name())
        .param("department", a.department())
        .param(
            "towns", a.townCodes() == null ? new String[0] : a.townCodes().toArray(String[]::new))
        .param("uscc", a.enterpriseUscc())
        .param("mustChange", a.mustChangePassword())
        .param("plaintext", a.mayViewPlaintext())
        .param("synthetic", a.synthetic())
        .update();
  }

  /** Counts a failed login; locks the account when the count reaches {@code maxFailures}. */
  boolean recordFailure(String username, int maxFailures, Instant lockUntil) {
    Integer attempts =
        jdbc.sql(
                "UPDATE identity_account SET failed_attempts = failed_attempts + 1"
                    + " WHERE username = ? RETURNING failed_attempts")
            .param(username)
            .query(Integer.class)
            .optional()
            .orElse(0);
    if (attempts >= maxFailures) {
      jdbc.sql(
              "UPDATE identity_account SET locked_until = ?, failed_attempts = 0 WHERE username = ?")
          .param(Timestamp.from(lockUntil))
          .param(username)
          .update();
      return true;
    }
    return false;
  }

  void recordSuccess(String username) {
    jdbc.sql(
            "UPDATE identity_account SET failed_attempts = 0, locked_until = NULL"
                + " WHERE username = ?")
        .param(username)
        .update();
  }

  void changePassword(String username, String hash, Instant at) {
    jdbc.sql(
            "UPDATE identity_account SET password_hash = ?, password_changed_at = ?,"
                + " must_change_password = FALSE WHERE username = ?")
        .param(hash)
        .param(Timestamp.from(at))
        .param(username)
        .update();
  }

  void setTotpSecret(String username, String secret) {
    jdbc.sql(
            "UPDATE identity_account SET totp_secret = ?, totp_confirmed = FALSE,"
                + " totp_last_step = NULL WHERE username = ?")
        .param(secret)
        .param(username)
        .update();
  }

  /**
   * Marks a TOTP time step as used; false if it (or a later one) was used already, so one code
   * cannot be replayed (ASVS 6.5.1).
   */
  boolean useTotpStep(String username, long step, boolean confirm) {
    return jdbc.sql(
                "UPDATE identity_account SET totp_last_step = :step,"
                    + " totp_confirmed = totp_confirmed OR :confirm"
                    + " WHERE username = :username"
                    + " AND (totp_last_step IS NULL OR totp_last_step < :step)")
            .param("step", step)
            .param("confirm", confirm)
            .param("username", username)
            .update()
        == 1;
  }

  void update(
      String username,
      Role role,
      String department,
      Set<String> towns,
      String uscc,
      boolean plaintext,
      boolean enabled) {
    jdbc.sql(
            """
            UPDATE identity_account SET role = :role, department = :department, town_codes = :towns,
              enterprise_uscc = :uscc, may_view_plaintext = :plaintext, enabled = :enabled
            WHERE username = :username""")
        .param("role", role.name())
        .param("department", department)
        .param("towns", towns.toArray(String[]::new))
        .param("uscc", uscc)
        .param("plaintext", plaintext)
        .param("enabled", enabled)
        .param("username", username)
        .update();
  }

  void unlock(String username) {
    recordSuccess(username);
  }

  /**
   * Accounts whose username or display name contains {@code text} (case-insensitive), optionally of
   * one role; both criteria may be null.
   */
  List<Account> search(String text, Role role) {
    String pattern =
        text == null || text.isBlank()
            ? null
            : "%"
                + text.trim()
                    .toLowerCase()
                    .replace("\\", "\\\\")
                    .replace("%", "\\%")
                    .replace("_", "\\_")
                + "%";
    return jdbc.sql(
            """
            SELECT * FROM identity_account
            WHERE (CAST(:pattern AS TEXT) IS NULL OR lower(username) LIKE :pattern
                   OR lower(display_name) LIKE :pattern)
              AND (CAST(:role AS TEXT) IS NULL OR role = :role)
            ORDER BY role, username
            LIMIT 500""")
        .param("pattern", pattern)
        .param("role", role == null ? null : role.name())
        .query(AccountRepository::map)
        .list();
  }

  /**
   * Locks the enabled accounts of a role until the transaction ends and counts them, so two admins
   * cannot each remove "another" holder of a role and leave none.
   */
  int lockEnabledWithRole(Role role) {
    return jdbc.sql("SELECT id FROM identity_account WHERE role = ? AND enabled FOR UPDATE")
        .param(role.name())
        .query(Long.class)
        .list()
        .size();
  }

  void setEnabled(String username, boolean enabled) {
    jdbc.sql("UPDATE identity_account SET enabled = ? WHERE username = ?")
        .param(enabled)
        .param(username)
        .update();
  }

  /** An administrator's reset: a new password that must be changed at the next login. */
  void resetPassword(String username, String hash, Instant at) {
    jdbc.sql(
            "UPDATE identity_account SET password_hash = ?, password_changed_at = ?,"
                + " must_change_password = TRUE WHERE username = ?")
        .param(hash)
        .param(Timestamp.from(at))
        .param(username)
        .update();
  }

  /** Forgets the second factor; the owner enrols a new authenticator at the next login. */
  void clearTotp(String username) {
    jdbc.sql(
            "UPDATE identity_account SET totp_secret = NULL, totp_confirmed = FALSE,"
                + " totp_last_step = NULL WHERE username = ?")
        .param(username)
        .update();
  }

  private static Account map(ResultSet rs, int row) throws SQLException {
    Array towns = rs.getArray("town_codes");
    Set<String> townCodes =
        towns == null ? Set.of() : new HashSet<>(Arrays.asList((String[]) towns.getArray()));
    long step = rs.getLong("totp_last_step");
    Long lastStep = rs.wasNull() ? null : step;
    return new Account(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("password_hash"),
        Role.valueOf(rs.getString("role")),
        rs.getString("department"),
        townCodes,
        rs.getString("enterprise_uscc"),
        rs.getBoolean("may_view_plaintext"),
        rs.getBoolean("enabled"),
        rs.getInt("failed_attempts"),
        instant(rs.getTimestamp("locked_until")),
        instant(rs.getTimestamp("password_changed_at")),
        rs.getBoolean("must_change_password"),
        rs.getString("totp_secret"),
        rs.getBoolean("totp_confirmed"),
        lastStep,
        rs.getBoolean("synthetic"));
  }

  private static Instant instant(Timestamp ts) {
    return ts == null ? null : ts.toInstant();
  }
}
