package lab.backprop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lab.backprop.config.Settings;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The app as an instructor hosts it behind a proxy, under --base-path /backprop, with its security
 * headers (the Content-Security-Policy) in force: KaTeX, htmx, uPlot and the page script must all
 * work without a console error.
 */
class BasePathBrowserTest extends BrowserTest {
    @Override
    protected Settings settings() {
        // --rate-limit 1: bursts of 5 compute requests, so the test can also meet the limit.
        return Settings.forTests().withBasePath("/backprop").withRateLimit(1);
    }

    String outputY() {
        return driver.findElement(By.cssSelector("td[data-symbol='y'][data-j='1']")).getAttribute("data-value");
    }

    @Test
    void aStudentChangesAWeightUnderTheBasePathAndEverythingWorksUnderTheCsp() {
        driver.get(app.url("/backprop/lessons/weight-update"));
        waiting().until(d -> !d.findElements(By.cssSelector(".math[data-rendered] .katex")).isEmpty());
        waiting().until(d -> !d.findElements(By.cssSelector("[data-plot='loss'] .uplot")).isEmpty());
        String before = outputY();

        WebElement weight = driver.findElement(By.id("f-w-1-0-0"));
        weight.clear();
        weight.sendKeys("1.25");
        driver.findElement(By.cssSelector("button[value='step']")).click();
        waiting().until(d -> !outputY().equals(before));

        assertThat(driver.getCurrentUrl()).startsWith(app.url("/backprop/lessons/weight-update?layers=2,2,1&"))
                .contains("w-1-0-0=1.25");
        assertThat(driver.findElement(By.cssSelector("#results [data-share]")).getAttribute("href"))
                .startsWith(app.url("/backprop/lessons/weight-update?"));
        waiting().until(d -> !d.findElements(By.cssSelector("#widget .math[data-rendered] .katex")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("[data-plot='loss'] .uplot"))).hasSize(1);
        assertThat(Browser.consoleErrors(driver)).as("console errors on the lesson").isEmpty();

        // The sigmoid plot fetches /backprop/api/activation (the URL comes from the page).
        driver.findElement(By.cssSelector("a[href='/backprop/lessons/activation-derivative']")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("[data-plot='activation'] .uplot")).isEmpty());
        assertThat(Browser.consoleErrors(driver)).as("console errors on the sigmoid lesson").isEmpty();
        Browser.screenshot(driver, "base-path-activation-derivative");

        // Past the rate limit, the form says so instead of silently doing nothing. The browser has a
        // bucket of its own (its cookie): clicking faster than one step a second empties it.
        driver.get(app.url("/backprop/lessons/weight-update"));
        for (int i = 0; i < 20 && driver.findElements(By.cssSelector("[data-request-error]")).isEmpty(); i++) {
            driver.findElement(By.cssSelector("button[value='step']")).click();
            waiting().until(d -> d.findElements(By.cssSelector(".htmx-request")).isEmpty());
        }
        waiting().until(d -> !d.findElements(By.cssSelector("[data-request-error]")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("[data-request-error]")).getText()).isEqualTo("요청이 너무 많습니다. 잠시 후 다시 시도하세요");
        List<String> errors = Browser.consoleErrors(driver);
        assertThat(errors).isNotEmpty().allMatch(e -> e.contains("429"), "only the refused request");
    }
}
