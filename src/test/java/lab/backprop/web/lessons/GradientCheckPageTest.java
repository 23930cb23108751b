package lab.backprop.web.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lab.backprop.support.AppTest;
import lab.backprop.support.RunningApp.Reply;
import org.junit.jupiter.api.Test;

/**
 * The gradient-check lesson over real HTTP: the nudged estimate beside /api/backprop's gradient for the
 * chosen weight, the form without JavaScript (a GET), htmx in place, and bad input as a 400 with its field marked.
 */
class GradientCheckPageTest extends AppTest {
    /** The lesson's preset, the example network of lessons 04–07, as an /api/backprop request. */
    static final String EXAMPLE = """
            {"layers": [2, 2, 1], "weights": [[[0.5, -0.3], [0.2, 0.4]], [[0.6, -0.5]]],
             "biases": [[0.1, -0.1], [0.2]], "activations": ["sigmoid", "sigmoid"], "slope": 1,
             "input": [1.0, 0.5], "target": [1.0], "learningRate": 0.5}""";

    static final String SELECTED = "<option value=\"";

    JsonNode api() {
        return app.postJson("/api/backprop", EXAMPLE).json();
    }

    static double cell(String body, String name) {
        Matcher m = Pattern.compile("data-check=\"" + name + "\" data-value=\"([^\"]+)\"").matcher(body);
        assertThat(m.find()).as("the %s cell", name).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void startsWithW11AndPutsTheNudgedEstimateBesideTheBackwardPass() {
        Reply r = app.get("/lessons/gradient-check");
        assertThat(r.status()).isEqualTo(200);
        double engine = api().get("layers").get(1).get("gradWeights").get(0).get(0).asDouble();
        assertThat(engine).isCloseTo(-0.0645, within(5e-5));
        assertThat(cell(r.body(), "analytic")).isEqualTo(engine);
        assertThat(cell(r.body(), "estimate")).isCloseTo(engine, within(1e-9));
        assertThat(cell(r.body(), "lossPlus")).isLessThan(cell(r.body(), "lossMinus"));
        assertThat(r.body()).containsPattern(SELECTED + "w-1-0-0\"\\s+selected=\"selected\">w₁₁ = 0.6</option>")
                .contains("value=\"1e-5\"").contains("−Δ₁ · z₁ = −(0.1056) × 0.6106")
                .contains("data-symbol=\"gradW\"");
    }

    @Test
    void checksAHiddenWeightAndABiasChosenInTheQuery() {
        JsonNode hidden = api().get("layers").get(0);
        Reply v21 = app.get("/lessons/gradient-check?weight=w-0-1-0&eps=1e-4");
        assertThat(v21.status()).isEqualTo(200);
        assertThat(cell(v21.body(), "analytic")).isEqualTo(hidden.get("gradWeights").get(1).get(0).asDouble());
        assertThat(cell(v21.body(), "estimate")).isCloseTo(hidden.get("gradWeights").get(1).get(0).asDouble(), within(1e-8));
        assertThat(v21.body()).containsPattern(SELECTED + "w-0-1-0\"\\s+selected=\"selected\">v₂₁ = 0.2</option>");

        Reply bias = app.get("/lessons/gradient-check?weight=b-1-0&eps=0.001&lang=en");
        double w10 = api().get("layers").get(1).get("gradBiases").get(0).asDouble();
        assertThat(cell(bias.body(), "estimate")).isCloseTo(w10, within(1e-7));
        assertThat(bias.body()).contains("Nudging w₁₀ by ±ε = ±0.001").contains("−Δ₁ = −(0.1056)");
    }

    @Test
    void showsTruncationAndRoundOffInTheDifference() {
        double tooBig = Math.abs(cell(app.get("/lessons/gradient-check?eps=1").body(), "difference"));
        double good = Math.abs(cell(app.get("/lessons/gradient-check?eps=1e-5").body(), "difference"));
        double tooSmall = Math.abs(cell(app.get("/lessons/gradient-check?eps=1e-13").body(), "difference"));
        assertThat(good).isLessThan(1e-10);
        assertThat(tooBig).isGreaterThan(1e-4);
        assertThat(tooSmall).isGreaterThan(1e-6);
    }

    @Test
    void aBadEpsilonIsA400WithTheFieldMarkedAndWhatWasTypedKept() {
        Reply r = app.get("/lessons/gradient-check?weight=w-0-0-1&eps=abc");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"check-error\"").contains("ε 값은 0보다 크고 10 이하인 수여야 합니다")
                .containsPattern("id=\"check-eps\"[^>]*value=\"abc\" aria-invalid=\"true\"[^>]*class=\"invalid\"")
                .containsPattern(SELECTED + "w-0-0-1\"\\s+selected=\"selected\">")
                .doesNotContain("data-check=\"estimate\"");
        assertThat(app.get("/lessons/gradient-check?eps=0").status()).isEqualTo(400);
        assertThat(app.get("/lessons/gradient-check?eps=11").status()).isEqualTo(400);
        assertThat(app.get("/lessons/gradient-check?eps=NaN&lang=en").body())
                .contains("ε must be a number greater than 0 and at most 10; &#39;NaN&#39; cannot be used.");
    }

    @Test
    void aWeightTheNetworkDoesNotHaveIsA400WithTheSelectMarked() {
        Reply r = app.get("/lessons/gradient-check?weight=w-2-0-0&eps=1e-5&lang=en");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("This network has no weight &#39;w-2-0-0&#39;.")
                .containsPattern("id=\"check-weight\"[^>]*aria-invalid=\"true\"[^>]*class=\"invalid\"");
        assertThat(app.get("/lessons/gradient-check?weight=v-0-0-0").status()).isEqualTo(400);
    }

    @Test
    void withHtmxABadValueComesBackAsA200SoThatTheErrorIsSwappedIn() {
        Reply r = app.send(HttpRequest.newBuilder(URI.create(app.url("/lessons/gradient-check?eps=-1")))
                .header("HX-Request", "true").GET().build());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"gradient-check\"").contains("id=\"check-error\"")
                .contains("hx-get=\"/lessons/gradient-check\"").contains("hx-select=\"#gradient-check\"");
    }

    @Test
    void theLessonHasNoNetworkFormToPostTo() {
        assertThat(app.post("/lessons/gradient-check", "application/x-www-form-urlencoded", "eps=1").status())
                .isEqualTo(404);
    }
}
