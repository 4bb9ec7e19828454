package org.shuzhi.efficiency.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shuzhi.HeadlessBrowser;
import org.shuzhi.efficiency.EfficiencyGroup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The method form in a browser, on the demo's 2025 year (so the demo's 亩均 load ran too): the weight
 * total follows the typing under the page's CSP, rows are added and removed, the classification
 * fields follow the mode, and the saved method is what the form showed. Same configuration as the
 * other browser tests, so they share one context.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "shuzhi.demo.enabled=true",
      "shuzhi.demo.password=Demo-Passw0rd!",
      "shuzhi.demo.enterprises=3000"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MethodFormBrowserTest {

  @LocalServerPort int port;
  @Autowired EfficiencyYears years;
  ChromeDriver browser;

  @BeforeAll
  void startBrowser() {
    browser = HeadlessBrowser.start(1400, 2400);
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theBureauEditsTheMethodInTheForm() throws Exception {
    try {
      browser.get("http://localhost:" + port + "/efficiency/2025/method");
      browser.findElement(By.id("username")).sendKeys("demo.economy");
      browser.findElement(By.id("password")).sendKeys("Demo-Passw0rd!");
      browser.findElement(By.id("login-submit")).click();
      var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      wait.until(d -> d.getCurrentUrl().contains("/efficiency/2025/method"));
      int before = years.method(2025).version();

      WebElement above = browser.findElement(By.id("group-ABOVE_SCALE_INDUSTRY"));
      WebElement sum = above.findElement(By.cssSelector("output[data-weight-sum]"));
      wait.until(d -> "100".equals(sum.getText()));
      WebElement firstWeight = above.findElement(By.name("groups[0].indicators[0].weight"));
      firstWeight.clear();
      firstWeight.sendKeys("20");
      wait.until(d -> "90".equals(sum.getText()));
      assertThat(sum.getAttribute("class")).contains("weight-off");

      // a new row takes the next index; removing the R&D row and adding it back keeps 100
      above.findElement(By.cssSelector("button[data-add-row]")).click();
      new Select(above.findElement(By.name("groups[0].indicators[6].code")))
          .selectByValue("TAX_PER_KWH");
      above.findElement(By.name("groups[0].indicators[6].weight")).sendKeys("10");
      wait.until(d -> "100".equals(sum.getText()));
      assertThat(sum.getAttribute("class")).doesNotContain("weight-off");

      WebElement below = browser.findElement(By.id("group-BELOW_SCALE_INDUSTRY"));
      WebElement cutoffs = below.findElement(By.cssSelector("[data-mode-fields=CUTOFF]"));
      assertThat(cutoffs.isDisplayed()).isFalse();
      new Select(below.findElement(By.name("groups[1].mode"))).selectByValue("CUTOFF");
      wait.until(d -> cutoffs.isDisplayed());
      below.findElement(By.name("groups[1].cutoffA")).sendKeys("90");
      below.findElement(By.name("groups[1].cutoffB")).sendKeys("75");
      below.findElement(By.name("groups[1].cutoffC")).sendKeys("60");
      // the second rule row of 规下 goes
      below.findElements(By.cssSelector("tbody[data-rows] button[data-remove-row]")).get(3).click();
      HeadlessBrowser.screenshot(browser, "efficiency-method-form.png");

      browser.findElement(By.cssSelector("#method-form button[type=submit]")).click();
      wait.until(d -> d.getCurrentUrl().contains("saved"));
      var saved = years.method(2025);
      assertThat(saved.version()).isEqualTo(before + 1);
      var aboveMethod = saved.method().group(EfficiencyGroup.ABOVE_SCALE_INDUSTRY).orElseThrow();
      assertThat(aboveMethod.indicators()).hasSize(7);
      assertThat(aboveMethod.indicators().get(0).weight()).isEqualTo(20.0);
      var belowMethod = saved.method().group(EfficiencyGroup.BELOW_SCALE_INDUSTRY).orElseThrow();
      assertThat(belowMethod.classification().mode().name()).isEqualTo("CUTOFF");
      assertThat(belowMethod.rules()).hasSize(1);
    } catch (RuntimeException | AssertionError e) {
      HeadlessBrowser.saveFailure(browser, "efficiency-method-failure");
      throw e;
    }
  }
}
