package org.shuzhi.command.internal.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shuzhi.HeadlessBrowser;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.monitoring.DeviceDraft;
import org.shuzhi.monitoring.DeviceKind;
import org.shuzhi.monitoring.DeviceRegistry;
import org.shuzhi.monitoring.DeviceTargetKind;
import org.shuzhi.monitoring.FloodStationDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The duty officer's one-click response in the browser: a water-level gauge of the test's own (at a
 * new flood station in 城厢街道) reads above its guarantee level, monitoring raises the alarm, the
 * incident list offers it, one click opens the incident and its response screen, confirming
 * dispatches the proposed teams, and the dispatch shows on the incident's timeline; the cockpit's
 * incidents tile counts it. Same configuration as the other browser tests (one shared context);
 * screenshots go to target/screenshots.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "shuzhi.demo.enabled=true",
      "shuzhi.demo.password=Demo-Passw0rd!",
      "shuzhi.demo.enterprises=3000"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncidentResponseBrowserTest {

  @LocalServerPort int port;
  @Autowired DeviceRegistry registry;

  ChromeDriver browser;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void startBrowser() {
    browser = HeadlessBrowser.start(1400, 1200);
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void anAlarmBecomesAnIncidentWhoseConfirmedResponseShowsTheDispatch() throws Exception {
    try {
      oneClick();
    } catch (RuntimeException | AssertionError e) {
      HeadlessBrowser.saveFailure(browser, "incident-response-failure");
      throw e;
    }
  }

  private void oneClick() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    long station =
        registry.register(
            new FloodStationDraft(
                "IR-ST-" + suffix,
                "处置测试水位站 " + suffix,
                "北塘河",
                120.2484,
                30.1673,
                CoordinateSystem.WGS84,
                new BigDecimal("5.00"),
                new BigDecimal("6.50"),
                new BigDecimal("7.20"),
                false),
            "test");
    var gauge =
        registry.register(
            new DeviceDraft(
                "IR-WL-" + suffix,
                "处置测试水位计 " + suffix,
                DeviceKind.WATER_LEVEL,
                List.of(new DeviceDraft.ChannelDraft("level", "m")),
                DeviceTargetKind.FLOOD_STATION,
                station,
                null,
                null,
                null,
                true,
                false),
            "test");
    send(gauge, Instant.now(), 1, 6.9);

    signIn("/command/incidents");
    var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    // The alarm reaches the command module after monitoring's commit: reload until it is offered.
    WebElement button =
        wait.until(
            d -> {
              d.navigate().refresh();
              return d.findElements(By.cssSelector("#alarms-to-open tr")).stream()
                  .filter(r -> r.getText().contains(gauge.code()))
                  .findFirst()
                  .map(r -> r.findElement(By.cssSelector("button.open-from-alarm")))
                  .orElse(null);
            });
    button.click();
    wait.until(d -> d.getCurrentUrl().endsWith("/respond"));
    List<WebElement> teams = browser.findElements(By.cssSelector("input.team:checked"));
    assertThat(teams).as("teams proposed from the flood plan").isNotEmpty();
    HeadlessBrowser.screenshot(browser, "incident-respond.png");
    browser.findElement(By.id("confirm-response")).click();
    wait.until(d -> d.getCurrentUrl().matches(".*/command/incidents/\\d+$"));
    String incidentUrl = browser.getCurrentUrl();
    wait.until(d -> d.findElement(By.id("incident-timeline")).getText().contains("调派队伍"));
    assertThat(browser.findElement(By.id("incident-status")).getText()).isEqualTo("响应中");
    assertThat(browser.findElements(By.cssSelector("#incident-timeline tr[data-kind=DISPATCH]")))
        .hasSize(teams.size());
    HeadlessBrowser.screenshot(browser, "incident-timeline.png");

    // The cockpit counts the open incident.
    browser.get("http://localhost:" + port + "/cockpit");
    wait.until(
        d ->
            Integer.parseInt(
                    d.findElement(By.cssSelector("#tile-incidents .tile-total")).getText().trim())
                >= 1);
    HeadlessBrowser.screenshot(browser, "incident-cockpit.png");
    assertThat(incidentUrl).contains("/command/incidents/");
  }

  private void signIn(String path) {
    browser.get("http://localhost:" + port + path);
    if (browser.getCurrentUrl().contains("/login")) {
      browser.findElement(By.id("username")).sendKeys("demo.emergency");
      browser.findElement(By.id("password")).sendKeys("Demo-Passw0rd!");
      browser.findElement(By.id("login-submit")).click();
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(d -> d.getCurrentUrl().contains(path));
    }
  }

  private void send(DeviceRegistry.IssuedDevice device, Instant ts, int seq, double level)
      throws Exception {
    var response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/v1/telemetry/" + device.code()))
                .header("Authorization", "Bearer " + device.token())
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"ts\":%d,\"seq\":%d,\"values\":{\"level\":%s}}"
                            .formatted(ts.toEpochMilli(), seq, level)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }
}
