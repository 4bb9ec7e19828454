package org.shuzhi.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shuzhi.HeadlessBrowser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The wall cockpit fits the screen: on a 1920×1080 wall and on a 1366×768 laptop the page has no
 * scrollbars, the whole 1920×1080 canvas is inside the viewport (scaled), and no tile's figures are
 * cut off; map layers that are unchecked are not fetched. Screenshots go to target/screenshots.
 * Same configuration as the other browser tests.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "shuzhi.demo.enabled=true",
      "shuzhi.demo.password=Demo-Passw0rd!",
      "shuzhi.demo.enterprises=3000"
    })
class CockpitWallBrowserTest {

  @LocalServerPort int port;

  @Test
  void theWallFitsA1920x1080WallAndA1366x768Laptop() throws Exception {
    for (int[] size : List.of(new int[] {1920, 1080}, new int[] {1366, 768})) {
      ChromeDriver browser = HeadlessBrowser.start(size[0], size[1]);
      try {
        fits(browser, size[0] + "x" + size[1]);
      } catch (RuntimeException | AssertionError e) {
        HeadlessBrowser.saveFailure(browser, "cockpit-wall-" + size[0] + "-failure");
        throw e;
      } finally {
        browser.quit();
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void fits(ChromeDriver browser, String name) throws Exception {
    browser.get("http://localhost:" + port + "/cockpit/wall");
    browser.findElement(By.id("username")).sendKeys("demo.leader");
    browser.findElement(By.id("password")).sendKeys("Demo-Passw0rd!");
    browser.findElement(By.id("login-submit")).click();
    var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(d -> d.getCurrentUrl().contains("/cockpit/wall"));
    wait.until(d -> !d.findElements(By.cssSelector("#tile-incidents canvas")).isEmpty());
    Map<String, Object> m =
        (Map<String, Object>)
            browser.executeScript(
                """
                var doc = document.documentElement, canvas = document.querySelector('main.wall');
                var r = canvas.getBoundingClientRect();
                var clipped = Array.prototype.filter.call(
                    document.querySelectorAll('.wall .tile'),
                    function (t) { return t.scrollHeight > t.clientHeight + 1; })
                  .map(function (t) { return t.id; });
                return { viewportW: doc.clientWidth, viewportH: doc.clientHeight,
                  scrollW: doc.scrollWidth, scrollH: doc.scrollHeight,
                  left: r.left, top: r.top, right: r.right, bottom: r.bottom,
                  clipped: clipped.join(',') };
                """);
    HeadlessBrowser.screenshot(browser, "cockpit-wall-" + name + ".png");
    // Layers off by default (devices) are not fetched until checked; shown ones are.
    var map = browser.findElement(By.id("map"));
    wait.until(d -> map.getAttribute("data-layers-ms") != null);
    assertThat(map.getAttribute("data-layer-devices")).isEqualTo("off");
    assertThat(map.getAttribute("data-layer-command-incidents")).matches("\\d+");
    long w = ((Number) m.get("viewportW")).longValue();
    long h = ((Number) m.get("viewportH")).longValue();
    assertThat(((Number) m.get("scrollW")).longValue())
        .as("no horizontal scroll")
        .isLessThanOrEqualTo(w);
    assertThat(((Number) m.get("scrollH")).longValue())
        .as("no vertical scroll")
        .isLessThanOrEqualTo(h);
    assertThat(((Number) m.get("left")).doubleValue()).isGreaterThanOrEqualTo(-0.5);
    assertThat(((Number) m.get("top")).doubleValue()).isGreaterThanOrEqualTo(-0.5);
    assertThat(((Number) m.get("right")).doubleValue()).isLessThanOrEqualTo(w + 0.5);
    assertThat(((Number) m.get("bottom")).doubleValue()).isLessThanOrEqualTo(h + 0.5);
    assertThat((String) m.get("clipped")).as("tiles whose figures are cut off").isEmpty();
  }
}
