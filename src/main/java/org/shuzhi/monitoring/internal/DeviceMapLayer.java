package org.shuzhi.monitoring.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.identity.DataScope;
import org.shuzhi.map.MapFilter;
import org.shuzhi.map.MapLayer;
import org.shuzhi.map.MapPoint;
import org.shuzhi.monitoring.Device;
import org.shuzhi.monitoring.Devices;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Monitoring devices on the one map, coloured by {@link DeviceStatus}, within the user's data scope
 * (town, grid or enterprise); the map filter's town narrows it, its category is a device kind name.
 */
@Component
class DeviceMapLayer implements MapLayer {

  private final Devices devices;
  private final LatestSnapshot latest;
  private final DeviceStatuses statuses;
  private final CurrentUsers users;
  private final MessageSource messages;

  DeviceMapLayer(
      Devices devices,
      LatestSnapshot latest,
      DeviceStatuses statuses,
      CurrentUsers users,
      MessageSource messages) {
    this.devices = devices;
    this.latest = latest;
    this.statuses = statuses;
    this.users = users;
    this.messages = messages;
  }

  @Override
  public String id() {
    return "devices";
  }

  @Override
  public String titleKey() {
    return "monitoring.map.devices";
  }

  @Override
  public int order() {
    return 500;
  }

  @Override
  public String linkTemplate() {
    return "/monitoring/devices/{id}";
  }

  @Override
  public boolean shownByDefault() {
    return false;
  }

  @Override
  public List<MapPoint> points(MapFilter filter) {
    DataScope scope = users.require().scope();
    Locale locale = LocaleContextHolder.getLocale();
    var values = latest.all();
    var rules = statuses.rules();
    List<MapPoint> points = new ArrayList<>();
    for (Device d : devices.all()) {
      if (!visible(d, scope)
          || (filter.townCode() != null && !filter.townCode().equals(d.townCode()))) {
        continue;
      }
      DeviceStatus status = statuses.status(d, values.get(d.id()), rules);
      String label =
          d.name()
              + " · "
              + messages.getMessage("monitoring.status." + status.name(), null, locale);
      points.add(new MapPoint(d.id(), d.lon(), d.lat(), label, status.colour(), d.synthetic()));
    }
    return points;
  }

  static boolean visible(Device d, DataScope scope) {
    return switch (scope.kind()) {
      case DISTRICT -> true;
      case TOWNS -> scope.coversTown(d.townCode());
      case GRIDS -> d.gridId() != null && scope.gridIds().contains(d.gridId());
      case ENTERPRISE ->
          d.enterpriseUscc() != null && d.enterpriseUscc().equals(scope.enterpriseUscc());
      case NONE -> false;
    };
  }
}
