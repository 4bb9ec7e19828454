package org.shuzhi.command.internal.resources;

import java.time.Instant;
import java.time.LocalDate;
import org.shuzhi.command.DutyRole;
import org.shuzhi.command.DutyShift;

/** A roster entry as shown: phone masked, town named, whether on duty now. */
public record DutyView(
    long id,
    String department,
    String townCode,
    String townName,
    LocalDate date,
    DutyShift shift,
    Instant startsAt,
    Instant endsAt,
    DutyRole role,
    String personName,
    String phoneMasked,
    boolean onDutyNow,
    boolean synthetic,
    int version,
    Instant updatedAt,
    String updatedBy,
    String account) {}
