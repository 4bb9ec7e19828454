package org.shuzhi.monitoring.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.monitoring.DeviceDraft;
import org.shuzhi.monitoring.DeviceKind;
import org.shuzhi.monitoring.DeviceRegistry.IssuedDevice;
import org.shuzhi.monitoring.DeviceTargetKind;
import org.shuzhi.platform.ImportReport;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.NumberInput;
import org.shuzhi.platform.ProblemMessages;
import org.shuzhi.platform.Spreadsheets;
import org.shuzhi.platform.Spreadsheets.Column;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Device Excel: template, all-or-nothing import (the new devices' tokens come back once), export.
 * Kind and watched-object kind are accepted as code names or as their zh-CN / English labels.
 */
@Component
class DeviceExcel {

  static final List<Column> COLUMNS =
      List.of(
          new Column("code", "设备编码", "Code"),
          new Column("name", "设备名称", "Name"),
          new Column("kind", "类型", "Kind"),
          new Column("channels", "测点", "Channels"),
          new Column("targetKind", "监测对象类型", "Watched object kind"),
          new Column("targetId", "监测对象编号", "Watched object id"),
          new Column("lon", "经度", "Longitude"),
          new Column("lat", "纬度", "Latitude"),
          new Column("enabled", "启用", "Enabled"));

  /** What an import did, with the tokens of the devices it created. */
  record Result(ImportReport report, List<IssuedDevice> issued) {}

  private final Spreadsheets spreadsheets;
  private final DeviceService devices;
  private final MonitoringAudit audit;
  private final MessageSource messages;
  private final ProblemMessages problems;
  private final AreaDirectory areas;

  DeviceExcel(
      Spreadsheets spreadsheets,
      DeviceService devices,
      MonitoringAudit audit,
      MessageSource messages,
      ProblemMessages problems,
      AreaDirectory areas) {
    this.spreadsheets = spreadsheets;
    this.devices = devices;
    this.audit = audit;
    this.messages = messages;
    this.problems = problems;
    this.areas = areas;
  }

  void template(OutputStream out, Locale locale) throws IOException {
    spreadsheets.write(sheet(locale), headers(locale, false), List.of(), out);
  }

  Result importFile(byte[] file, CurrentUser user, Locale locale) {
    var rows = spreadsheets.read(file, COLUMNS);
    Map<String, String> header = new HashMap<>();
    COLUMNS.forEach(
        c -> header.put(c.key(), "en".equals(locale.getLanguage()) ? c.enHeader() : c.zhHeader()));
    List<ImportReport.RowError> errors = new ArrayList<>();
    List<DeviceDraft> drafts = new ArrayList<>();
    for (var row : rows) {
      try {
        drafts.add(draft(row));
      } catch (InvalidInputException e) {
        e.violations()
            .forEach(
                v ->
                    errors.add(
                        new ImportReport.RowError(
                            row.rowNumber(),
                            header.getOrDefault(v.field(), ""),
                            problems.of(v, locale))));
        drafts.add(null);
      }
    }
    if (!errors.isEmpty()) {
      return new Result(new ImportReport(0, errors), List.of());
    }
    var outcome = devices.importAll(drafts, user);
    for (var p : outcome.problems()) {
      errors.add(
          new ImportReport.RowError(
              rows.get(p.index()).rowNumber(),
              header.getOrDefault(p.violation().field(), ""),
              problems.of(p.violation(), locale)));
    }
    return errors.isEmpty()
        ? new Result(new ImportReport(outcome.issued().size(), List.of()), outcome.issued())
        : new Result(new ImportReport(0, errors), List.of());
  }

  void export(DeviceQuery query, CurrentUser user, OutputStream out, Locale locale)
      throws IOException {
    List<List<Object>> rows = new ArrayList<>();
    devices.forEach(
        query,
        user,
        d -> {
          List<Object> r = new ArrayList<>();
          r.add(d.code());
          r.add(d.name());
          r.add(label("monitoring.kind." + d.kind().name(), locale));
          r.add(DeviceForm.channelText(d));
          r.add(label("monitoring.target." + d.targetKind().name(), locale));
          r.add(d.targetId());
          r.add(d.lon());
          r.add(d.lat());
          r.add(d.enabled() ? label("monitoring.yes", locale) : label("monitoring.no", locale));
          r.add(d.targetName());
          r.add(areas.town(d.townCode()).map(Town::name).orElse(d.townCode()));
          rows.add(r);
        });
    audit.exported(MonitoringAudit.DEVICE, rows.size());
    spreadsheets.write(sheet(locale), headers(locale, true), rows, out);
  }

  private DeviceDraft draft(Spreadsheets.SheetRow row) {
    List<InvalidInputException.Violation> v = new ArrayList<>();
    DeviceKind kind = label(DeviceKind.class, "monitoring.kind.", row.get("kind"), "kind", v);
    DeviceTargetKind target =
        label(DeviceTargetKind.class, "monitoring.target.", row.get("targetKind"), "targetKind", v);
    Long targetId = null;
    Double lon = null;
    Double lat = null;
    try {
      Integer id = NumberInput.integer(row.get("targetId"), "targetId");
      targetId = id == null ? null : id.longValue();
      lon = NumberInput.decimalNumber(row.get("lon"), "lon");
      lat = NumberInput.decimalNumber(row.get("lat"), "lat");
    } catch (InvalidInputException e) {
      v.addAll(e.violations());
    }
    if (!v.isEmpty()) {
      throw new InvalidInputException(v);
    }
    String enabled = row.get("enabled");
    return new DeviceDraft(
        row.get("code"),
        row.get("name"),
        kind,
        DeviceForm.parseChannels(row.get("channels")),
        target,
        targetId,
        lon,
        lat,
        CoordinateSystem.WGS84,
        enabled == null
            || !(enabled.equals(label("monitoring.no", Locale.SIMPLIFIED_CHINESE))
                || enabled.equalsIgnoreCase("no")
                || enabled.equalsIgnoreCase("false")),
        false);
  }

  private <E extends Enum<E>> E label(
      Class<E> type,
      String prefix,
      String text,
      String field,
      List<InvalidInputException.Violation> v) {
    if (text == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(text)
          || text.equals(label(prefix + e.name(), Locale.SIMPLIFIED_CHINESE))
          || text.equalsIgnoreCase(label(prefix + e.name(), Locale.ENGLISH))) {
        return e;
      }
    }
    v.add(new InvalidInputException.Violation(field, "monitoring.value.unknown", text));
    return null;
  }

  private List<String> headers(Locale locale, boolean export) {
    boolean en = "en".equals(locale.getLanguage());
    List<String> h =
        new ArrayList<>(COLUMNS.stream().map(c -> en ? c.enHeader() : c.zhHeader()).toList());
    if (export) {
      h.add(en ? "Watched object" : "监测对象");
      h.add(en ? "Town" : "镇街");
    }
    return h;
  }

  private String label(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }

  private String sheet(Locale locale) {
    return label("monitoring.devices.title", locale);
  }
}
