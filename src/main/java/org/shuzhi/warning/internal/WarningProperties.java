package org.shuzhi.warning.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Warning settings ({@code shuzhi.warning.*}).
 *
 * @param regionCode GB/T 2260 code of the district, first part of every identifier and the
 *     district-wide geocode
 * @param senders the departments that issue warnings, each with its 8-digit unit code for the
 *     identifier (GB/T 4657 organisation code, internal unit code, extension), written {@code
 *     EMERGENCY=00000100,WATER=00000200}
 * @param senderDomain the CAP {@code sender} is {@code <department>@<senderDomain>}
 */
@ConfigurationProperties("shuzhi.warning")
record WarningProperties(String regionCode, String senders, String senderDomain) {

  WarningProperties {
    regionCode = regionCode == null || regionCode.isBlank() ? "330109" : regionCode.trim();
    senders = senders == null || senders.isBlank() ? "EMERGENCY=00000100" : senders.trim();
    senderDomain =
        senderDomain == null || senderDomain.isBlank() ? "shuzhi.xiaoshan.gov.cn" : senderDomain;
    if (!WarningIdentifier.REGION.matcher(regionCode).matches()) {
      throw new IllegalArgumentException("shuzhi.warning.region-code must be 6 digits");
    }
    unitCodes(senders);
  }

  /** Department code → unit code, in the configured order. */
  Map<String, String> unitCodes() {
    return unitCodes(senders);
  }

  private static Map<String, String> unitCodes(String senders) {
    Map<String, String> units = new LinkedHashMap<>();
    for (String entry : senders.split(",")) {
      String[] parts = entry.trim().split("=");
      if (parts.length != 2 || !WarningIdentifier.UNIT.matcher(parts[1].trim()).matches()) {
        throw new IllegalArgumentException(
            "shuzhi.warning.senders: expected DEPARTMENT=8 digits, got '" + entry + "'");
      }
      units.put(parts[0].trim(), parts[1].trim());
    }
    return Collections.unmodifiableMap(units);
  }
}
