package lab.backprop.web.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Locale;
import lab.backprop.support.AppTest;
import lab.backprop.support.RunningApp.Reply;
import org.junit.jupiter.api.Test;

/** The exercise pages over real HTTP. */
class ExercisePagesTest extends AppTest {
    Reply post(String path, String form, boolean htmx) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "lang=en")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (htmx) {
            b.header("HX-Request", "true");
        }
        return app.send(b.build());
    }

    @Test
    void theListLinksEveryShippedExercise() {
        String body = app.get("/exercises").body();
        for (JsonNode e : app.get("/api/exercises").json().get("exercises")) {
            assertThat(body).contains("href=\"/exercises/" + e.get("id").asText() + "\"");
        }
    }

    @Test
    void eachLessonEndsWithItsExercisesAndAVariantOfItsShapeAndEachExerciseLinksBack() {
        String lesson = app.get("/lessons/error-signals?lang=en").body();
        String practice = lesson.substring(lesson.indexOf("<section class=\"practice\""));
        assertThat(practice).contains("href=\"/exercises/output-delta\"", "href=\"/exercises/hidden-delta\"")
                .doesNotContain("href=\"/exercises/forward-2-2-1\"")
                .contains("action=\"/exercises/random\"", "name=\"shape\" value=\"2-2-1\"");
        // The form's GET is the generator's URL: a variant of the lesson's shape.
        Reply variant = app.send(HttpRequest.newBuilder(URI.create(app.url("/exercises/random?shape=2-2-1&seed=17"))).build());
        assertThat(variant.status()).isEqualTo(303);
        assertThat(variant.header("Location")).isEqualTo("/exercises/random-2-2-1-17");
        // A lesson without exercises still offers a variant.
        assertThat(app.get("/lessons/summary").body()).contains("name=\"shape\" value=\"2-2-1\"");

        for (String path : new String[] {"/exercises/hidden-delta?lang=en", "/exercises/hidden-delta/key?lang=en"}) {
            assertThat(app.get(path).body()).as(path).containsPattern(
                    "<p class=\"practised\">.*\\s*<a href=\"/lessons/error-signals\">The error signals");
        }
        String list = app.get("/exercises?lang=en").body();
        for (JsonNode e : app.get("/api/exercises").json().get("exercises")) {
            String id = e.get("id").asText();
            String item = list.substring(list.indexOf("href=\"/exercises/" + id + "\""));
            assertThat(item.substring(0, item.indexOf("</li>"))).as(id).contains("<a href=\"/lessons/");
        }
    }

    @Test
    void instructionsAreTypesetOnTheListTheWorksheetAndTheKey() {
        String formula = "<span class=\"math inline\">u_j = \\sum_i v_{ji} x_i + v_{j0}</span>";
        for (String path : new String[] {"/exercises?lang=en", "/exercises/forward-2-2-1?lang=en",
                "/exercises/forward-2-2-1/key?lang=ko"}) {
            String body = app.get(path).body();
            assertThat(body).as(path).contains(formula).doesNotContain("u_j = Σ").doesNotContain("$u_j");
        }
        // A generated variant's instructions come from the messages, in TeX too.
        assertThat(app.get("/exercises/random-2-2-1-42?lang=en").body())
                .containsPattern("<span class=\"math inline\">\\\\eta = [0-9.]+</span>")
                .contains("<span class=\"math inline\">g'</span>");
        // The API keeps the authored Markdown source.
        assertThat(app.get("/api/exercises/forward-2-2-1").json().get("instructions").get("en").asText())
                .contains("$u_j = \\sum_i v_{ji} x_i + v_{j0}$");
    }

    @Test
    void aWorksheetHasOneBlankBoxPerAskedCellAndGivesAwayNoAnswer() {
        String body = app.get("/exercises/output-delta").body();
        JsonNode blank = app.get("/api/exercises/output-delta").json().get("answers");
        int cells = blank.toString().split("null", -1).length - 1;
        assertThat(body.split("<input type=\"text\" inputmode=\"decimal\"", -1).length - 1).isEqualTo(cells);
        JsonNode problem = app.get("/api/exercises/output-delta").json().get("problem");
        double y = app.postJson("/api/backprop", problem.toString()).json().get("layers").get(1).get("out").get(0).asDouble();
        assertThat(body).doesNotContain(String.format(Locale.ROOT, "%.4f", y));
    }

    @Test
    void checkingMarksEachCellWithoutJavaScript() {
        JsonNode problem = app.get("/api/exercises/forward-2-2-1").json().get("problem");
        JsonNode truth = app.postJson("/api/backprop", problem.toString()).json().get("layers");
        String form = "0-net-0=" + round(truth.get(0).get("net").get(0)) + "&0-net-1=9.9&0-out-0=&1-net-0=abc";
        Reply r = post("/exercises/forward-2-2-1", form, false);
        assertThat(r.status()).isEqualTo(200);
        // A non-number is refused by the same reader as /api/check, named beside its box.
        assertThat(r.body()).contains("answers.layers[1].net[0] must be a number, not the string &quot;abc&quot;");

        Reply marked = post("/exercises/forward-2-2-1", form.replace("abc", ""), false);
        assertThat(marked.body()).contains("<html").contains("data-field=\"0-net-0\"");
        assertThat(marked.body()).contains("<td data-status=\"correct\" data-field=\"0-net-0\" class=\"mark-correct\">");
        assertThat(marked.body()).containsPattern("data-status=\"incorrect\" data-field=\"0-net-1\"");
        assertThat(marked.body()).containsPattern("data-status=\"missing\" data-field=\"0-out-0\"");
        assertThat(marked.body()).contains("value=\"9.9\"");
    }

    @Test
    void theListNumbersTheStepsOfTheProgressionInBothLanguages() {
        String en = app.get("/exercises?lang=en").body();
        assertThat(en).contains("<li data-step=\"1\">").contains("aria-label=\"Step 1\"")
                .contains("The worksheets build up in this order: from the delta rule, the lecture&#39;s opening");
        assertThat(en.indexOf("href=\"/exercises/delta-rule\"")).isLessThan(en.indexOf("href=\"/exercises/forward-2-2-1\""));
        assertThat(en.indexOf("href=\"/exercises/hidden-delta\"")).isLessThan(en.indexOf("href=\"/exercises/two-hidden-layers\""));
        String ko = app.get("/exercises?lang=ko").body();
        assertThat(ko).contains("aria-label=\"15단계\"").contains("문제지는 이 순서대로");
        assertThat(ko).contains("<option value=\"2-2-2-1\">");
    }

    @Test
    void aChoiceQuestionIsAskedMarkedWithoutJavaScriptAndAnsweredInTheKey() {
        String sheet = app.get("/exercises/hidden-delta?lang=en").body();
        assertThat(sheet).contains("id=\"question-more-responsible\"").contains("Question 1")
                .contains("<span class=\"math inline\">|\\delta_j|</span>")
                .contains("type=\"radio\" name=\"q-more-responsible\" value=\"0\"")
                .contains("type=\"radio\" name=\"q-more-responsible\" value=\"1\"");
        String right = post("/exercises/hidden-delta", "q-more-responsible=0", false).body();
        assertThat(right).containsPattern("class=\"question mark-correct\"[^>]*data-status=\"correct\"")
                .contains("value=\"0\" id=\"q-more-responsible-0\" checked");
        String wrong = post("/exercises/hidden-delta", "q-more-responsible=1", true).body();
        assertThat(wrong).containsPattern("data-status=\"incorrect\" data-field=\"q-more-responsible\"");
        String bad = post("/exercises/hidden-delta", "q-more-responsible=7", false).body();
        assertThat(bad).contains("answers.questions.more-responsible must be a whole number from 0 to 1, got 7");
        String key = app.get("/exercises/hidden-delta/key?lang=en").body();
        assertThat(key).contains("data-field=\"q-more-responsible\"").containsPattern("Answer</strong>:\\s*<span class=\"answer\">δ₁</span>");
    }

    @Test
    void aNumberQuestionHasATextBoxAndItsKeyIsRoundedToTheExercisesDecimals() {
        String sheet = app.get("/exercises/gradient-check?lang=en").body();
        assertThat(sheet).contains("name=\"q-central-difference\"").contains("placeholder=\"(E₊ − E₋)/2ε\"");
        String marked = post("/exercises/gradient-check", "q-central-difference=-0.0644798&q-loss-plus=0.5", false).body();
        assertThat(marked).containsPattern("data-status=\"correct\" data-field=\"q-central-difference\"")
                .containsPattern("data-status=\"incorrect\" data-field=\"q-loss-plus\"")
                .containsPattern("data-status=\"missing\" data-field=\"q-loss-minus\"");
        assertThat(app.get("/exercises/gradient-check/key?lang=en").body())
                .contains("(E₊ − E₋)/2ε = </span><span class=\"answer\">-0.0644798</span>");
    }

    @Test
    void whatWasTypedComesBackEscapedInItsBoxAndEachMarkIsTheDescriptionOfItsBox() {
        Reply refused = post("/exercises/forward-2-2-1", "0-net-0=%22%3E%3Cscript%3Ealert(1)%3C/script%3E", true);
        assertThat(refused.body()).doesNotContain("<script>")
                .contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"")
                .containsPattern("name=\"0-net-0\"[^>]*aria-invalid=\"true\"");

        Reply marked = post("/exercises/forward-2-2-1", "0-net-1=9.9", true);
        assertThat(marked.body())
                .containsPattern("name=\"0-net-1\"[^>]*aria-invalid=\"true\" aria-describedby=\"m-0-net-1\"")
                .contains("<span class=\"mark\" id=\"m-0-net-1\"><span class=\"icon\" aria-hidden=\"true\">✗</span>"
                        + "<span class=\"status\">incorrect</span><small class=\"hint\">")
                .contains("<span class=\"mark\" id=\"m-0-out-0\"><span class=\"icon\" aria-hidden=\"true\">?</span>"
                        + "<span class=\"status\">missing</span>");
    }

    @Test
    void checkingWithHtmxReturnsOnlyTheSheet() {
        Reply r = post("/exercises/forward-2-2-1", "0-net-0=0.1", true);
        assertThat(r.body()).startsWith("<form id=\"sheet\"").doesNotContain("<html");
        assertThat(r.body()).contains("class=\"summary\" role=\"status\"");
    }

    @Test
    void aSeedMakesTheSameVariantEveryTime() {
        Reply r = app.get("/exercises/random?seed=20261128&shape=2-2-1");
        assertThat(r.status()).isEqualTo(303);
        assertThat(r.header("Location")).isEqualTo("/exercises/random-2-2-1-20261128");
        String first = app.get("/exercises/random-2-2-1-20261128").body();
        assertThat(app.get("/exercises/random-2-2-1-20261128").body()).isEqualTo(first);
        assertThat(app.get("/exercises/random?seed=abc").status()).isEqualTo(400);
        assertThat(app.get("/exercises/random?seed=1&shape=2-99-1").status()).isEqualTo(400);
    }

    @Test
    void theAnswerKeyShowsTheRoundedAnswersAndTheWorkedSolution() {
        JsonNode problem = app.get("/api/exercises/hidden-delta").json().get("problem");
        JsonNode truth = app.postJson("/api/backprop", problem.toString()).json().get("layers");
        String key = app.get("/exercises/hidden-delta/key").body();
        assertThat(key).contains(">" + round(truth.get(1).get("delta").get(0)) + "<");
        assertThat(key).contains("id=\"solution\"").contains("u₁ = v₁₀ + v₁₁·x₁ + v₁₂·x₂");
    }

    @Test
    void unknownOrMalformedIdsAre404s() {
        assertThat(app.get("/exercises/no-such-exercise").status()).isEqualTo(404);
        assertThat(app.get("/exercises/..%2F..%2Fetc%2Fpasswd").status()).isEqualTo(404);
        assertThat(app.get("/exercises/%3Cscript%3E").body()).doesNotContain("<script>");
    }

    private static String round(JsonNode v) {
        return String.format(Locale.ROOT, "%.4f", v.asDouble());
    }
}
