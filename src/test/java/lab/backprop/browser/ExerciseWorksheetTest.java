package lab.backprop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A student fills in a worksheet in Chromium with one deliberate sign error and checks it. */
class ExerciseWorksheetTest extends BrowserTest {
    @Test
    void theInstructionsAreTypesetByKatexOnTheListTheWorksheetAndTheKey() {
        for (String path : new String[] {"/exercises?lang=en", "/exercises/hidden-delta?lang=en",
                "/exercises/hidden-delta/key?lang=ko", "/exercises/random-2-2-1-7?lang=en"}) {
            driver.get(app.url(path));
            waiting().until(d -> !d.findElements(By.cssSelector(".instructions .math[data-rendered]")).isEmpty());
            assertThat(driver.findElements(By.cssSelector(".instructions .katex"))).as(path).isNotEmpty();
            assertThat(driver.findElements(By.cssSelector(".instructions .math:not([data-rendered]), .katex-error")))
                    .as(path).isEmpty();
            assertThat(driver.findElement(By.cssSelector(".instructions")).getText()).as(path).doesNotContain("$");
        }
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    @Test
    void aSignErrorInDeltaIsMarkedWithItsDiagnosisAndEveryOtherCellIsCorrect() {
        JsonNode problem = app.get("/api/exercises/hidden-delta").json().get("problem");
        JsonNode truth = app.postJson("/api/backprop", problem.toString()).json().get("layers");

        driver.get(app.url("/exercises/hidden-delta?lang=en"));
        int filled = 0;
        for (int l = 0; l < 2; l++) {
            for (String key : new String[] {"net", "out", "derivative", "delta"}) {
                JsonNode values = truth.get(l).get(key);
                for (int j = 0; j < values.size(); j++) {
                    double v = values.get(j).asDouble();
                    boolean signError = l == 1 && key.equals("delta");
                    type(l + "-" + key + "-" + j, String.format(Locale.ROOT, "%.4f", signError ? -v : v));
                    filled++;
                }
            }
        }
        driver.findElement(By.id("q-more-responsible-0")).click();
        driver.findElement(By.cssSelector("#sheet button[type='submit']")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#sheet .summary")).isEmpty());

        WebElement wrong = driver.findElement(By.cssSelector("td[data-field='1-delta-0']"));
        assertThat(wrong.getAttribute("data-status")).isEqualTo("incorrect");
        assertThat(wrong.getAttribute("class")).contains("mark-incorrect");
        assertThat(wrong.findElement(By.cssSelector(".icon")).getText()).isEqualTo("✗");
        assertThat(wrong.findElement(By.cssSelector(".status")).getText()).isEqualTo("incorrect");
        assertThat(wrong.findElement(By.cssSelector(".hint")).getText()).containsIgnoringCase("sign");
        assertThat(driver.findElement(By.id("a-1-delta-0")).getAttribute("aria-invalid")).isEqualTo("true");

        assertThat(driver.findElements(By.cssSelector("td[data-status='correct']"))).hasSize(filled - 1);
        // the cells, and the question (hidden unit 1 is the more responsible) answered right
        assertThat(driver.findElement(By.cssSelector("#sheet .summary")).getText())
                .contains("correct " + filled).contains("incorrect 1").contains("missing 0");
        assertThat(driver.findElement(By.id("question-more-responsible")).getAttribute("data-status")).isEqualTo("correct");
        // What the student typed is still there.
        assertThat(driver.findElement(By.id("a-0-net-0")).getAttribute("value"))
                .isEqualTo(String.format(Locale.ROOT, "%.4f", truth.get(0).get("net").get(0).asDouble()));
        assertThat(Browser.consoleErrors(driver)).isEmpty();
        Browser.screenshot(driver, "exercise-marked");

        driver.findElement(By.id("show-answer")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#solution details")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("#solution details[open]")).getText()).contains("u₁ =");
    }

    @Test
    void aChoiceQuestionIsAnsweredMarkedAndKeptWhenChecked() {
        driver.get(app.url("/exercises/hidden-delta?lang=en"));
        waiting().until(d -> !d.findElements(By.cssSelector(".question-text .katex")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("#question-more-responsible legend")).getText()).isEqualTo("Question 1");
        assertThat(driver.findElements(By.cssSelector("input[name='q-more-responsible']"))).hasSize(2);
        assertThat(driver.findElements(By.cssSelector("#question-more-responsible .option")))
                .extracting(WebElement::getText).containsExactly("δ₁", "δ₂");

        driver.findElement(By.id("q-more-responsible-1")).click();
        driver.findElement(By.cssSelector("#sheet button[type='submit']")).click();
        waiting().until(d -> "incorrect".equals(d.findElement(By.id("question-more-responsible")).getAttribute("data-status")));
        WebElement question = driver.findElement(By.id("question-more-responsible"));
        assertThat(question.getAttribute("class")).contains("mark-incorrect");
        assertThat(question.findElement(By.cssSelector(".mark .icon")).getText()).isEqualTo("✗");
        assertThat(driver.findElement(By.id("q-more-responsible-1")).isSelected()).isTrue();
        // every table cell was left blank: missing; the question is the one incorrect answer
        assertThat(driver.findElement(By.cssSelector("#sheet .summary")).getText()).contains("incorrect 1");

        driver.findElement(By.id("q-more-responsible-0")).click();
        driver.findElement(By.cssSelector("#sheet button[type='submit']")).click();
        waiting().until(d -> "correct".equals(d.findElement(By.id("question-more-responsible")).getAttribute("data-status")));
        assertThat(driver.findElement(By.cssSelector("#question-more-responsible .mark .icon")).getText()).isEqualTo("✓");
        assertThat(driver.findElement(By.cssSelector("#sheet .summary")).getText()).contains("incorrect 0");
        assertThat(Browser.consoleErrors(driver)).isEmpty();
        Browser.screenshot(driver, "exercise-question-marked");
    }

    private void type(String field, String value) {
        WebElement input = driver.findElement(By.id("a-" + field));
        input.clear();
        input.sendKeys(value);
    }
}
