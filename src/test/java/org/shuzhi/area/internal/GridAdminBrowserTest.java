package org.shuzhi.area.internal;

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
 * A person's view of grid administration: the demo system administrator opens 城厢街道 and sees its
 * four demo grids drawn on the map (the script runs under the page's CSP). Same configuration as
 * the one-map browser test, so both share one context. Screenshots go to target/screenshots.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "shuzhi.demo.enabled=true",
      "shuzhi.demo.password=Demo-Passw0rd!",
      "shuzhi.demo.enterprises=3000"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GridAdminBrowserTest {

  @LocalServerPort int port;
  ChromeDriver browser;

  @BeforeAll
  void startBrowser() {
    browser = HeadlessBrowser.start(1400, 1400);
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theSystemAdministratorSeesTheTownsGridsOnTheMap() throws Exception {
    try {
      browser.get("http://localhost:" + port + "/admin/grids?town=330109001");
      browser.findElement(By.id("username")).sendKeys("demo.sysadmin");
      browser.findElement(By.id("password")).sendKeys("Demo-Passw0rd!");
      browser.findElement(By.id("login-submit")).click();

      var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      // Administrators enrol an authenticator first (等保): answer with the shown secret.
      if (browser.getCurrentUrl().contains("/mfa")) {
        String secret = browser.findElement(By.cssSelector("main code")).getText().trim();
        browser.findElement(By.name("code")).sendKeys(totp(secret));
        browser.findElement(By.cssSelector("main form button")).click();
        browser.get("http://localhost:" + port + "/admin/grids?town=330109001");
      }
      wait.until(d -> d.getCurrentUrl().contains("/admin/grids"));
      // The town outline and the four demo grids (quadrants of 城厢街道).
      wait.until(d -> d.findElements(By.cssSelector("#grids-map path")).size() >= 5);
      assertThat(browser.findElements(By.cssSelector("table.grid tbody tr"))).hasSize(4);
      assertThat(browser.getPageSource()).contains("DEMO-G1").contains("demo.grid");
      HeadlessBrowser.screenshot(browser, "grid-admin.png");
    } catch (RuntimeException | AssertionError e) {
      HeadlessBrowser.saveFailure(browser, "grid-admin-failure");
      throw e;
    }
  }

  /** RFC 6238 TOTP (HMAC-SHA1, 30 s, 6 digits) of a base32 secret (RFC 4648). */
  private static String totp(String base32) throws Exception {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    var bytes = new java.io.ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char c : base32.replace("=", "").toUpperCase().toCharArray()) {
      buffer = (buffer << 5) | alphabet.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        bytes.write((buffer >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    var mac = javax.crypto.Mac.getInstance("HmacSHA1");
    mac.init(new javax.crypto.spec.SecretKeySpec(bytes.toByteArray(), "HmacSHA1"));
    byte[] hash =
        mac.doFinal(
            java.nio.ByteBuffer.allocate(8).putLong(System.currentTimeMillis() / 30_000).array());
    int offset = hash[hash.length - 1] & 0xf;
    int binary = java.nio.ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
    return String.format("%06d", binary % 1_000_000);
  }
}
