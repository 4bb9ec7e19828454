package org.shuzhi.command.internal;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code shuzhi.command.*}.
 *
 * @param shelterAreaPerPerson usable m² per sheltered person; capacity = floor(area ÷ this).
 *     Default 1.5: GB 21734-2008 §5.4 asks for more than 1.5 m² of living area per person (the
 *     Zhejiang DB33/T 2158 figure was not available; set it when the client confirms it)
 * @param travel the travel-time estimate
 * @param expiryWarningDays supplies expiring within this many days are listed as expiring (default
 *     30)
 */
@ConfigurationProperties("shuzhi.command")
public record CommandProperties(
    BigDecimal shelterAreaPerPerson, Travel travel, int expiryWarningDays) {

  public CommandProperties {
    shelterAreaPerPerson =
        shelterAreaPerPerson == null || shelterAreaPerPerson.signum() <= 0
            ? new BigDecimal("1.5")
            : shelterAreaPerPerson;
    travel = travel == null ? new Travel(0, 0) : travel;
    expiryWarningDays = expiryWarningDays > 0 ? expiryWarningDays : 30;
  }

  /**
   * @param speedKmh average emergency driving speed on roads (default 40 km/h)
   * @param roadFactor road distance ÷ great-circle distance (default 1.3, a usual detour factor)
   */
  public record Travel(double speedKmh, double roadFactor) {
    public Travel {
      speedKmh = speedKmh > 0 ? speedKmh : 40;
      roadFactor = roadFactor >= 1 ? roadFactor : 1.3;
    }
  }
}
