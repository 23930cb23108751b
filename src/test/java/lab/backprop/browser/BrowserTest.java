package lab.backprop.browser;

import java.time.Duration;
import lab.backprop.support.AppTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A test class with the real app and one headless Chromium, both started once for the class. */
abstract class BrowserTest extends AppTest {
    protected ChromeDriver driver;

    /** Whether the browser runs scripts; the no-JavaScript tests turn them off. */
    protected boolean javascript() {
        return true;
    }

    @BeforeAll
    void startBrowser() {
        driver = Browser.start(javascript());
    }

    @AfterAll
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** Waits up to 10 s; an element replaced by an in-place update while being read is simply read again. */
    protected WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
