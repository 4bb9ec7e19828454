package org.shuzhi.command.internal.resources;

import java.time.Instant;
import java.time.LocalDate;
import org.shuzhi.command.DutyRole;
import org.shuzhi.command.DutyShift;

/** A stored roster entry (phone in plaintext). */
record DutyRow(
    long id,
    String department,
    String townCode,
    LocalDate date,
    DutyShift shift,
    Instant startsAt,
    Instant endsAt,
    DutyRole role,
    String personName,
    String phone,
    boolean synthetic,
    int version,
    Instant updatedAt,
    String updatedBy,
    String account) {}
