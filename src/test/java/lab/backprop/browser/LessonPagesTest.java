package lab.backprop.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The lessons in real headless Chromium, with JavaScript on. */
class LessonPagesTest extends BrowserTest {
    static final List<String> SLUGS = List.of("multilayer-perceptron", "credit-assignment", "two-phases",
            "feed-forward", "error-backpropagation", "error-signals", "weight-update", "activation-derivative",
            "vanishing-derivative", "gradient-check", "two-outputs", "two-hidden-layers", "graph-and-matrix",
            "starting-weights", "summary");

    @Test
    void everyLessonLoadsWithItsMathTypesetAndNoConsoleErrors() {
        for (String slug : SLUGS) {
            driver.get(app.url("/lessons/" + slug));
            waiting().until(d -> !d.findElements(By.cssSelector(".math[data-rendered]")).isEmpty());
            assertThat(driver.findElements(By.cssSelector(".katex")))
                    .as("KaTeX output on %s", slug).isNotEmpty();
            assertThat(driver.findElements(By.cssSelector(".katex-error"))).as("math errors on %s", slug).isEmpty();
            assertThat(driver.findElements(By.cssSelector(".math:not([data-rendered])")))
                    .as("untypeset math on %s", slug).isEmpty();
            assertThat(Browser.consoleErrors(driver)).as("console errors on %s", slug).isEmpty();
            Browser.screenshot(driver, slug);
        }
    }

    @ParameterizedTest(name = "on {0}, changing a weight updates the tables to what /api/backprop returns")
    @ValueSource(strings = {"feed-forward", "error-backpropagation", "weight-update"})
    void changingAWeightUpdatesTheTablesToTheApiValues(String slug) {
        driver.get(app.url("/lessons/" + slug));
        WebElement weight = driver.findElement(By.id("f-w-1-0-0"));
        String before = driver.findElement(By.cssSelector("td[data-symbol='y'][data-j='1']")).getAttribute("data-value");
        weight.clear();
        weight.sendKeys("1.25");
        driver.findElement(By.cssSelector("button[value='step']")).click();
        waiting().until(d -> !d.findElement(By.cssSelector("td[data-symbol='y'][data-j='1']"))
                .getAttribute("data-value").equals(before));

        JsonNode api = app.postJson("/api/backprop", """
                {"layers": [2, 2, 1], "weights": [[[0.5, -0.3], [0.2, 0.4]], [[1.25, -0.5]]],
                 "biases": [[0.1, -0.1], [0.2]], "activations": ["sigmoid", "sigmoid"], "slope": 1,
                 "input": [1.0, 0.5], "target": [1.0], "learningRate": 0.5}""").json();
        JsonNode hidden = api.get("layers").get(0);
        JsonNode output = api.get("layers").get(1);
        assertThat(cell("y", 1, 0)).isCloseTo(output.get("out").get(0).asDouble(), within(1e-15));
        assertThat(cell("a", 1, 0)).isCloseTo(output.get("net").get(0).asDouble(), within(1e-15));
        assertThat(cell("z", 2, 0)).isCloseTo(hidden.get("out").get(1).asDouble(), within(1e-15));
        if (!slug.equals("feed-forward")) {
            assertThat(cell("E", 0, 0)).isCloseTo(api.get("loss").asDouble(), within(1e-15));
        }
        if (slug.equals("error-backpropagation")) {
            assertThat(cell("gradW", 1, 1)).isCloseTo(output.get("gradWeights").get(0).get(0).asDouble(), within(1e-15));
            assertThat(cell("gradV", 2, 2)).isCloseTo(hidden.get("gradWeights").get(1).get(1).asDouble(), within(1e-15));
        }
        if (slug.equals("weight-update")) {
            assertThat(cell("Delta", 1, 0)).isCloseTo(output.get("delta").get(0).asDouble(), within(1e-15));
            assertThat(cell("delta", 1, 0)).isCloseTo(hidden.get("delta").get(0).asDouble(), within(1e-15));
            assertThat(cell("dw", 1, 2)).isCloseTo(output.get("weightUpdates").get(0).get(1).asDouble(), within(1e-15));
            assertThat(cell("dv", 2, 0)).isCloseTo(hidden.get("biasUpdates").get(1).asDouble(), within(1e-15));
            assertThat(cell("newW", 1, 1)).isCloseTo(output.get("newWeights").get(0).get(0).asDouble(), within(1e-15));
            assertThat(cell("E-after", 0, 0)).isCloseTo(api.get("lossAfter").asDouble(), within(1e-15));
        }
        waiting().until(d -> d.getCurrentUrl().contains("w-1-0-0=1.25"));
        assertThat(Browser.consoleErrors(driver)).isEmpty();
        Browser.screenshot(driver, slug + "-changed");
    }

    @Test
    void theDiagramWalksForwardLayerByLayerThenBackward() {
        driver.get(app.url("/lessons/weight-update"));
        WebElement figure = driver.findElement(By.cssSelector("#results .diagram"));
        By lit = By.cssSelector("#results .diagram .lit");
        driver.findElement(By.cssSelector("[data-diagram='forward']")).click();
        // Step 1: the inputs x₁, x₂ and the bias unit x₀ light up, nothing else.
        assertThat(driver.findElements(lit)).extracting(e -> e.getAttribute("data-layer")).containsOnly("0");
        driver.findElement(By.cssSelector("[data-diagram='forward']")).click();
        assertThat(figure.getAttribute("class")).contains("forward");
        assertThat(driver.findElements(By.cssSelector("#results .diagram .node.lit[data-layer='1']"))).hasSize(3);
        driver.findElement(By.cssSelector("[data-diagram='backward']")).click();
        // The first backward step starts at the output: y₁ and its Δ.
        assertThat(figure.getAttribute("class")).contains("backward");
        assertThat(driver.findElements(By.cssSelector("#results .diagram .node.lit")))
                .extracting(e -> e.getAttribute("data-layer")).containsOnly("2");
        driver.findElement(By.cssSelector("[data-diagram='reset']")).click();
        assertThat(driver.findElements(lit)).isEmpty();
    }

    @Test
    void theLanguageSwitchesToEnglishAndIsRemembered() {
        driver.manage().deleteAllCookies();
        driver.get(app.url("/lessons/feed-forward"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ko");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("앞먹임 단계");
        driver.findElement(By.cssSelector("a.lang-switch")).click();
        waiting().until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("The feed-forward phase");
        driver.get(app.url("/lessons/error-signals"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        driver.findElement(By.cssSelector("a.lang-switch")).click();
        waiting().until(d -> "ko".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }

    @Test
    void aBadValueIsShownNextToItsFieldAndNothingTypedIsLost() {
        driver.get(app.url("/lessons/weight-update"));
        WebElement eta = driver.findElement(By.id("f-eta"));
        eta.clear();
        eta.sendKeys("-2");
        WebElement weight = driver.findElement(By.id("f-w-0-1-1"));
        weight.clear();
        weight.sendKeys("0.77");
        driver.findElement(By.cssSelector("button[value='step']")).click();
        waiting().until(d -> !d.findElements(By.id("form-error")).isEmpty());
        assertThat(driver.findElement(By.id("form-error")).getText()).contains("learningRate must be greater than 0");
        assertThat(driver.findElement(By.id("f-eta")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("f-w-0-1-1")).getAttribute("value")).isEqualTo("0.77");
    }

    @Test
    void everyLessonFitsAPhoneScreenWithoutSidewaysScrolling() {
        org.openqa.selenium.Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            for (String slug : SLUGS) {
                driver.get(app.url("/lessons/" + slug));
                waiting().until(d -> !d.findElements(By.cssSelector(".math[data-rendered]")).isEmpty());
                Object wide = driver.executeScript("""
                        const w = document.documentElement.clientWidth;
                        const out = [];
                        document.querySelectorAll('body *').forEach(e => {
                          const r = e.getBoundingClientRect();
                          if (r.right > w + 1 && !e.closest('.math.display, .grid-scroll, .table-card, .katex, .diagram-scroll, pre'))
                            out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right));
                        });
                        return out.slice(0, 5).join(', ');""");
                assertThat((String) wide).as("elements wider than a phone on %s", slug).isEmpty();
                assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth"))
                        .as("page width on %s", slug).isLessThanOrEqualTo(390L);
            }
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    private double cell(String symbol, int j, int i) {
        String selector = "td[data-symbol='" + symbol + "'][data-j='" + j + "'][data-i='" + i + "']";
        return Double.parseDouble(driver.findElement(By.cssSelector(selector)).getAttribute("data-value"));
    }
}
