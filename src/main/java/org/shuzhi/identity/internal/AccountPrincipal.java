package org.shuzhi.identity.internal;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.shuzhi.identity.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account as kept in the (JDBC-stored, hence serialisable) session. Scope facts are a
 * snapshot taken at login; a change of role or scope takes effect at the next login.
 */
final class AccountPrincipal implements UserDetails, CredentialsContainer, Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private final String username;
  private String passwordHash;
  private final Role role;
  private final String department;
  private final Set<String> townCodes;
  private final String enterpriseUscc;
  private final boolean mayViewPlaintext;
  private final boolean enabled;
  private final Instant lockedUntil;
  private final Instant passwordChangedAt;
  private final boolean mustChangePassword;
  private final boolean totpConfirmed;

  AccountPrincipal(Account a) {
    this.username = a.username();
    this.passwordHash = a.passwordHash();
    this.role = a.role();
    this.department = a.department();
    this.townCodes = Set.copyOf(a.townCodes());
    this.enterpriseUscc = a.enterpriseUscc();
    this.mayViewPlaintext = a.mayViewPlaintext();
    this.enabled = a.enabled();
    this.lockedUntil = a.lockedUntil();
    this.passwordChangedAt = a.passwordChangedAt();
    this.mustChangePassword = a.mustChangePassword();
    this.totpConfirmed = a.totpConfirmed();
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority(role.authority()));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isAccountNonLocked() {
    return lockedUntil == null || lockedUntil.isBefore(Instant.now());
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  Role role() {
    return role;
  }

  String department() {
    return department;
  }

  Set<String> townCodes() {
    return townCodes;
  }

  String enterpriseUscc() {
    return enterpriseUscc;
  }

  boolean mayViewPlaintext() {
    return mayViewPlaintext;
  }

  Instant passwordChangedAt() {
    return passwordChangedAt;
  }

  boolean mustChangePassword() {
    return mustChangePassword;
  }

  boolean totpConfirmed() {
    return totpConfirmed;
  }
}
