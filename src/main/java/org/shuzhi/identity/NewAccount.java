package org.shuzhi.identity;

import java.util.Set;

/**
 * What is needed to open an account.
 *
 * @param username unique login name
 * @param displayName shown in the UI
 * @param role the account's role
 * @param department department code, for department staff
 * @param townCodes towns of town staff (NBS 9-digit codes)
 * @param enterpriseUscc the enterprise of an enterprise user
 * @param password initial password (checked against the password policy)
 * @param mustChangePassword force a change at first login
 * @param mayViewPlaintext may reveal phone and ID numbers (audited)
 * @param synthetic a demo account
 */
public record NewAccount(
    String username,
    String displayName,
    Role role,
    String department,
    Set<String> townCodes,
    String enterpriseUscc,
    String password,
    boolean mustChangePassword,
    boolean mayViewPlaintext,
    boolean synthetic) {}
