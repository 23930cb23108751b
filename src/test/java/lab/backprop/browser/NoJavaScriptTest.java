package lab.backprop.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** With JavaScript off, the form posts to the server and the page comes back with the tables. */
class NoJavaScriptTest extends BrowserTest {
    @Override
    protected boolean javascript() {
        return false;
    }

    @Test
    void theFormPostRendersTheTablesForTheNewNetwork() {
        driver.get(app.url("/lessons/error-signals"));
        WebElement input = driver.findElement(By.id("f-x-0"));
        input.clear();
        input.sendKeys("0.25");
        driver.findElement(By.cssSelector("button[value='step']")).click();

        waiting().until(d -> d.getCurrentUrl().contains("x-0=0.25"));
        double x1 = 0.25;
        double u1 = 0.5 * x1 + -0.3 * 0.5 + 0.1;
        double z1 = 1 / (1 + Math.exp(-u1));
        double shown = Double.parseDouble(driver.findElement(By.cssSelector("td[data-symbol='z'][data-j='1']"))
                .getAttribute("data-value"));
        assertThat(shown).isCloseTo(z1, within(1e-15));
        assertThat(driver.findElements(By.cssSelector("table[data-symbol='delta'] td[data-symbol='delta']"))).hasSize(2);
        assertThat(driver.findElement(By.cssSelector("table[data-symbol='Delta']")).getText()).isNotBlank();
        // Without scripts the math stays as its TeX source and the diagram controls stay hidden.
        assertThat(driver.findElements(By.cssSelector(".katex"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector(".diagram-controls")).isDisplayed()).isFalse();
    }

    @Test
    void theGradientCheckFormIsAPlainGetThatShowsTheNewWeightsCheck() {
        driver.get(app.url("/lessons/gradient-check"));
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("check-weight"))).selectByValue("b-0-1");
        WebElement eps = driver.findElement(By.id("check-eps"));
        eps.clear();
        eps.sendKeys("1e-4");
        driver.findElement(By.cssSelector(".check-form button[type='submit']")).click();

        waiting().until(d -> d.getCurrentUrl().contains("weight=b-0-1") && d.getCurrentUrl().contains("eps=1e-4"));
        double estimate = Double.parseDouble(driver.findElement(By.cssSelector("td[data-check='estimate']"))
                .getAttribute("data-value"));
        // ∂E/∂v₂₀ = −δ₂ of the ∂E/∂v table (its bias column).
        double table = Double.parseDouble(driver.findElement(By.cssSelector("td[data-symbol='gradV'][data-j='2'][data-i='0']"))
                .getAttribute("data-value"));
        assertThat(estimate).isCloseTo(table, within(1e-9));
    }
}
