package org.shuzhi.command.internal.incidents;

import org.shuzhi.command.IncidentType;
import org.shuzhi.command.ResponseLevel;

/**
 * An incident reported by hand (接报). Counts left empty are taken as 0.
 *
 * @param type the incident type (selects the plan)
 * @param title one line naming it
 * @param description what happened
 * @param lon WGS-84 longitude, inside the district
 * @param lat WGS-84 latitude, inside the district
 * @param level the response level; empty to take it from the plan's triggers, else Ⅳ
 * @param deaths people dead
 * @param missing people missing
 * @param injuries people seriously injured
 * @param peopleAffected people threatened or to be evacuated
 * @param area the affected area, or null
 */
public record IncidentDraft(
    IncidentType type,
    String title,
    String description,
    Double lon,
    Double lat,
    ResponseLevel level,
    Integer deaths,
    Integer missing,
    Integer injuries,
    Integer peopleAffected,
    AffectedArea area) {}
