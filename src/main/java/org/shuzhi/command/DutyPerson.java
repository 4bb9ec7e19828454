package org.shuzhi.command;

import java.time.Instant;

/**
 * Someone on duty.
 *
 * @param id roster entry
 * @param department department code, or null
 * @param townCode town code, or null
 * @param role leader or officer
 * @param name the person
 * @param phoneMasked their phone, masked
 * @param phone their phone in plaintext, for notifying them (never shown on pages)
 * @param from shift start
 * @param until shift end
 * @param account the person's account (username) when the roster names one, else null: notified in
 *     the app, otherwise by SMS to the phone
 */
public record DutyPerson(
    long id,
    String department,
    String townCode,
    DutyRole role,
    String name,
    String phoneMasked,
    String phone,
    Instant from,
    Instant until,
    String account) {}
