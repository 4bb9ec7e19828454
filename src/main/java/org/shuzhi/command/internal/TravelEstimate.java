package org.shuzhi.command.internal;

import org.springframework.stereotype.Component;

/**
 * Distance and travel time from great-circle kilometres: road km = great-circle km × road factor,
 * minutes = road km ÷ speed × 60, rounded up (a team 0 km away still needs a minute to set off).
 */
@Component
public class TravelEstimate {

  private final CommandProperties.Travel travel;

  public TravelEstimate(CommandProperties properties) {
    this.travel = properties.travel();
  }

  public int minutes(double greatCircleKm) {
    double minutes = greatCircleKm * travel.roadFactor() / travel.speedKmh() * 60;
    return Math.max(1, (int) Math.ceil(minutes - 1e-9));
  }

  /** Rounded to 10 m for display and JSON. */
  public static double roundKm(double km) {
    return Math.round(km * 100) / 100.0;
  }
}
