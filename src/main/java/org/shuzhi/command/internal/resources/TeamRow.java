package org.shuzhi.command.internal.resources;

import java.time.Instant;
import java.util.List;
import org.shuzhi.command.DutyState;
import org.shuzhi.command.TeamKind;

/** A stored rescue team (phone in plaintext; never sent out as is). */
record TeamRow(
    long id,
    String name,
    TeamKind kind,
    int headcount,
    List<String> equipment,
    String address,
    double lon,
    double lat,
    String townCode,
    String contactName,
    String contactPhone,
    DutyState dutyState,
    boolean synthetic,
    int version,
    Instant updatedAt,
    String updatedBy) {}
