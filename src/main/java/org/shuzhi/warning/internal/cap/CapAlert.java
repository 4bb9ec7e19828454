package org.shuzhi.warning.internal.cap;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A CAP 1.2 alert message (OASIS CAP 1.2 §3.2.1), the shape warnings are kept in and exchanged as.
 * Only the elements Shuzhi uses or reads are modelled; text is as in the message.
 *
 * @param references earlier messages as "sender,identifier,sent" triples, space-separated in XML
 */
public record CapAlert(
    String identifier,
    String sender,
    OffsetDateTime sent,
    String status,
    String msgType,
    String source,
    String scope,
    String note,
    List<String> references,
    List<Info> infos) {

  public CapAlert {
    references = references == null ? List.of() : List.copyOf(references);
    infos = infos == null ? List.of() : List.copyOf(infos);
  }

  /** CAP {@code info} (§3.2.2). */
  public record Info(
      String language,
      List<String> categories,
      String event,
      List<String> responseTypes,
      String urgency,
      String severity,
      String certainty,
      List<NameValue> eventCodes,
      OffsetDateTime effective,
      OffsetDateTime onset,
      OffsetDateTime expires,
      String senderName,
      String headline,
      String description,
      String instruction,
      String web,
      List<NameValue> parameters,
      List<Area> areas) {
    public Info {
      categories = categories == null ? List.of() : List.copyOf(categories);
      responseTypes = responseTypes == null ? List.of() : List.copyOf(responseTypes);
      eventCodes = eventCodes == null ? List.of() : List.copyOf(eventCodes);
      parameters = parameters == null ? List.of() : List.copyOf(parameters);
      areas = areas == null ? List.of() : List.copyOf(areas);
    }
  }

  /**
   * CAP {@code area} (§3.2.4).
   *
   * @param polygons each "lat,lon lat,lon …", closed, at least four pairs
   * @param circles each "lat,lon radiusKm"
   */
  public record Area(
      String areaDesc, List<String> polygons, List<String> circles, List<NameValue> geocodes) {
    public Area {
      polygons = polygons == null ? List.of() : List.copyOf(polygons);
      circles = circles == null ? List.of() : List.copyOf(circles);
      geocodes = geocodes == null ? List.of() : List.copyOf(geocodes);
    }
  }

  /** CAP {@code valueName}/{@code value} pair (eventCode, parameter, geocode). */
  public record NameValue(String valueName, String value) {}
}
