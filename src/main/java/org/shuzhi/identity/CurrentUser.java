package org.shuzhi.identity;

/**
 * The signed-in person or integration, as services see it.
 *
 * @param username login name
 * @param role the one role of the account
 * @param department department code for department staff (e.g. {@code EMERGENCY}, {@code ECONOMY}),
 *     else null
 * @param scope which records the user may see
 * @param mayViewPlaintext holds the audited "view plaintext" permission for phone and ID numbers
 */
public record CurrentUser(
    String username, Role role, String department, DataScope scope, boolean mayViewPlaintext) {}
