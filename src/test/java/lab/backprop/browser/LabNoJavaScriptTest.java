package lab.backprop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** With JavaScript off, the lab's form trains on the server and shows the final loss curve as SVG. */
class LabNoJavaScriptTest extends BrowserTest {
    @Override
    protected boolean javascript() {
        return false;
    }

    @Test
    void theFormPostTrainsAndDrawsTheLossCurve() {
        driver.get(app.url("/lab?lang=en&epochs=2000"));
        assertThat(driver.findElement(By.id("live")).isDisplayed()).isFalse();
        driver.findElement(By.id("train")).click();

        // The click submits the form; the trained page arrives when the server has run the 2,000 epochs.
        String points = waiting().until(d -> d.findElement(By.cssSelector("#result svg polyline")))
                .getAttribute("points");
        String[] xy = points.split(" ");
        assertThat(xy).hasSize(500);
        // y grows downwards: the curve starts at the top (the largest loss) and ends near the axis.
        assertThat(Double.parseDouble(xy[0].split(",")[1])).isLessThan(10);
        assertThat(Double.parseDouble(xy[499].split(",")[1])).isGreaterThan(200);
        assertThat(driver.findElement(By.cssSelector("#result")).getText()).contains("After 2,000 epochs");
        Browser.screenshot(driver, "lab-no-js");
    }
}
