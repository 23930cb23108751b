package lab.backprop.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/** The browser tests clean up after themselves: a browser's profile folder goes when the browser quits. */
class BrowserProfileTest {
    @Test
    void theProfileIsDeletedWhenTheBrowserQuits() {
        ChromeDriver driver = Browser.start(true);
        Path profile;
        try {
            Map<?, ?> chrome = (Map<?, ?>) driver.getCapabilities().getCapability("chrome");
            profile = Path.of((String) chrome.get("userDataDir"));
            assertTrue(profile.getFileName().toString().startsWith("backprop-lab-chromium"), profile.toString());
            driver.get("data:text/html,<p>profile");
            assertTrue(Files.isDirectory(profile), "the browser uses its own profile while it runs");
        } finally {
            driver.quit();
        }
        assertFalse(Files.exists(profile), "the profile was left behind: " + profile);
    }
}
