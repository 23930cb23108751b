package lab.backprop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import lab.backprop.web.Numbers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The network diagram in real headless Chromium: each view shows its own numbers (the API's), a
 * weight's label appears in full on hover and on focus, no two drawn labels overlap, and the
 * picture is photographed at a laptop's and a phone's width.
 */
class DiagramTest extends BrowserTest {
    private static final String PRESET = """
            {"layers": [2, 2, 1], "weights": [[[0.5, -0.3], [0.2, 0.4]], [[0.6, -0.5]]],
             "biases": [[0.1, -0.1], [0.2]], "activations": ["sigmoid", "sigmoid"], "slope": 1,
             "input": [1.0, 0.5], "target": [1.0], "learningRate": 0.5}""";

    @Test
    void eachViewShowsItsOwnNumbers() {
        JsonNode api = app.postJson("/api/backprop", PRESET).json();
        JsonNode hidden = api.get("layers").get(0);
        JsonNode output = api.get("layers").get(1);
        driver.get(app.url("/lessons/weight-update?lang=en"));
        click("forward");
        click("forward");
        click("forward");
        assertThat(figure().getAttribute("class")).contains("forward");
        assertThat(visible(".note")).contains("u₁ = " + number(hidden.get("net").get(0)),
                "z₂ = " + number(hidden.get("out").get(1)), "a₁ = " + number(output.get("net").get(0)),
                "y₁ = " + number(output.get("out").get(0)));
        assertThat(visible(".note.delta")).isEmpty();
        assertThat(visible(".weight-label text")).contains("w₁₁ = 0.6", "v₂₁ = 0.2", "v₁₀ = 0.1", "w₁₀ = 0.2");

        click("backward");
        assertThat(figure().getAttribute("class")).contains("backward");
        assertThat(visible(".note.delta")).containsExactly("Δ₁ = " + number(output.get("delta").get(0)));
        click("backward");
        assertThat(visible(".note.delta")).contains("δ₁ = " + number(hidden.get("delta").get(0)),
                "δ₂ = " + number(hidden.get("delta").get(1)));
        assertThat(visible(".note.net")).isEmpty();

        click("update");
        assertThat(figure().getAttribute("class")).contains("update");
        assertThat(visible(".weight-label text")).isEmpty();
        List<String> updates = visible(".update-label text");
        assertThat(updates).hasSize(9);
        assertThat(String.join(" ", updates))
                .contains(number(output.get("weightUpdates").get(0).get(1)).replace("-", ""))
                .contains(number(hidden.get("biasUpdates").get(0)).replace("-", ""));
        assertThat(driver.findElements(By.cssSelector("#results .diagram .lit.edge"))).hasSize(9);

        click("reset");
        assertThat(visible(".note.delta")).hasSize(3);
        assertThat(visible(".note.net")).hasSize(3);
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    @Test
    void aWeightShowsInFullOnHoverAndOnFocus() {
        driver.get(app.url("/lessons/feed-forward?lang=en"));
        WebElement label = driver.findElement(By.cssSelector("#results .weight[data-edge='7'] .weight-label text"));
        new Actions(driver).moveToElement(label).perform();
        waiting().until(d -> !d.findElements(By.cssSelector("#results .tip text")).isEmpty());
        assertThat(tip()).isEqualTo(label.getAttribute("data-full")).isEqualTo("w₁₁ = 0.6");
        assertThat(driver.findElements(By.cssSelector("#results .edge.hot[data-edge='7']"))).hasSize(1);

        new Actions(driver).moveToElement(driver.findElement(By.tagName("h1"))).perform();
        waiting().until(d -> d.findElements(By.cssSelector("#results .tip text")).isEmpty());

        WebElement bias = driver.findElement(By.cssSelector("#results .edge.bias[data-edge='3']"));
        driver.executeScript("arguments[0].focus()", bias);
        waiting().until(d -> !d.findElements(By.cssSelector("#results .tip text")).isEmpty());
        assertThat(tip()).isEqualTo("v₂₀ = -0.1");
        assertThat(bias.getAttribute("aria-label")).startsWith("v₂₀ = -0.1, Δv₂₀ = ");
    }

    @Test
    void noTwoDrawnLabelsOverlapAndThePictureIsReadableOnALaptopAndAPhone() {
        Dimension before = driver.manage().window().getSize();
        try {
            for (int width : new int[] {1280, 390}) {
                driver.manage().window().setSize(new Dimension(width, 900));
                for (String slug : List.of("feed-forward", "error-signals")) {
                    driver.get(app.url("/lessons/" + slug));
                    Object overlaps = driver.executeScript("""
                            const boxes = [...document.querySelectorAll('#results .weight-label.shown text, #results .note')]
                              .map(t => t.getBoundingClientRect());
                            let n = 0;
                            for (let a = 0; a < boxes.length; a++) for (let b = a + 1; b < boxes.length; b++) {
                              const p = boxes[a], q = boxes[b];
                              if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom) n++;
                            }
                            return n;""");
                    assertThat((Long) overlaps).as("overlapping labels on %s at %d px", slug, width).isZero();
                    Object smallest = driver.executeScript("""
                            const svg = document.querySelector('#results .diagram svg');
                            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                            return 12 * scale;""");
                    assertThat(((Number) smallest).doubleValue()).as("weight label size on %s at %d px", slug, width)
                            .isGreaterThanOrEqualTo(11.5);
                    WebElement figure = figure();
                    driver.executeScript("arguments[0].scrollIntoView()", figure);
                    Browser.screenshot(figure, "diagram-" + slug + "-" + width);
                }
            }
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    private WebElement figure() {
        return driver.findElement(By.cssSelector("#results .diagram"));
    }

    private void click(String action) {
        driver.findElement(By.cssSelector("#results [data-diagram='" + action + "']")).click();
    }

    private String tip() {
        return driver.findElement(By.cssSelector("#results .tip text")).getText();
    }

    /** The texts of the matching diagram elements the browser actually shows. */
    private List<String> visible(String selector) {
        return driver.findElements(By.cssSelector("#results .diagram " + selector)).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
    }

    private static String number(JsonNode value) {
        return Numbers.format(value.asDouble());
    }
}
