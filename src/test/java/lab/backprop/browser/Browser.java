package lab.backprop.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Debian Chromium for the browser tests, set up to work offline: the driver binary is given
 * explicitly so Selenium Manager never looks for one on the network. Without Chromium the tests are
 * skipped with a message, except under CI=true, where they fail.
 */
final class Browser {
    static final File CHROMIUM = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final File CHROMEDRIVER = new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    /** Skips (or, under CI=true, fails) the calling test class when Chromium or its driver is missing. */
    static void requireChromium() {
        if (CHROMIUM.canExecute() && CHROMEDRIVER.canExecute()) {
            return;
        }
        String message = "Chromium or chromedriver is missing (" + CHROMIUM + ", " + CHROMEDRIVER
                + "); install them with: apt-get install -y chromium chromium-driver";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true: browser tests must run. " + message);
        }
        Assumptions.abort(message);
    }

    /** A new headless browser; {@code javascript} false turns scripts off to test the no-JavaScript path. */
    static ChromeDriver start(boolean javascript) {
        requireChromium();
        Path profile = tempProfile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,900", "--lang=ko",
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", javascript
                ? Map.of("intl.accept_languages", "ko-KR,ko")
                : Map.of("intl.accept_languages", "ko-KR,ko", "profile.managed_default_content_settings.javascript", 2));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        // The profile (about 4 MB) goes with the browser: each test class used to leave one in the temp folder.
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options) {
                @Override
                public void quit() {
                    try {
                        super.quit();
                    } finally {
                        delete(profile);
                    }
                }
            };
        } catch (RuntimeException e) {
            delete(profile);
            throw e;
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Console messages of level SEVERE (errors) since the last call. */
    static List<String> consoleErrors(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(e -> e.getMessage())
                .toList();
    }

    private static Path tempProfile() {
        try {
            return Files.createTempDirectory("backprop-lab-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes a browser profile and everything in it. A Chromium helper process may still write a file for
     * a moment after quitting, so a walk that fails is tried again, a few times; a profile that still cannot
     * be deleted is reported, not made a test failure.
     */
    private static void delete(Path profile) {
        for (int attempt = 1; Files.exists(profile); attempt++) {
            try (Stream<Path> paths = Files.walk(profile)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException | UncheckedIOException e) {
                if (attempt == 5) {
                    System.err.println("could not delete the browser profile " + profile + ": " + e);
                    return;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Saves a screenshot of one element under target/screenshots, for people to look at. */
    static void screenshot(org.openqa.selenium.WebElement element, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), element.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves a full-page screenshot under target/screenshots, for people to look at. */
    static void screenshot(ChromeDriver driver, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Object height = driver.executeScript("return document.documentElement.scrollHeight");
            Dimension before = driver.manage().window().getSize();
            driver.manage().window().setSize(new Dimension(before.getWidth(),
                    Math.min(12000, ((Number) height).intValue() + 100)));
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(before);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
