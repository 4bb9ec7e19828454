package org.shuzhi.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shuzhi.HeadlessBrowser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person's view: log in as the demo district leader and see the one map with the enterprise layer
 * drawn. Runs with Debian's chromium and chromedriver (profile {@code browser}, see .ci/run);
 * screenshots go to target/screenshots.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "shuzhi.demo.enabled=true",
      "shuzhi.demo.password=Demo-Passw0rd!",
      "shuzhi.demo.enterprises=${map.points:3000}"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OneMapBrowserTest {

  @LocalServerPort int port;

  @org.springframework.beans.factory.annotation.Value("${shuzhi.demo.enterprises}")
  int expected;

  ChromeDriver browser;

  @BeforeAll
  void startBrowser() {
    browser = HeadlessBrowser.start(1400, 900);
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theDistrictLeaderSeesTheMapWithTheEnterpriseLayer() throws Exception {
    try {
      leaderSeesTheMap();
    } catch (RuntimeException | AssertionError e) {
      HeadlessBrowser.saveFailure(browser, "failure");
      throw e;
    }
  }

  private void leaderSeesTheMap() throws Exception {
    browser.get("http://localhost:" + port + "/map");
    // Not signed in: the login page comes first.
    assertThat(browser.getCurrentUrl()).contains("/login");
    browser.findElement(By.id("username")).sendKeys("demo.leader");
    browser.findElement(By.id("password")).sendKeys("Demo-Passw0rd!");
    browser.findElement(By.id("login-submit")).click();

    var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(d -> d.getCurrentUrl().contains("/map"));
    var map = browser.findElement(By.id("map"));
    wait.until(
        d ->
            map.getAttribute("data-layer-enterprises") != null
                && map.getAttribute("data-layer-enterprises").matches("\\d+"));
    int drawn = Integer.parseInt(map.getAttribute("data-layer-enterprises"));
    assertThat(drawn).isEqualTo(expected);
    wait.until(d -> map.getAttribute("data-layers-ms") != null);
    System.out.printf(
        "one map: %d enterprise points loaded and drawn in %s ms%n",
        drawn, map.getAttribute("data-layers-ms"));
    assertThat(browser.findElements(By.cssSelector("#map canvas"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector(".leaflet-control-layers-overlays label")))
        .extracting(e -> e.getText().trim())
        .contains("企业库", "镇街", "区界");
    assertThat(browser.findElements(By.cssSelector(".town-label"))).hasSize(22);
    HeadlessBrowser.screenshot(browser, "one-map-leader.png");

    // The layer follows the filter: one town only.
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("map-town")))
        .selectByValue("330109001");
    browser.findElement(By.cssSelector("#map-filters button")).click();
    wait.until(
        d ->
            browser.findElement(By.id("map-status")).getText().matches(".*\\d+.*")
                && !browser
                    .findElement(By.id("map-status"))
                    .getText()
                    .contains(String.valueOf(expected)));
    assertThat(browser.findElement(By.id("map-status")).getText())
        .doesNotContain(String.valueOf(expected));
  }

  @Test
  void theRegistryListsDemoEnterprisesMarkedAsSynthetic() throws Exception {
    browser.get("http://localhost:" + port + "/enterprises");
    if (browser.getCurrentUrl().contains("/login")) {
      browser.findElement(By.id("username")).sendKeys("demo.leader");
      browser.findElement(By.id("password")).sendKeys("Demo-Passw0rd!");
      browser.findElement(By.id("login-submit")).click();
    }
    var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(d -> d.getCurrentUrl().contains("/enterprises"));
    var rows = browser.findElements(By.cssSelector("#enterprise-rows tbody tr"));
    assertThat(rows).hasSize(20);
    assertThat(rows.get(0).getText()).contains("演示");
    // Phones are masked in the list.
    assertThat(rows.get(0).findElements(By.tagName("td")).get(5).getText())
        .matches("1\\d{2}\\*{4}\\d{4}");
    HeadlessBrowser.screenshot(browser, "enterprise-list.png");
    rows.get(0).findElement(By.tagName("a")).click();
    wait.until(d -> d.getCurrentUrl().matches(".*/enterprises/\\d+"));
    assertThat(browser.findElement(By.cssSelector(".card h2 .synthetic")).getText())
        .isEqualTo("演示数据");
    HeadlessBrowser.screenshot(browser, "enterprise-detail.png");
  }
}
