package org.shuzhi.command.internal.incidents;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.shuzhi.command.IncidentType;
import org.shuzhi.command.ResponseLevel;
import org.shuzhi.command.internal.CommandRights;
import org.shuzhi.core.GeoPoint;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.warning.WarningArea;
import org.shuzhi.warning.WarningColour;
import org.shuzhi.warning.WarningDraft;
import org.shuzhi.warning.WarningEventType;
import org.shuzhi.warning.WarningView;
import org.shuzhi.warning.Warnings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts a CAP warning (预警, draft only: publishing stays with the warning module's pages and
 * rights) from an incident through {@code warning.Warnings}: event type from the incident type,
 * colour from the level (Ⅰ red … Ⅳ blue), the affected area (a circle; a polygon's own ring; 1 km
 * around the location when none) and the incident's town, effective now for 24 hours. The draft's
 * id goes on the timeline.
 */
@Service
public class IncidentWarnings {

  static final double DEFAULT_RADIUS_KM = 1.0;

  private final IncidentService incidents;
  private final Warnings warnings;
  private final Timeline timeline;
  private final MessageSource messages;
  private final Clock clock;

  IncidentWarnings(
      IncidentService incidents,
      Warnings warnings,
      Timeline timeline,
      MessageSource messages,
      Clock clock) {
    this.incidents = incidents;
    this.warnings = warnings;
    this.timeline = timeline;
    this.messages = messages;
    this.clock = clock;
  }

  @Transactional
  public WarningView draft(long incidentId, CurrentUser user) {
    Incident i = incidents.lockWritable(incidentId, user);
    OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
    GeoPoint centre = new GeoPoint(i.lon(), i.lat());
    AffectedArea a = i.area();
    WarningArea area =
        a != null && a.kind() == AffectedArea.Kind.POLYGON
            ? WarningArea.polygon(
                i.title(), a.polygon().stream().map(p -> new GeoPoint(p.get(0), p.get(1))).toList())
            : WarningArea.circle(
                i.title(),
                centre,
                a != null && a.radiusM() != null ? a.radiusM() / 1000.0 : DEFAULT_RADIUS_KM);
    String instruction =
        messages.getMessage("incident.warning.instruction", null, java.util.Locale.CHINA);
    WarningView view =
        warnings.draft(
            new WarningDraft(
                eventType(i.type()),
                colour(i.level()),
                i.title(),
                i.description() == null ? i.title() : i.description(),
                instruction,
                CommandRights.EMERGENCY,
                now,
                now,
                now.plusHours(24),
                List.of(area),
                List.of(i.townCode())),
            user);
    timeline.append(
        i.id(),
        Timeline.Kind.WARNING_DRAFTED,
        List.of(view.id()),
        Map.of("warningId", view.id()),
        user.username(),
        clock.instant());
    return view;
  }

  static WarningEventType eventType(IncidentType type) {
    return switch (type) {
      case HAZARDOUS_CHEMICAL_LEAK -> WarningEventType.HAZARDOUS_CHEMICALS;
      case FLOOD -> WarningEventType.FLOOD;
      case RAINSTORM -> WarningEventType.RAINSTORM;
      case TYPHOON -> WarningEventType.TYPHOON;
      case GEOLOGICAL_DISASTER -> WarningEventType.GEOLOGICAL_HAZARD;
      case PUBLIC_HEALTH -> WarningEventType.PUBLIC_HEALTH;
      case FIRE, EXPLOSION, BUILDING_COLLAPSE -> WarningEventType.WORK_SAFETY;
      case TRAFFIC_ACCIDENT, OTHER -> WarningEventType.OTHER;
    };
  }

  static WarningColour colour(ResponseLevel level) {
    return switch (level) {
      case LEVEL_I -> WarningColour.RED;
      case LEVEL_II -> WarningColour.ORANGE;
      case LEVEL_III -> WarningColour.YELLOW;
      case LEVEL_IV -> WarningColour.BLUE;
    };
  }
}
