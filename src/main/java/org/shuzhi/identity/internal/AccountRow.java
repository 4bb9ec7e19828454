package org.shuzhi.identity.internal;

import org.shuzhi.identity.Role;

/**
 * One line of the account lists, ready to show.
 *
 * @param username login name
 * @param displayName shown name
 * @param role the role
 * @param scope what the account sees, in words
 * @param enabled may sign in
 * @param lockedUntil local time the lockout ends, null when not locked
 * @param passwordChangedAt local time of the last password change
 * @param mustChangePassword the password is initial or was reset
 * @param mfaEnrolled has a confirmed authenticator
 * @param mayViewPlaintext may reveal phone and ID numbers
 * @param synthetic a demo account
 */
record AccountRow(
    String username,
    String displayName,
    Role role,
    String scope,
    boolean enabled,
    String lockedUntil,
    String passwordChangedAt,
    boolean mustChangePassword,
    boolean mfaEnrolled,
    boolean mayViewPlaintext,
    boolean synthetic) {}
