/**
 * Identity: accounts, roles (三员分立 plus business roles), data scope, login policy (password rules,
 * lockout, expiry), TOTP second factor and API/device tokens.
 */
package org.shuzhi.identity;
