package org.shuzhi.warning.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.shuzhi.core.GeoPoint;
import org.shuzhi.warning.WarningArea;
import org.shuzhi.warning.internal.cap.CapAlert;
import org.shuzhi.warning.internal.cap.CapAlert.NameValue;
import org.shuzhi.warning.internal.cap.CapDateTimes;
import org.springframework.stereotype.Component;

/**
 * A warning as a CAP 1.2 message (OASIS CAP 1.2 §3): one {@code info} in Chinese, one {@code area}
 * per drawn area with its GB/T 2260 geocodes, the colour as severity/urgency/certainty (see {@link
 * org.shuzhi.warning.WarningColour}) and as parameters.
 *
 * <p>Geocodes: the district's 6-digit GB/T 2260 code ({@code valueName} "GB/T 2260") for a
 * district-wide warning, else the 9-digit town codes — the county's GB/T 2260 code followed by the
 * 3-digit township code of GB/T 10114 ({@code valueName} "GB/T 10114").
 */
@Component
class WarningCap {

  static final String LANGUAGE = "zh-CN";
  static final String DISTRICT_CODE_NAME = "GB/T 2260";
  static final String TOWN_CODE_NAME = "GB/T 10114";

  private final WarningProperties properties;
  private final WarningAreaCheck areaCheck;

  WarningCap(WarningProperties properties, WarningAreaCheck areaCheck) {
    this.properties = properties;
    this.areaCheck = areaCheck;
  }

  /** The CAP {@code sender} of a department: {@code emergency@shuzhi.xiaoshan.gov.cn}. */
  String sender(String department) {
    return department.toLowerCase(Locale.ROOT) + "@" + properties.senderDomain();
  }

  /**
   * The message.
   *
   * @param status CAP status: Actual, or Draft for a preview
   * @param msgType Alert, Update or Cancel
   * @param earlier the messages sent before, referenced by Update and Cancel
   * @param note CAP note (the reason of a cancel), or null
   */
  CapAlert alert(
      WarningRow w,
      String identifier,
      OffsetDateTime sent,
      String status,
      String msgType,
      List<WarningRepository.Message> earlier,
      String note,
      String senderName) {
    List<String> references =
        "Alert".equals(msgType)
            ? List.of()
            : earlier.stream()
                .map(m -> m.sender() + "," + m.identifier() + "," + CapDateTimes.format(m.sent()))
                .toList();
    var c = w.colour();
    var info =
        new CapAlert.Info(
            LANGUAGE,
            List.of(w.eventType().capCategory()),
            w.eventType().name(),
            List.of(),
            "Cancel".equals(msgType) ? "Past" : c.capUrgency(),
            c.capSeverity(),
            c.capCertainty(),
            List.of(new NameValue("shuzhi:eventType", w.eventType().name())),
            w.effective(),
            w.onset(),
            w.expires(),
            senderName,
            w.headline(),
            w.description(),
            w.instruction(),
            null,
            List.of(
                new NameValue("warningColour", c.name()),
                new NameValue("warningLevel", String.valueOf(c.level()))),
            w.areas().stream().map(a -> area(a, w.townCodes())).toList());
    return new CapAlert(
        identifier,
        sender(w.senderDepartment()),
        sent,
        status,
        msgType,
        null,
        "Public",
        note,
        references,
        List.of(info));
  }

  private CapAlert.Area area(WarningArea a, List<String> warningTowns) {
    List<NameValue> geocodes = new ArrayList<>();
    if (warningTowns.isEmpty()) {
      geocodes.add(new NameValue(DISTRICT_CODE_NAME, properties.regionCode()));
    } else {
      for (String town : areaCheck.townsTouched(List.of(a))) {
        if (warningTowns.contains(town)) {
          geocodes.add(new NameValue(TOWN_CODE_NAME, town));
        }
      }
      if (geocodes.isEmpty()) {
        warningTowns.forEach(t -> geocodes.add(new NameValue(TOWN_CODE_NAME, t)));
      }
    }
    return a.isCircle()
        ? new CapAlert.Area(
            a.description(), List.of(), List.of(circle(a.centre(), a.radiusKm())), geocodes)
        : new CapAlert.Area(a.description(), List.of(polygon(a.polygon())), List.of(), geocodes);
  }

  /** CAP polygon: "lat,lon" pairs separated by spaces (latitude first, unlike GeoJSON). */
  static String polygon(List<GeoPoint> ring) {
    return ring.stream().map(WarningCap::latLon).collect(Collectors.joining(" "));
  }

  /** CAP circle: "lat,lon radius" with the radius in kilometres. */
  static String circle(GeoPoint centre, double radiusKm) {
    return latLon(centre) + " " + number(radiusKm);
  }

  private static String latLon(GeoPoint p) {
    return number(p.lat()) + "," + number(p.lon());
  }

  private static String number(double value) {
    return BigDecimal.valueOf(value)
        .setScale(6, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
