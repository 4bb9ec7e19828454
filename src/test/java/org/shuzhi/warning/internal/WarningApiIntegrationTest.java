package org.shuzhi.warning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.identity.Role;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The warning lifecycle over the API: rights, states, CAP XML, JSON and the Atom feed. */
class WarningApiIntegrationTest extends IntegrationTest {

  static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
  static final Pattern IDENTIFIER = Pattern.compile("<identifier>([^<]+)</identifier>");

  static RequestPostProcessor as(String username, Role role) {
    return user(username).roles(role.name());
  }

  /** A square around a point of 城厢街道, closed. */
  static String polygon(boolean closed) {
    String ring =
        "[{\"lon\":120.245,\"lat\":30.165},{\"lon\":120.251,\"lat\":30.165},"
            + "{\"lon\":120.251,\"lat\":30.170},{\"lon\":120.245,\"lat\":30.170}"
            + (closed ? ",{\"lon\":120.245,\"lat\":30.165}]" : "]");
    return "{\"description\":\"城厢街道测试区\",\"polygon\":" + ring + "}";
  }

  static String draft(String headline, String area, String towns) {
    return """
        {"eventType":"RAINSTORM","colour":"ORANGE","headline":"%s",
         "description":"预计未来3小时降雨量将达50毫米以上","instruction":"停止户外作业",
         "senderDepartment":"EMERGENCY","areas":[%s],"townCodes":%s}
        """
        .formatted(headline, area, towns);
  }

  static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Any 2xx: the first receipt is 201, unless an earlier run of the suite received it. */
  static final int ANY_SUCCESS = -1;

  String perform(MockHttpServletRequestBuilder request, int expected) throws Exception {
    return mvc.perform(request)
        .andExpect(expected == ANY_SUCCESS ? status().is2xxSuccessful() : status().is(expected))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  long create(String staff, String body) throws Exception {
    String json =
        perform(
            post("/api/v1/warnings")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(as(staff, Role.DEPARTMENT_STAFF)),
            201);
    Matcher m = ID.matcher(json);
    assertThat(m.find()).isTrue();
    return Long.parseLong(m.group(1));
  }

  static void validatesAgainstCapSchema(String xml) throws Exception {
    var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    try (var xsd = new ClassPathResource("warning/CAP-v1.2.xsd").getInputStream()) {
      factory
          .newSchema(new StreamSource(xsd))
          .newValidator()
          .validate(new StreamSource(new StringReader(xml)));
    }
  }

  @Test
  void lifecycleFromDraftToCancelServesCapJsonAndFeed() throws Exception {
    String staff = departmentAccount("EMERGENCY");
    String headline = unique("暴雨橙色预警");
    long id = create(staff, draft(headline, polygon(true), "[]"));

    // A draft is not public: not in JSON, XML or the feed for anonymous callers.
    perform(get("/api/v1/warnings/" + id), 404);
    perform(get("/api/v1/warnings/" + id + ".xml"), 404);
    assertThat(perform(get("/api/v1/warnings/feed"), 200)).doesNotContain(headline);
    // Its author sees a Draft preview that is valid CAP.
    String preview =
        perform(get("/api/v1/warnings/" + id + ".xml").with(as(staff, Role.DEPARTMENT_STAFF)), 200);
    assertThat(preview).contains("<status>Draft</status>");
    validatesAgainstCapSchema(preview);
    // Update or cancel of a draft is refused, nothing changes.
    perform(post("/api/v1/warnings/" + id + "/cancel").with(as(staff, Role.DEPARTMENT_STAFF)), 409);
    perform(
        post("/api/v1/warnings/" + id + "/update")
            .contentType(MediaType.APPLICATION_JSON)
            .content(draft(headline, polygon(true), "[]"))
            .with(as(staff, Role.DEPARTMENT_STAFF)),
        409);

    // Publish: CAP Alert, public, valid, GB/T 35965 identifier, geocode of 城厢街道.
    perform(
        post("/api/v1/warnings/" + id + "/publish").with(as(staff, Role.DEPARTMENT_STAFF)), 200);
    perform(
        post("/api/v1/warnings/" + id + "/publish").with(as(staff, Role.DEPARTMENT_STAFF)), 409);
    String alert = perform(get("/api/v1/warnings/" + id + ".xml"), 200);
    validatesAgainstCapSchema(alert);
    assertThat(alert)
        .contains("<msgType>Alert</msgType>", "<status>Actual</status>")
        .contains("<severity>Severe</severity>", "<urgency>Immediate</urgency>")
        .contains("<value>" + CHENGXIANG + "</value>")
        .contains(
            "<polygon>30.165,120.245 30.165,120.251 30.17,120.251 30.17,120.245 30.165,120.245</polygon>")
        .doesNotContain("<references>");
    Matcher first = IDENTIFIER.matcher(alert);
    assertThat(first.find()).isTrue();
    String firstId = first.group(1);
    assertThat(firstId).hasSize(31).matches("33010900000100_\\d{14}_\\d");
    assertThat(perform(get("/api/v1/warnings/" + id).accept("application/cap+xml"), 200))
        .isEqualTo(alert);
    assertThat(perform(get("/api/v1/warnings/" + id), 200))
        .contains("\"status\":\"PUBLISHED\"", "\"identifier\":\"" + firstId + "\"");

    String feed = perform(get("/api/v1/warnings/feed"), 200);
    assertThat(feed)
        .contains("<title>" + headline + "</title>")
        .contains("/api/v1/warnings/" + id + ".xml\"")
        .contains("type=\"application/cap+xml\"")
        .contains("<category term=\"ORANGE\"");

    // Update: CAP Update referencing the Alert; the feed shows the new headline.
    String updated = headline + "（更新）";
    perform(
        post("/api/v1/warnings/" + id + "/update")
            .contentType(MediaType.APPLICATION_JSON)
            .content(draft(updated, polygon(true), "[]").replace("ORANGE", "RED"))
            .with(as(staff, Role.DEPARTMENT_STAFF)),
        200);
    String update = perform(get("/api/v1/warnings/" + id + ".xml"), 200);
    validatesAgainstCapSchema(update);
    assertThat(update)
        .contains("<msgType>Update</msgType>", "<severity>Extreme</severity>")
        .contains("<references>emergency@shuzhi.xiaoshan.gov.cn," + firstId + ",");
    feed = perform(get("/api/v1/warnings/feed"), 200);
    assertThat(feed)
        .contains("<title>" + updated + "</title>")
        .doesNotContain("<title>" + headline + "</title>");

    // Cancel: CAP Cancel, gone from the feed, a second cancel or an update is refused.
    perform(
        post("/api/v1/warnings/" + id + "/cancel")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"reason\":\"降雨结束\"}")
            .with(as(staff, Role.DEPARTMENT_STAFF)),
        200);
    String cancel = perform(get("/api/v1/warnings/" + id + ".xml"), 200);
    validatesAgainstCapSchema(cancel);
    assertThat(cancel).contains("<msgType>Cancel</msgType>", "<note>降雨结束</note>");
    assertThat(perform(get("/api/v1/warnings/feed"), 200)).doesNotContain(updated);
    perform(post("/api/v1/warnings/" + id + "/cancel").with(as(staff, Role.DEPARTMENT_STAFF)), 409);
    perform(
        post("/api/v1/warnings/" + id + "/update")
            .contentType(MediaType.APPLICATION_JSON)
            .content(draft(updated, polygon(true), "[]"))
            .with(as(staff, Role.DEPARTMENT_STAFF)),
        409);
    assertThat(perform(get("/api/v1/warnings/" + id), 200)).contains("\"messageCount\":3");
  }

  @Test
  void polygonNotClosedIsRefusedWithAClearMessageAndNothingSaved() throws Exception {
    String staff = departmentAccount("EMERGENCY");
    String headline = unique("未闭合");
    String problem =
        perform(
            post("/api/v1/warnings")
                .contentType(MediaType.APPLICATION_JSON)
                .content(draft(headline, polygon(false), "[]"))
                .header("Accept-Language", "en")
                .with(as(staff, Role.DEPARTMENT_STAFF)),
            400);
    assertThat(problem).contains("not closed");
    assertThat(perform(get("/api/v1/warnings").with(as(staff, Role.DEPARTMENT_STAFF)), 200))
        .doesNotContain(headline);
    String circle =
        "{\"description\":\"圆\",\"centre\":{\"lon\":120.248,\"lat\":30.167},\"radiusKm\":0}";
    assertThat(
            perform(
                post("/api/v1/warnings")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(draft(headline, circle, "[]"))
                    .header("Accept-Language", "en")
                    .with(as(staff, Role.DEPARTMENT_STAFF)),
                400))
        .contains("radius must be greater than 0");
    String far = "{\"description\":\"北京\",\"centre\":{\"lon\":116.4,\"lat\":39.9},\"radiusKm\":5}";
    assertThat(
            perform(
                post("/api/v1/warnings")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(draft(headline, far, "[]"))
                    .header("Accept-Language", "en")
                    .with(as(staff, Role.DEPARTMENT_STAFF)),
                400))
        .contains("outside Xiaoshan");
  }

  @Test
  void townStaffDraftForTheirTownOnlyAndCannotPublish() throws Exception {
    String town = account(Role.TOWN_STAFF);
    String headline = unique("镇街草稿");
    String json =
        perform(
            post("/api/v1/warnings")
                .contentType(MediaType.APPLICATION_JSON)
                .content(draft(headline, polygon(true), "[\"" + CHENGXIANG + "\"]"))
                .with(as(town, Role.TOWN_STAFF)),
            201);
    Matcher m = ID.matcher(json);
    assertThat(m.find()).isTrue();
    long id = Long.parseLong(m.group(1));
    perform(post("/api/v1/warnings/" + id + "/publish").with(as(town, Role.TOWN_STAFF)), 403);
    perform(
        post("/api/v1/warnings")
            .contentType(MediaType.APPLICATION_JSON)
            .content(draft(headline, polygon(true), "[\"" + BEIGAN + "\"]"))
            .with(as(town, Role.TOWN_STAFF)),
        400);
    // Another town's staff and a grid worker do not see the draft; the emergency bureau does.
    String other = account(Role.TOWN_STAFF, Set.of(BEIGAN), null, false);
    perform(get("/api/v1/warnings/" + id).with(as(other, Role.TOWN_STAFF)), 404);
    String staff = departmentAccount("EMERGENCY");
    perform(
        post("/api/v1/warnings/" + id + "/publish").with(as(staff, Role.DEPARTMENT_STAFF)), 200);
    // Staff of a department that does not issue warnings may not.
    String economy = account(Role.DEPARTMENT_STAFF);
    perform(
        post("/api/v1/warnings")
            .contentType(MediaType.APPLICATION_JSON)
            .content(draft(headline, polygon(true), "[]"))
            .with(as(economy, Role.DEPARTMENT_STAFF)),
        403);
  }

  @Test
  void theSpecificationsFourExamplesAreReceivedAndInvalidXmlIsRefused() throws Exception {
    String staff = departmentAccount("EMERGENCY");
    for (String name :
        new String[] {
          "example-homeland-security.xml",
          "example-severe-thunderstorm.xml",
          "example-earthquake.xml",
          "example-amber-alert.xml"
        }) {
      String xml =
          new ClassPathResource("warning/" + name).getContentAsString(StandardCharsets.UTF_8);
      String json =
          perform(
              post("/api/v1/warnings/received")
                  .contentType("application/cap+xml")
                  .content(xml)
                  .with(as(staff, Role.DEPARTMENT_STAFF)),
              ANY_SUCCESS);
      assertThat(json).contains("\"sender\"", "\"identifier\"");
      // Received again: nothing doubled.
      perform(
          post("/api/v1/warnings/received")
              .contentType("application/cap+xml")
              .content(xml)
              .with(as(staff, Role.DEPARTMENT_STAFF)),
          200);
    }
    String thunderstorm =
        perform(get("/api/v1/warnings/received").with(as(staff, Role.DEPARTMENT_STAFF)), 200);
    assertThat(thunderstorm)
        .contains("\"event\":\"SEVERE THUNDERSTORM\"", "\"severity\":\"Severe\"")
        .contains("\"colour\":\"ORANGE\"")
        .contains("\"msgType\":\"Update\"");
    String bad =
        perform(
            post("/api/v1/warnings/received")
                .contentType("application/cap+xml")
                .content(
                    "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>x"
                        + "</identifier></alert>")
                .header("Accept-Language", "en")
                .with(as(staff, Role.DEPARTMENT_STAFF)),
            400);
    assertThat(bad).contains("Not a valid CAP 1.2 message (line 1");
  }
}
