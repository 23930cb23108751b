package lab.backprop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import lab.backprop.config.Settings;
import lab.backprop.support.ClassApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A student hands in a worksheet with one sign error; the instructor signs in and finds it under "sign". */
class ClassRecordsTest extends BrowserTest {
    @Override
    protected Settings settings() {
        try {
            return ClassApp.settings(Files.createTempDirectory("class-records"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aHandedInSignErrorIsCountedUnderSignOnTheInstructorsPage() {
        Map<String, String> answers = ClassApp.answers(app, 1);
        driver.get(app.url("/exercises/" + ClassApp.EXERCISE + "?lang=en"));
        assertThat(driver.findElement(By.cssSelector("#hand-in .notice")).getText()).contains("Class records are on");
        // a table box is typed into; the question (q-…) is a choice: its option is clicked
        answers.forEach((field, value) -> {
            if (field.startsWith("q-")) {
                driver.findElement(By.id(field + "-" + value)).click();
            } else {
                type("a-" + field, value);
            }
        });
        type("hand-in-name", "김민준");
        type("hand-in-number", "2024-0042");
        driver.findElement(By.id("hand-in-button")).click();
        var wait = waiting();
        wait.until(d -> !d.findElements(By.cssSelector("#hand-in .receipt")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("#hand-in .receipt")).getText()).startsWith("Attempt 1, handed in");
        assertThat(driver.findElement(By.cssSelector("td[data-field='1-delta-0']")).getAttribute("data-status"))
                .isEqualTo("incorrect");
        assertThat(driver.getCurrentUrl()).endsWith("/exercises/" + ClassApp.EXERCISE + "?lang=en"); // in place
        Browser.screenshot(driver, "hand-in");

        driver.get(app.url("/instructor?lang=en"));
        type("password", ClassApp.PASSWORD);
        driver.findElement(By.cssSelector("form.login-form button[type='submit']")).click();
        wait.until(d -> !d.findElements(By.id("gradebook")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("tr[data-number='2024-0042']")).getText()).contains("김민준");
        driver.findElement(By.cssSelector("a.mistakes-link")).click();
        wait.until(d -> !d.findElements(By.id("diagnoses")).isEmpty());
        WebElement sign = driver.findElement(By.cssSelector("tr[data-diagnosis='sign']"));
        assertThat(sign.findElement(By.cssSelector(".cells")).getText()).isEqualTo("1");
        assertThat(sign.findElement(By.cssSelector(".students")).getText()).isEqualTo("1");
        assertThat(driver.findElement(By.cssSelector("tr[data-diagnosis='missingLearningRate'] .cells")).getText())
                .isEqualTo("0");
        assertThat(driver.findElement(By.cssSelector("tr[data-diagnosis='swappedIndices'] th")).getText())
                .isEqualTo("weight indices swapped");
        Browser.screenshot(driver, "instructor-mistakes");
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    private void type(String id, String value) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }
}
