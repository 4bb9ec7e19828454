package org.shuzhi.command.internal.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The registry forms: create and edit through the browser forms (saved through the services, with
 * history), refused input shown back with the API's message and nothing changed, and write rights
 * enforced on the server as well as in the buttons.
 */
class CommandFormsIntegrationTest extends IntegrationTest {

  @Autowired AreaDirectory areas;
  @Autowired JdbcClient jdbc;

  RequestPostProcessor emergency() {
    return user(departmentAccount("EMERGENCY")).roles("DEPARTMENT_STAFF");
  }

  RequestPostProcessor townStaff() {
    return user(account(Role.TOWN_STAFF)).roles("TOWN_STAFF");
  }

  RequestPostProcessor gridWorker() {
    return user(account(Role.GRID_WORKER)).roles("GRID_WORKER");
  }

  String[] point(String town) {
    var t = areas.town(town).orElseThrow();
    return new String[] {String.valueOf(t.labelLon()), String.valueOf(t.labelLat())};
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  long idOf(String redirect) {
    return Long.parseLong(redirect.substring(redirect.lastIndexOf('/') + 1));
  }

  long count(String table, String name) {
    return jdbc.sql("SELECT count(*) FROM " + table + " WHERE name = ?")
        .param(name)
        .query(Long.class)
        .single();
  }

  long changes(String type, long id) {
    return jdbc.sql("SELECT count(*) FROM command_change WHERE record_type = ? AND record_id = ?")
        .param(type)
        .param(String.valueOf(id))
        .query(Long.class)
        .single();
  }

  MockHttpServletRequestBuilder team(String path, String name, String[] p, String headcount) {
    return team(path, name, p, headcount, "13800138000", "ON_DUTY");
  }

  MockHttpServletRequestBuilder team(
      String path, String name, String[] p, String headcount, String phone, String state) {
    return post(path)
        .with(csrf())
        .param("name", name)
        .param("kind", "FIRE")
        .param("headcount", headcount)
        .param("equipment", "水罐车\n破拆工具")
        .param("lon", p[0])
        .param("lat", p[1])
        .param("contactName", "张三")
        .param("contactPhone", phone)
        .param("dutyState", state);
  }

  int version(String table, long id) {
    return jdbc.sql("SELECT version FROM " + table + " WHERE id = ?")
        .param(id)
        .query(Integer.class)
        .single();
  }

  // --- teams ---

  @Test
  void aTeamIsCreatedAndEditedThroughTheForm() throws Exception {
    mvc.perform(get("/command/teams/new").with(emergency()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-location-map")));
    String name = unique("表单队");
    String redirect =
        mvc.perform(team("/command/teams", name, point(BEIGAN), "20").with(emergency()))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/command/teams/*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long id = idOf(redirect);
    mvc.perform(get("/command/teams/" + id).with(emergency()))
        .andExpect(content().string(containsString(name)))
        .andExpect(content().string(containsString("/command/teams/" + id + "/edit")));
    mvc.perform(get("/command/teams/" + id + "/edit").with(emergency()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("破拆工具")))
        .andExpect(content().string(not(containsString("13800138000"))));

    // Edit: headcount and off duty; the blank phone keeps the stored one.
    mvc.perform(
            team("/command/teams/" + id, name, point(BEIGAN), "25", "", "OFF_DUTY")
                .param("version", String.valueOf(version("command_team", id)))
                .with(emergency()))
        .andExpect(status().is3xxRedirection());
    var row =
        jdbc.sql("SELECT headcount, duty_state, contact_phone FROM command_team WHERE id = ?")
            .param(id)
            .query((rs, n) -> rs.getInt(1) + "|" + rs.getString(2) + "|" + rs.getString(3))
            .single();
    assertThat(row).isEqualTo("25|OFF_DUTY|13800138000");
    assertThat(changes(TeamService.TYPE, id)).isEqualTo(2);

    // The on/off duty toggle (htmx) answers the duty block.
    mvc.perform(
            post("/command/teams/" + id + "/duty-state")
                .with(csrf())
                .with(emergency())
                .header("HX-Request", "true")
                .param("state", "ON_DUTY")
                .param("version", String.valueOf(version("command_team", id))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("team-duty")))
        .andExpect(content().string(containsString("设为不在岗")));
    assertThat(
            jdbc.sql("SELECT duty_state FROM command_team WHERE id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("ON_DUTY");
  }

  @Test
  void aRefusedTeamIsShownBackWithTheMessagesAndNothingIsSaved() throws Exception {
    String name = unique("坏队");
    mvc.perform(team("/command/teams", name, new String[] {"116.4", "39.9"}, "0").with(emergency()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("人数：人数必须为正整数")))
        .andExpect(content().string(containsString("不在本区任何镇街内")))
        .andExpect(content().string(containsString("value=\"" + name + "\"")));
    mvc.perform(
            team("/command/teams", name, point(BEIGAN), "x12")
                .param("lang", "en")
                .with(emergency()))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("Headcount: &quot;x12&quot; is not a valid number.")));
    // DISPATCHED is only set by a dispatch.
    mvc.perform(
            team("/command/teams", name, point(BEIGAN), "5", "13800138000", "DISPATCHED")
                .with(emergency()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("只能通过调派操作")));
    assertThat(count("command_team", name)).isZero();
  }

  @Test
  void teamFormsRespectWriteRights() throws Exception {
    mvc.perform(get("/command/teams/new").with(gridWorker())).andExpect(status().isForbidden());
    mvc.perform(get("/command/teams").with(gridWorker()))
        .andExpect(content().string(not(containsString("/command/teams/new"))));
    String name = unique("越权队");
    mvc.perform(team("/command/teams", name, point(CHENGXIANG), "5").with(gridWorker()))
        .andExpect(status().isForbidden());
    // Town staff of 城厢 may not place a team in 北干.
    mvc.perform(team("/command/teams", name, point(BEIGAN), "5").with(townStaff()))
        .andExpect(status().isForbidden());
    assertThat(count("command_team", name)).isZero();
    // ... but may in 城厢, and may not edit a 北干 team.
    mvc.perform(team("/command/teams", name, point(CHENGXIANG), "5").with(townStaff()))
        .andExpect(status().is3xxRedirection());
    String beigan = unique("北干队");
    long id =
        idOf(
            mvc.perform(team("/command/teams", beigan, point(BEIGAN), "5").with(emergency()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl());
    mvc.perform(
            get("/command/teams/" + id + "/edit")
                .with(user(account(Role.DISTRICT_LEADER)).roles("DISTRICT_LEADER")))
        .andExpect(status().isForbidden());
    mvc.perform(
            team("/command/teams/" + id, beigan + "改", point(BEIGAN), "5")
                .param("version", String.valueOf(version("command_team", id)))
                .with(user(account(Role.DISTRICT_LEADER)).roles("DISTRICT_LEADER")))
        .andExpect(status().isForbidden());
    assertThat(count("command_team", beigan + "改")).isZero();
  }

  // --- shelters ---

  MockHttpServletRequestBuilder shelter(String path, String name, String area, String occupancy) {
    String[] p = point(CHENGXIANG);
    return post(path)
        .with(csrf())
        .param("name", name)
        .param("tier", "VILLAGE")
        .param("lon", p[0])
        .param("lat", p[1])
        .param("usableArea", area)
        .param("occupancy", occupancy)
        .param("managerName", "李四")
        .param("managerPhone", "0571-82345678");
  }

  @Test
  void aShelterIsCreatedAndEditedAndOverCapacityIsRefused() throws Exception {
    String name = unique("表单场所");
    long id =
        idOf(
            mvc.perform(shelter("/command/shelters", name, "300", "0").with(emergency()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl());
    mvc.perform(get("/command/shelters/" + id + "/edit").with(emergency()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("容量 200 人")));
    mvc.perform(
            shelter("/command/shelters/" + id, name, "300", "150")
                .param("version", String.valueOf(version("command_shelter", id)))
                .with(emergency()))
        .andExpect(status().is3xxRedirection());
    // 300 m² ÷ 1.5 = 200 places: 250 people are refused and the occupancy stays 150.
    mvc.perform(
            shelter("/command/shelters/" + id, name, "300", "250")
                .param("version", String.valueOf(version("command_shelter", id)))
                .with(emergency()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("安置 250 人加预留 0 个位置超过容量 200 人")));
    assertThat(
            jdbc.sql("SELECT occupancy FROM command_shelter WHERE id = ?")
                .param(id)
                .query(Integer.class)
                .single())
        .isEqualTo(150);
    assertThat(changes(ShelterService.TYPE, id)).isEqualTo(2);
    mvc.perform(shelter("/command/shelters", unique("x"), "0", "0").with(emergency()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("可用面积必须大于 0")));
    mvc.perform(get("/command/shelters/new").with(gridWorker())).andExpect(status().isForbidden());
    mvc.perform(shelter("/command/shelters", unique("y"), "100", "0").with(gridWorker()))
        .andExpect(status().isForbidden());
  }

  // --- duty roster ---

  MockHttpServletRequestBuilder duty(String path, String person, LocalDate date) {
    return duty(path, person, date, "OFFICER");
  }

  MockHttpServletRequestBuilder duty(String path, String person, LocalDate date, String role) {
    return post(path)
        .with(csrf())
        .param("department", "EMERGENCY")
        .param("townCode", "")
        .param("date", date.toString())
        .param("shift", "DAY")
        .param("role", role)
        .param("personName", person)
        .param("phone", "13900139000");
  }

  long dutyId(String person) {
    return jdbc.sql("SELECT id FROM command_duty WHERE person_name = ?")
        .param(person)
        .query(Long.class)
        .single();
  }

  @Test
  void dutyEntriesAreAddedEditedAndOnlyFutureOnesDeleted() throws Exception {
    LocalDate future = LocalDate.now().plusDays(40);
    String person = unique("值班员");
    mvc.perform(get("/command/duty/new").with(emergency()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"EMERGENCY\"")));
    mvc.perform(duty("/command/duty", person, future).with(emergency()))
        .andExpect(status().is3xxRedirection());
    long id = dutyId(person);
    mvc.perform(get("/command/duty").param("from", future.toString()).with(emergency()))
        .andExpect(content().string(containsString("/command/duty/" + id + "/edit")))
        .andExpect(content().string(containsString("/command/duty/" + id + "/delete")));
    mvc.perform(
            duty("/command/duty/" + id, person, future, "LEADER")
                .param("version", String.valueOf(version("command_duty", id)))
                .with(emergency()))
        .andExpect(status().is3xxRedirection());
    assertThat(
            jdbc.sql("SELECT duty_role FROM command_duty WHERE id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("LEADER");
    // Both a department and a town: refused, nothing added.
    String both = unique("两者");
    mvc.perform(duty("/command/duty", both, future).param("townCode", BEIGAN).with(emergency()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("请填写部门或镇街（二者之一）")));
    assertThat(
            jdbc.sql("SELECT count(*) FROM command_duty WHERE person_name = ?")
                .param(both)
                .query(Long.class)
                .single())
        .isZero();
    // Town staff of 城厢 may not roster the emergency bureau; grid workers roster nothing.
    mvc.perform(duty("/command/duty", unique("越权"), future).with(townStaff()))
        .andExpect(status().isForbidden());
    mvc.perform(get("/command/duty/new").with(gridWorker())).andExpect(status().isForbidden());
    mvc.perform(
            post("/command/duty/" + id + "/delete")
                .with(csrf())
                .with(townStaff())
                .param("version", String.valueOf(version("command_duty", id))))
        .andExpect(status().isForbidden());
    // A future entry is deleted (htmx: the row disappears) ...
    mvc.perform(
            post("/command/duty/" + id + "/delete")
                .with(csrf())
                .with(emergency())
                .header("HX-Request", "true")
                .param("version", String.valueOf(version("command_duty", id))))
        .andExpect(status().isOk());
    assertThat(
            jdbc.sql("SELECT count(*) FROM command_duty WHERE id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isZero();
    // ... one that has started stays, with the reason shown on the roster.
    String past = unique("昨日值班");
    mvc.perform(duty("/command/duty", past, LocalDate.now().minusDays(2)).with(emergency()))
        .andExpect(status().is3xxRedirection());
    long pastId = dutyId(past);
    mvc.perform(
            post("/command/duty/" + pastId + "/delete")
                .with(csrf())
                .with(emergency())
                .param("version", String.valueOf(version("command_duty", pastId))))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("errors", hasItem("只能删除尚未开始的值班安排")));
    assertThat(dutyId(past)).isEqualTo(pastId);
  }

  // --- warehouses, catalogue, stock ---

  @Test
  void warehousesItemsAndStockAreKeptThroughTheForms() throws Exception {
    String[] p = point(CHENGXIANG);
    String name = unique("表单仓库");
    long id =
        idOf(
            mvc.perform(
                    post("/command/warehouses")
                        .with(csrf())
                        .with(emergency())
                        .param("name", name)
                        .param("lon", p[0])
                        .param("lat", p[1])
                        .param("managerName", "王五")
                        .param("managerPhone", "13700137000"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl());
    mvc.perform(get("/command/warehouses/" + id + "/edit").with(emergency()))
        .andExpect(status().isOk());
    mvc.perform(
            post("/command/warehouses/" + id)
                .with(csrf())
                .with(emergency())
                .param("version", String.valueOf(version("command_warehouse", id)))
                .param("name", name)
                .param("address", "新地址")
                .param("lon", p[0])
                .param("lat", p[1]))
        .andExpect(status().is3xxRedirection());
    assertThat(
            jdbc.sql("SELECT address FROM command_warehouse WHERE id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("新地址");

    String code = "F-" + UUID.randomUUID().toString().substring(0, 8);
    mvc.perform(
            post("/command/supply-items")
                .with(csrf())
                .with(emergency())
                .param("code", code)
                .param("name", "折叠床")
                .param("unit", "张"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/command/supply-items")
                .with(csrf())
                .with(emergency())
                .param("code", code)
                .param("name", "折叠床")
                .param("unit", "张"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("物资编码“" + code + "”已存在")));
    mvc.perform(
            post("/command/supply-items/" + code)
                .with(csrf())
                .with(emergency())
                .param("name", "折叠床（军用）")
                .param("unit", "张")
                .param("category", "生活类"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/command/supply-items").with(emergency()))
        .andExpect(content().string(containsString("折叠床（军用）")));
    // Town staff may add items but not change the district-wide catalogue.
    mvc.perform(get("/command/supply-items/" + code + "/edit").with(townStaff()))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/command/supply-items/" + code)
                .with(csrf())
                .with(townStaff())
                .param("name", "改名")
                .param("unit", "张"))
        .andExpect(status().isForbidden());

    mvc.perform(
            post("/command/warehouses/" + id + "/stock")
                .with(csrf())
                .with(emergency())
                .param("itemCode", code)
                .param("quantity", "40")
                .param("minimumStock", "50")
                .param("expiryDate", LocalDate.now().plusYears(2).toString()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/command/warehouses/" + id).with(emergency()))
        .andExpect(content().string(containsString("低库存")))
        .andExpect(content().string(containsString("stock?item=" + code)));
    mvc.perform(
            post("/command/warehouses/" + id + "/stock")
                .with(csrf())
                .with(emergency())
                .param("itemCode", code)
                .param("quantity", "-3")
                .param("minimumStock", "50"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("数量：数量必须是不小于 0 的整数")));
    mvc.perform(
            post("/command/warehouses/" + id + "/stock")
                .with(csrf())
                .with(emergency())
                .param("itemCode", code)
                .param("quantity", "60")
                .param("minimumStock", "50")
                .param("expiryDate", "2030-02-30"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("不是有效的日期")));
    assertThat(
            jdbc.sql("SELECT quantity FROM command_stock WHERE warehouse_id = ? AND item_code = ?")
                .param(id)
                .param(code)
                .query(Long.class)
                .single())
        .isEqualTo(40);
    mvc.perform(
            get("/command/warehouses/" + id + "/stock")
                .with(user(account(Role.DISTRICT_LEADER)).roles("DISTRICT_LEADER")))
        .andExpect(status().isForbidden());
  }
}
