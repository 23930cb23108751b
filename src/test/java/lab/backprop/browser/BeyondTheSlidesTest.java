package lab.backprop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Lessons 10–14 in real headless Chromium: the live gradient check and the equal-start demonstration. */
class BeyondTheSlidesTest extends BrowserTest {
    static final List<String> SLUGS = List.of("gradient-check", "two-outputs", "two-hidden-layers", "graph-and-matrix",
            "starting-weights");

    @Test
    void theGradientCheckAgreesWithTheTablesToTheDigitsShownForTheWeightPicked() {
        driver.get(app.url("/lessons/gradient-check"));
        // w₁₁ to start: the estimate, rounded to the tables' four decimals, is −Δ₁·z₁ of the ∂E/∂w table.
        assertThat(rounded(check("estimate"))).isEqualTo(cellText("gradW", 1, 1)).isEqualTo("-0.0645");
        assertThat(check("analytic")).isEqualTo(cell("gradW", 1, 1));

        // Picking v₂₁ swaps the widget in place (htmx, on change) and pushes the shareable URL.
        new Select(driver.findElement(By.id("check-weight"))).selectByValue("w-0-1-0");
        waiting().until(d -> "w-0-1-0".equals(d.findElement(By.cssSelector("table[data-symbol='check']"))
                .getAttribute("data-weight")));
        assertThat(rounded(check("estimate"))).isEqualTo(cellText("gradV", 2, 1));
        assertThat(check("analytic")).isEqualTo(cell("gradV", 2, 1));
        waiting().until(d -> d.getCurrentUrl().contains("weight=w-0-1-0"));

        // ε = 1e-13: round-off makes the difference visible, while the four decimals may still agree.
        WebElement eps = driver.findElement(By.id("check-eps"));
        eps.clear();
        eps.sendKeys("1e-13");
        driver.findElement(By.cssSelector(".check-form button[type='submit']")).click();
        waiting().until(d -> "1.0E-13".equals(d.findElement(By.cssSelector("table[data-symbol='check']"))
                .getAttribute("data-epsilon")));
        assertThat(Math.abs(check("difference"))).isGreaterThan(1e-8);

        eps = driver.findElement(By.id("check-eps"));
        eps.clear();
        eps.sendKeys("-1");
        driver.findElement(By.cssSelector(".check-form button[type='submit']")).click();
        waiting().until(d -> !d.findElements(By.id("check-error")).isEmpty());
        assertThat(driver.findElement(By.id("check-eps")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    @Test
    void equalStartingWeightsGiveTheHiddenUnitsIdenticalDelta() {
        driver.get(app.url("/lessons/starting-weights"));
        double delta1 = cell("delta", 1, 0);
        assertThat(delta1).isPositive();
        assertThat(cell("delta", 2, 0)).isEqualTo(delta1);
        assertThat(cellText("delta", 2, 0)).isEqualTo(cellText("delta", 1, 0)).isEqualTo("0.0071");
        // The update keeps them equal: the new weights into hidden units 1 and 2 are the same row.
        assertThat(cell("newV", 2, 1)).isEqualTo(cell("newV", 1, 1));
        assertThat(cell("newV", 2, 0)).isEqualTo(cell("newV", 1, 0));

        // One different weight breaks the symmetry.
        WebElement v21 = driver.findElement(By.id("f-w-0-1-0"));
        v21.clear();
        v21.sendKeys("0.31");
        driver.findElement(By.cssSelector("button[value='step']")).click();
        waiting().until(d -> d.getCurrentUrl().contains("w-0-1-0=0.31"));
        assertThat(cell("delta", 2, 0)).isNotEqualTo(cell("delta", 1, 0));
    }

    @Test
    void theNewLessonsTypesetInBothLanguagesAndFitAPhone() {
        Dimension before = driver.manage().window().getSize();
        try {
            for (String lang : List.of("ko", "en")) {
                for (String slug : SLUGS) {
                    driver.manage().window().setSize(before);
                    driver.get(app.url("/lessons/" + slug + "?lang=" + lang));
                    waiting().until(d -> d.findElements(By.cssSelector(".math:not([data-rendered])")).isEmpty());
                    assertThat(driver.findElements(By.cssSelector(".katex-error"))).as("%s (%s)", slug, lang).isEmpty();
                    assertThat(driver.findElements(By.cssSelector(".mistakes, .lab, .prose table")).size()
                            + driver.findElements(By.cssSelector(".katex")).size()).isPositive();
                    Browser.screenshot(driver, "beyond-" + slug + "-" + lang);
                    driver.manage().window().setSize(new Dimension(390, 844));
                    driver.navigate().refresh();
                    waiting().until(d -> d.findElements(By.cssSelector(".math:not([data-rendered])")).isEmpty());
                    assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth"))
                            .as("page width of %s (%s) on a phone", slug, lang).isLessThanOrEqualTo(390L);
                    Browser.screenshot(driver, "beyond-" + slug + "-" + lang + "-390");
                    for (WebElement part : driver.findElements(By.cssSelector("#gradient-check .check-result, .prose .mistakes"))) {
                        Browser.screenshot(part, "beyond-" + slug + "-" + lang + "-390-" + part.getAttribute("class").split(" ")[0]);
                    }
                }
            }
            assertThat(Browser.consoleErrors(driver)).isEmpty();
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    private double check(String name) {
        return Double.parseDouble(driver.findElement(By.cssSelector("td[data-check='" + name + "']")).getAttribute("data-value"));
    }

    private static String rounded(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).toPlainString();
    }

    private WebElement td(String symbol, int j, int i) {
        return driver.findElement(By.cssSelector("td[data-symbol='" + symbol + "'][data-j='" + j + "'][data-i='" + i + "']"));
    }

    private double cell(String symbol, int j, int i) {
        return Double.parseDouble(td(symbol, j, i).getAttribute("data-value"));
    }

    private String cellText(String symbol, int j, int i) {
        return td(symbol, j, i).findElement(By.cssSelector(".num")).getText();
    }
}
