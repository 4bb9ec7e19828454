package org.shuzhi;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for the browser tests ({@code -Pbrowser}), in Chinese, and the screenshots they
 * leave in target/screenshots. System properties {@code chromedriver} and {@code chromium} name the
 * executables when they are not in /usr/bin.
 */
public final class HeadlessBrowser {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private HeadlessBrowser() {}

  /** A new browser; quit it when done. */
  public static ChromeDriver start(int width, int height) {
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
        "--window-size=" + width + "," + height,
        "--lang=zh-CN");
    return new ChromeDriver(service, options);
  }

  /** Saves what the browser shows as target/screenshots/{@code fileName}. */
  public static void screenshot(ChromeDriver browser, String fileName) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(fileName), browser.getScreenshotAs(OutputType.BYTES));
  }

  /** On a failure: the screenshot ({@code name}.png) and the page source ({@code name}.html). */
  public static void saveFailure(ChromeDriver browser, String name) throws IOException {
    screenshot(browser, name + ".png");
    Files.writeString(SCREENSHOTS.resolve(name + ".html"), browser.getPageSource());
  }
}
