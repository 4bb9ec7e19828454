package org.shuzhi.warning.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Warning settings ({@code shuzhi.warning.*}), checked at start-up: a malformed code stops the
 * platform with a message naming the setting, rather than issuing identifiers no receiver accepts.
 *
 * @param regionCode GB/T 2260 code of the district, first part of every identifier and the
 *     district-wide geocode
 * @param unitCode the issuing unit's 8-digit code in the identifier (GB/T 35965.1 Annex A as quoted
 *     in emergency.md §6: 3-digit GB/T 4657 organisation code, 3-digit internal unit code, 2-digit
 *     extension). The code is assigned by the warning-release authority; the default {@value
 *     #DEFAULT_UNIT_CODE} (organisation 000 = not yet assigned, unit 001, extension 00) marks
 *     messages of an installation that has not been given its code yet
 * @param senders the departments that issue warnings, each optionally with a unit code of its own,
 *     written {@code EMERGENCY,WATER=00000200}; a department without one issues under {@code
 *     unitCode}
 * @param senderDomain the CAP {@code sender} is {@code <department>@<senderDomain>}
 */
@ConfigurationProperties("shuzhi.warning")
record WarningProperties(String regionCode, String unitCode, String senders, String senderDomain) {

  static final String DEFAULT_UNIT_CODE = "00000100";

  WarningProperties {
    regionCode = regionCode == null || regionCode.isBlank() ? "330109" : regionCode.trim();
    unitCode = unitCode == null || unitCode.isBlank() ? DEFAULT_UNIT_CODE : unitCode.trim();
    senders = senders == null || senders.isBlank() ? "EMERGENCY" : senders.trim();
    senderDomain =
        senderDomain == null || senderDomain.isBlank() ? "shuzhi.xiaoshan.gov.cn" : senderDomain;
    if (!WarningIdentifier.REGION.matcher(regionCode).matches()) {
      throw new IllegalArgumentException(
          "shuzhi.warning.region-code (SHUZHI_WARNING_REGION_CODE) must be the 6-digit GB/T 2260"
              + " code of the district, e.g. 330109; got '"
              + regionCode
              + "'");
    }
    if (!WarningIdentifier.UNIT.matcher(unitCode).matches()) {
      throw new IllegalArgumentException(
          "shuzhi.warning.unit-code (SHUZHI_WARNING_UNIT_CODE) must be 8 digits (GB/T 35965: 3-digit"
              + " GB/T 4657 organisation code, 3-digit unit code, 2-digit extension), e.g. "
              + DEFAULT_UNIT_CODE
              + "; got '"
              + unitCode
              + "'");
    }
    unitCodes(senders, unitCode);
  }

  /** Department code → unit code, in the configured order. */
  Map<String, String> unitCodes() {
    return unitCodes(senders, unitCode);
  }

  /** Whether the unit code is the documented placeholder (no code assigned yet). */
  boolean placeholderUnitCode() {
    return DEFAULT_UNIT_CODE.equals(unitCode);
  }

  private static Map<String, String> unitCodes(String senders, String unitCode) {
    Map<String, String> units = new LinkedHashMap<>();
    for (String entry : senders.split(",")) {
      String[] parts = entry.trim().split("=", -1);
      String department = parts[0].trim();
      String code = parts.length == 2 ? parts[1].trim() : unitCode;
      if (department.isEmpty()
          || parts.length > 2
          || !WarningIdentifier.UNIT.matcher(code).matches()) {
        throw new IllegalArgumentException(
            "shuzhi.warning.senders (SHUZHI_WARNING_SENDERS): expected DEPARTMENT or"
                + " DEPARTMENT=8 digits, separated by commas, got '"
                + entry
                + "'");
      }
      units.put(department, code);
    }
    return Collections.unmodifiableMap(units);
  }
}
