package ma.accesinfo.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's, with its chromedriver), the size of a phone unless told
 * otherwise, for walking the pages as people do. Each page it is asked to check is also checked for
 * accessibility with axe-core (WCAG 2.1 A and AA): no serious or critical violation passes.
 */
final class Browser implements AutoCloseable {

  static final String CHROMIUM = System.getProperty("accesinfo.it.chromium", "/usr/bin/chromium");
  static final String DRIVER =
      System.getProperty("accesinfo.it.chromedriver", "/usr/bin/chromedriver");

  private final ChromeDriver driver;
  private final String baseUrl;
  private final Path screenshots;

  Browser(String baseUrl, String acceptLanguage, int width, String journey) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=" + width + ",900",
        "--lang=" + acceptLanguage);
    options.setExperimentalOption(
        "prefs", java.util.Map.of("intl.accept_languages", acceptLanguage));
    if (width < 500) {
      // Headless windows are no narrower than 500 px: a phone's viewport is emulated instead
      options.setExperimentalOption(
          "mobileEmulation",
          java.util.Map.of(
              "deviceMetrics", java.util.Map.of("width", width, "height", 800, "pixelRatio", 1.0)));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    this.baseUrl = baseUrl;
    this.screenshots = Path.of("target", "screenshots", journey);
  }

  ChromeDriver driver() {
    return driver;
  }

  void open(String path) {
    driver.get(baseUrl + path);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  void type(String css, String text) {
    WebElement field = find(css);
    field.clear();
    field.sendKeys(text);
  }

  /** Clicks something that stays on the page (a checkbox, a summary that opens its details). */
  void click(String css) {
    find(css).click();
  }

  /** Clicks a link or a submit button and waits for the next page to have loaded. */
  void follow(String css) {
    WebElement page = find("html");
    find(css).click();
    try {
      new WebDriverWait(driver, Duration.ofSeconds(20))
          .until(
              d -> {
                try {
                  page.isEnabled();
                  return false;
                } catch (org.openqa.selenium.WebDriverException gone) {
                  // Stale, or (Chromium mid-navigation) "does not belong to the document"
                  return true;
                }
              });
      new WebDriverWait(driver, Duration.ofSeconds(20))
          .until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("stuck-after-" + css.replaceAll("[^A-Za-z0-9]", "_"));
      throw new AssertionError(
          "no new page after clicking "
              + css
              + " on "
              + driver.getCurrentUrl()
              + ": "
              + find("main").getText(),
          e);
    }
  }

  String text(String css) {
    return find(css).getText();
  }

  /**
   * Opens the page again every half second until the text of {@code css} satisfies {@code done},
   * for work that goes on in the background (30 s at most); returns the text last read.
   */
  String reopenUntil(String path, String css, java.util.function.Predicate<String> done) {
    String text = "";
    for (int i = 0; i < 60; i++) {
      open(path);
      text = text(css);
      if (done.test(text)) {
        break;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return text;
  }

  String cookie(String name) {
    var cookie = driver.manage().getCookieNamed(name);
    return cookie == null ? null : cookie.getValue();
  }

  /** Signs in on the sign-in page; {@code code} is the second factor, for staff (else null). */
  void signIn(String email, String password, String code) {
    open("/signin.xhtml");
    type("#signin\\:email", email);
    type("#signin\\:password", password);
    if (code != null) {
      type("#signin\\:code", code);
    }
    follow("#signin\\:submit");
  }

  /** Saves a picture of the page for people to review, and checks its accessibility. */
  void check(String name) {
    screenshot(name);
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(driver);
    List<Rule> serious =
        results.getViolations().stream()
            .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
            .toList();
    assertThat(serious)
        .as(
            "accessibility of %s: %s",
            name,
            serious.stream()
                .map(
                    r ->
                        r.getId()
                            + " "
                            + r.getNodes().stream().map(n -> n.getTarget().toString()).toList())
                .toList())
        .isEmpty();
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(screenshots);
      File shot = driver.getScreenshotAs(OutputType.FILE);
      Files.copy(
          shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
