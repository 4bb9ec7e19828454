package org.shuzhi.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.audit.AuditAction;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.identity.OpaqueTokens;
import org.shuzhi.identity.Role;
import org.shuzhi.monitoring.DeviceRegistry;
import org.shuzhi.monitoring.Devices;
import org.shuzhi.monitoring.FloodStationDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The device registry through pages and API: create with a token shown once (stored hashed),
 * validation in the user's language, data scope by town, audit, Excel export and import.
 */
class DeviceRegistryIntegrationTest extends IntegrationTest {

  @Autowired DeviceRegistry registry;
  @Autowired Devices devices;
  @Autowired JdbcClient jdbc;

  private static RequestPostProcessor as(String username, Role role) {
    return user(username).roles(role.name());
  }

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  private long station(String town, double lon, double lat) {
    return registry.register(
        new FloodStationDraft(
            unique("ST-"),
            "测试站",
            null,
            lon,
            lat,
            CoordinateSystem.WGS84,
            new BigDecimal("4.00"),
            new BigDecimal("5.00"),
            null,
            false),
        "test");
  }

  private String deviceJson(String code, long stationId, String channels) {
    return """
        {"code":"%s","name":"水位计","kind":"WATER_LEVEL","channels":%s,
         "targetKind":"FLOOD_STATION","targetId":%d}
        """
        .formatted(code, channels, stationId);
  }

  @Test
  void apiCreatesADeviceWithItsTokenOnceAndNeverShowsTheHash() throws Exception {
    String staff = departmentAccount("EMERGENCY");
    long station = station(CHENGXIANG, 120.2484, 30.1673);
    String code = unique("WL-");
    String body =
        mvc.perform(
                post("/api/v1/monitoring/devices")
                    .with(as(staff, Role.DEPARTMENT_STAFF))
                    .contentType("application/json")
                    .content(deviceJson(code, station, "[]")))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.token").isString())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
    String token = body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");

    assertThat(
            jdbc.sql("SELECT token_hash FROM monitoring_device WHERE id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo(OpaqueTokens.hash(token))
        .isNotEqualTo(token);
    mvc.perform(get("/api/v1/monitoring/devices/" + id).with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.device.code").value(code))
        .andExpect(jsonPath("$.device.channels[0].name").value("level"))
        .andExpect(jsonPath("$.device.townCode").value(CHENGXIANG))
        .andExpect(content().string(not(containsString(OpaqueTokens.hash(token)))));
    assertThat(devices.byCode(code)).isPresent();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE target_type = 'monitoring_device'"
                        + " AND target_id = ? AND action = ?")
                .param(String.valueOf(id))
                .param(AuditAction.CREATE.name())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void invalidDevicesAreRefusedFieldByFieldInTheUsersLanguage() throws Exception {
    String staff = departmentAccount("EMERGENCY");
    mvc.perform(
            post("/api/v1/monitoring/devices")
                .with(as(staff, Role.DEPARTMENT_STAFF))
                .header("Accept-Language", "en")
                .contentType("application/json")
                .content(
                    deviceJson("bad code!", 999_999_999L, "[{\"name\":\"9x\",\"unit\":\"m\"}]")))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Device code \\\"bad code!\\\" may contain")))
        .andExpect(content().string(containsString("Channel name \\\"9x\\\" must start")))
        .andExpect(content().string(containsString("no watched object with id 999999999")));
  }

  @Test
  void townStaffSeeAndChangeOnlyTheirTownsDevices() throws Exception {
    String cx = account(Role.TOWN_STAFF, Set.of(CHENGXIANG), null, false);
    var own = registry.register(draft(station(CHENGXIANG, 120.2484, 30.1673)), "test");
    var other = registry.register(draft(station(BEIGAN, 120.2613, 30.1921)), "test");

    mvc.perform(get("/monitoring/devices/" + own.id()).with(as(cx, Role.TOWN_STAFF)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(own.code())));
    mvc.perform(get("/monitoring/devices/" + other.id()).with(as(cx, Role.TOWN_STAFF)))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/monitoring/devices/" + other.id() + "/token")
                .with(as(cx, Role.TOWN_STAFF))
                .with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/monitoring/devices").param("text", other.code()).with(as(cx, Role.TOWN_STAFF)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("共 0 台")));
  }

  @Test
  void anUpdateIsAuditedWithTheStateBeforeAndAfter() throws Exception {
    String staff = departmentAccount("EMERGENCY");
    long station = station(CHENGXIANG, 120.2484, 30.1673);
    var device = registry.register(draft(station), "test");
    mvc.perform(
            put("/api/v1/monitoring/devices/" + device.id())
                .param("version", "0")
                .with(as(staff, Role.DEPARTMENT_STAFF))
                .with(csrf())
                .contentType("application/json")
                .content(deviceJson(device.code(), station, "[]").replace("水位计", "新水位计")))
        .andExpect(status().isNoContent());
    var states =
        jdbc.sql(
                "SELECT before_state ->> 'name', after_state ->> 'name',"
                    + " before_state ->> 'code', after_state ->> 'code'"
                    + " FROM audit_event WHERE target_type = 'monitoring_device'"
                    + " AND target_id = ? AND action = ?")
            .param(String.valueOf(device.id()))
            .param(AuditAction.UPDATE.name())
            .query(
                (rs, n) ->
                    List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
            .single();
    assertThat(states).containsExactly("水位计", "新水位计", device.code(), device.code());
  }

  @Test
  void aNewTokenReplacesTheOldOneAndIsShownOnce() throws Exception {
    String staff = departmentAccount("EMERGENCY");
    var device = registry.register(draft(station(CHENGXIANG, 120.2484, 30.1673)), "test");
    String page =
        mvc.perform(
                post("/monitoring/devices/" + device.id() + "/token")
                    .with(as(staff, Role.DEPARTMENT_STAFF))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String token = page.replaceAll("(?s).*id=\"device-token\">([^<]+)<.*", "$1");
    assertThat(token).isNotEqualTo(device.token());
    assertThat(
            jdbc.sql("SELECT token_hash FROM monitoring_device WHERE id = ?")
                .param(device.id())
                .query(String.class)
                .single())
        .isEqualTo(OpaqueTokens.hash(token));
  }

  @Test
  void excelExportThenImportCreatesDevicesAllOrNothing() throws Exception {
    String staff = departmentAccount("EMERGENCY");
    long station = station(CHENGXIANG, 120.2484, 30.1673);
    String good = unique("XL-");
    byte[] bad =
        workbook(
            List.of(
                List.of(good, "水位计", "水位（m）", "level:m", "水位站", String.valueOf(station)),
                List.of(unique("XL-"), "雨量计", "没有这种", "", "水位站", String.valueOf(station))));
    mvc.perform(
            multipart("/monitoring/devices/import")
                .file(new MockMultipartFile("file", "d.xlsx", null, bad))
                .with(as(staff, Role.DEPARTMENT_STAFF))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("无法识别的取值：没有这种")));
    assertThat(devices.byCode(good)).isEmpty();

    byte[] ok =
        workbook(
            List.of(
                List.of(
                    good,
                    "水位计",
                    "WATER_LEVEL",
                    "level:m",
                    "FLOOD_STATION",
                    String.valueOf(station))));
    mvc.perform(
            multipart("/monitoring/devices/import")
                .file(new MockMultipartFile("file", "d.xlsx", null, ok))
                .with(as(staff, Role.DEPARTMENT_STAFF))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("已导入 1 台设备")))
        .andExpect(content().string(containsString("issued-tokens")));
    assertThat(devices.byCode(good)).isPresent();

    byte[] export =
        mvc.perform(
                get("/monitoring/devices/export")
                    .param("text", good)
                    .with(as(staff, Role.DEPARTMENT_STAFF)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var wb = new XSSFWorkbook(new ByteArrayInputStream(export))) {
      var row = wb.getSheetAt(0).getRow(1);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo(good);
      assertThat(row.getCell(3).getStringCellValue()).isEqualTo("level:m");
    }
  }

  @Test
  void deadLettersAreForAdminsOnly() throws Exception {
    String admin = account(Role.SYSTEM_ADMIN);
    mvc.perform(get("/monitoring/dead-letters").with(as(admin, Role.SYSTEM_ADMIN)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("dead-letters")));
    String leader = account(Role.DISTRICT_LEADER);
    mvc.perform(get("/api/v1/monitoring/dead-letters").with(as(leader, Role.DISTRICT_LEADER)))
        .andExpect(status().isForbidden());
  }

  @Test
  void everyPageRendersInBothLanguages() throws Exception {
    String staff = departmentAccount("EMERGENCY");
    long station = station(CHENGXIANG, 120.2484, 30.1673);
    var device = registry.register(draft(station), "test");
    for (String lang : new String[] {"zh-CN", "en"}) {
      for (String path :
          new String[] {
            "/monitoring/devices",
            "/monitoring/devices/new",
            "/monitoring/devices/" + device.id(),
            "/monitoring/devices/" + device.id() + "/edit",
            "/monitoring/devices/import",
            "/monitoring/stations",
            "/monitoring/stations/new",
            "/monitoring/stations/import",
            "/monitoring/stations/" + station + "/edit"
          }) {
        mvc.perform(get(path).param("lang", lang).with(as(staff, Role.DEPARTMENT_STAFF)))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("??"))));
      }
    }
    mvc.perform(
            get("/monitoring/devices/" + device.id())
                .param("lang", "en")
                .with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(content().string(containsString("shuzhi/v1/telemetry/" + device.code())))
        .andExpect(content().string(containsString("Water level (m)")));
  }

  @Test
  void floodStationLevelsAreChecked() throws Exception {
    String staff = departmentAccount("EMERGENCY");
    mvc.perform(
            post("/monitoring/stations")
                .with(as(staff, Role.DEPARTMENT_STAFF))
                .with(csrf())
                .param("code", unique("ST-"))
                .param("name", "测试站")
                .param("lon", "120.2484")
                .param("lat", "30.1673")
                .param("coordinateSystem", "WGS84")
                .param("warningLevel", "6.0")
                .param("guaranteeLevel", "5.0"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("保证水位不能低于警戒水位")));
  }

  private org.shuzhi.monitoring.DeviceDraft draft(long stationId) {
    return new org.shuzhi.monitoring.DeviceDraft(
        unique("WL-"),
        "水位计",
        org.shuzhi.monitoring.DeviceKind.WATER_LEVEL,
        List.of(),
        org.shuzhi.monitoring.DeviceTargetKind.FLOOD_STATION,
        stationId,
        null,
        null,
        null,
        true,
        false);
  }

  private static byte[] workbook(List<List<String>> rows) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = wb.createSheet();
      var header = sheet.createRow(0);
      for (int c = 0; c < DeviceExcel.COLUMNS.size(); c++) {
        header.createCell(c).setCellValue(DeviceExcel.COLUMNS.get(c).zhHeader());
      }
      for (int r = 0; r < rows.size(); r++) {
        var row = sheet.createRow(r + 1);
        for (int c = 0; c < rows.get(r).size(); c++) {
          row.createCell(c).setCellValue(rows.get(r).get(c));
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }
}
