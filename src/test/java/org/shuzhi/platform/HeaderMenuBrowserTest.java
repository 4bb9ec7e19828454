package org.shuzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shuzhi.HeadlessBrowser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The header menu stays on one line on a 1366 px laptop: what does not fit goes into "More", which
 * opens and lists the rest. Same configuration as the other browser tests.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "shuzhi.demo.enabled=true",
      "shuzhi.demo.password=Demo-Passw0rd!",
      "shuzhi.demo.enterprises=3000"
    })
class HeaderMenuBrowserTest {

  @LocalServerPort int port;

  @Test
  @SuppressWarnings("unchecked")
  void theMenuFitsOneLineAt1366PixelsWithTheRestUnderMore() throws Exception {
    ChromeDriver browser = HeadlessBrowser.start(1366, 768);
    try {
      browser.get("http://localhost:" + port + "/");
      browser.findElement(By.id("username")).sendKeys("demo.emergency");
      browser.findElement(By.id("password")).sendKeys("Demo-Passw0rd!");
      browser.findElement(By.id("login-submit")).click();
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(d -> !d.findElements(By.cssSelector(".menu.fitted")).isEmpty());
      Map<String, Object> m =
          (Map<String, Object>)
              browser.executeScript(
                  """
                  var menu = document.querySelector('.topbar .menu');
                  var items = menu.querySelectorAll('a');
                  var tops = Array.prototype.map.call(items, function (a) {
                    return Math.round(a.getBoundingClientRect().top); });
                  return { lines: new Set(tops).size, shown: items.length,
                    more: document.querySelectorAll('.menu-more-list a').length,
                    header: document.querySelector('.topbar').getBoundingClientRect().height,
                    overflow: menu.scrollWidth - menu.clientWidth };
                  """);
      HeadlessBrowser.screenshot(browser, "header-menu-1366.png");
      assertThat(((Number) m.get("lines")).intValue()).as("menu lines").isEqualTo(1);
      assertThat(((Number) m.get("overflow")).intValue()).isLessThanOrEqualTo(0);
      assertThat(((Number) m.get("more")).intValue()).as("entries under More").isPositive();
      assertThat(((Number) m.get("header")).doubleValue()).isLessThan(60);
      browser.findElement(By.cssSelector(".menu-more summary")).click();
      assertThat(browser.findElement(By.cssSelector(".menu-more-list a")).isDisplayed()).isTrue();
      HeadlessBrowser.screenshot(browser, "header-menu-1366-more.png");
    } catch (RuntimeException | AssertionError e) {
      HeadlessBrowser.saveFailure(browser, "header-menu-failure");
      throw e;
    } finally {
      browser.quit();
    }
  }
}
