package org.shuzhi.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
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
 * A duty officer's view of monitoring: the device page draws the ECharts trend with the readings
 * and the flood station's threshold lines, and the alarm list, open in the browser, shows a new
 * alarm pushed over SSE without a reload. A gauge of its own at a new flood station in 城厢街道 (the
 * demo's simulator runs alongside). Same configuration as the other browser tests, so all share one
 * context; screenshots go to target/screenshots.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "shuzhi.demo.enabled=true",
      "shuzhi.demo.password=Demo-Passw0rd!",
      "shuzhi.demo.enterprises=3000"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeviceLiveBrowserTest {

  @LocalServerPort int port;
  @Autowired DeviceRegistry registry;

  ChromeDriver browser;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void startBrowser() {
    var service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
            .usingAnyFreePort()
            .build();
    var options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1200",
        "--lang=zh-CN");
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theTrendChartHasDataAndThresholdsAndTheAlarmListUpdatesLive() throws Exception {
    try {
      trendAndLiveAlarm();
    } catch (RuntimeException | AssertionError e) {
      screenshot("device-live-failure.png");
      Files.writeString(
          Path.of("target", "screenshots", "device-live-failure.html"), browser.getPageSource());
      throw e;
    }
  }

  private void trendAndLiveAlarm() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    long station =
        registry.register(
            new FloodStationDraft(
                "BT-ST-" + suffix,
                "浏览器测试水位站 " + suffix,
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
                "BT-WL-" + suffix,
                "浏览器测试水位计 " + suffix,
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
    // Three hours of ordinary readings, below the warning level.
    Instant now = Instant.now();
    for (int i = 0; i < 12; i++) {
      send(gauge, now.minus(Duration.ofMinutes(180 - 15 * i)), i + 1, 4.0 + i * 0.05);
    }

    signIn("/monitoring/devices/" + gauge.id());
    var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(d -> !d.findElements(By.cssSelector("#device-trend .trend-chart canvas")).isEmpty());
    @SuppressWarnings("unchecked")
    Map<String, Object> chart =
        (Map<String, Object>)
            browser.executeScript(
                """
                var option = echarts.getInstanceByDom(
                    document.querySelector('#device-trend .trend-chart')).getOption();
                var series = option.series[0];
                return {points: series.data.length,
                        lines: series.markLine.data.map(function (m) { return m.yAxis; })};""");
    assertThat(((Number) chart.get("points")).intValue()).isEqualTo(12);
    // Warning, guarantee and historical levels of the station as dashed mark lines.
    assertThat((List<?>) chart.get("lines"))
        .map(v -> ((Number) v).doubleValue())
        .contains(5.0, 6.5, 7.2);
    screenshot("device-trend.png");

    // The live alarm list: a reading above the guarantee level arrives while the page is open.
    browser.get("http://localhost:" + port + "/monitoring/alarms");
    wait.until(d -> d.findElement(By.id("alarm-table")).getText().contains("实时更新"));
    assertThat(browser.findElement(By.id("alarm-table")).getText()).doesNotContain(gauge.code());
    // A mark on the page's window: a reload would lose it.
    browser.executeScript("window.shuzhiNoReload = 'still here';");
    send(gauge, Instant.now(), 100, 6.8);
    wait.until(d -> d.findElement(By.id("alarm-table")).getText().contains(gauge.code()));
    assertThat(browser.executeScript("return window.shuzhiNoReload;")).isEqualTo("still here");
    screenshot("alarm-list-live.png");
  }

  private void signIn(String path) {
    browser.get("http://localhost:" + port + path);
    if (browser.getCurrentUrl().contains("/login")) {
      browser.findElement(By.id("username")).sendKeys("demo.leader");
      browser.findElement(By.id("password")).sendKeys("Demo-Passw0rd!");
      browser.findElement(By.id("login-submit")).click();
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(d -> d.getCurrentUrl().contains(path));
    }
  }

  /** One reading through the HTTP ingestion API, as the device would send it. */
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

  private void screenshot(String name) throws Exception {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
  }
}
