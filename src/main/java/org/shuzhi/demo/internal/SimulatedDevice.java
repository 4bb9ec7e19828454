package org.shuzhi.demo.internal;

import java.util.ArrayList;
import java.util.List;
import org.shuzhi.demo.internal.ChannelSignal.Shape;
import org.shuzhi.monitoring.Channel;
import org.shuzhi.monitoring.Device;
import org.shuzhi.monitoring.FloodStation;

/**
 * A demo device as the simulator drives it: its MQTT credentials and one signal per channel.
 *
 * @param stationId the flood station it belongs to, or null
 */
record SimulatedDevice(
    long id, String code, String token, Long stationId, List<SimulatedChannel> channels) {

  record SimulatedChannel(String name, ChannelSignal signal) {}

  /**
   * The simulated form of a registered device; channels the simulator has no curve for are left
   * silent.
   *
   * @param station the watched flood station, or null
   * @param excursionChancePerMinute how often gas, tank and pressure channels leave their range
   */
  static SimulatedDevice of(
      Device device, String token, FloodStation station, double excursionChancePerMinute) {
    List<SimulatedChannel> channels = new ArrayList<>();
    long seed = device.id() * 7919L;
    for (Channel c : device.channels()) {
      Shape shape = shape(device, c);
      if (shape == null) {
        continue;
      }
      double base =
          switch (shape) {
            case WATER_LEVEL ->
                station == null || station.warningLevel() == null
                    ? 5
                    : station.warningLevel().doubleValue();
            case TANK_LEVEL -> 3 + (seed % 40) / 10.0;
            case TANK_TEMPERATURE -> 18;
            case TANK_PRESSURE -> 0.3 + (seed % 5) / 10.0;
            default -> 0;
          };
      channels.add(
          new SimulatedChannel(
              c.name(), new ChannelSignal(shape, base, seed + c.no(), excursionChancePerMinute)));
    }
    return new SimulatedDevice(
        device.id(),
        device.code(),
        token,
        device.floodStationId().orElse(null),
        List.copyOf(channels));
  }

  private static Shape shape(Device device, Channel channel) {
    return switch (channel.name()) {
      case "lel" -> Shape.GAS_LEL;
      case "ppm" -> Shape.GAS_PPM;
      case "temperature" -> Shape.TANK_TEMPERATURE;
      case "pressure" -> Shape.TANK_PRESSURE;
      case "rainfall" -> Shape.RAINFALL;
      case "level" ->
          device.kind() == org.shuzhi.monitoring.DeviceKind.WATER_LEVEL
              ? Shape.WATER_LEVEL
              : Shape.TANK_LEVEL;
      default -> null;
    };
  }
}
