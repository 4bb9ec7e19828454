package org.shuzhi.command.internal.resources;

import java.time.Instant;
import java.util.List;
import org.shuzhi.command.DutyState;
import org.shuzhi.command.TeamKind;

/** A rescue team as pages and the API show it: phone masked, town named. */
public record TeamView(
    long id,
    String name,
    TeamKind kind,
    int headcount,
    List<String> equipment,
    String address,
    double lon,
    double lat,
    String townCode,
    String townName,
    String contactName,
    String contactPhoneMasked,
    DutyState dutyState,
    boolean synthetic,
    int version,
    Instant updatedAt,
    String updatedBy) {}
