package lab.backprop.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import lab.backprop.problem.Limits;
import lab.backprop.support.AppTest;
import lab.backprop.support.RunningApp.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad /api/train request is a 400 with one sentence that names the field; so is the budget. */
class TrainBadInputTest extends AppTest {
    static final String NET = "\"layers\": [2, 1], \"weights\": [[[1, 2]]], \"learningRate\": 0.5";
    static final String DATA = "\"data\": [{\"input\": [0, 1], \"target\": [1]}]";

    static String body(String... fields) {
        return "{" + String.join(", ", fields) + "}";
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("the network read as /api/backprop reads it",
                        body("\"layers\": [2, 1], \"weights\": [[[1, 2, 3]]], \"learningRate\": 0.5", DATA, "\"epochs\": 1"),
                        "weights[0][0] has 3 entries, expected 2"),
                Arguments.of("an unknown activation",
                        body(NET, "\"activations\": [\"softmax\"]", DATA, "\"epochs\": 1"),
                        "activations[0] is 'softmax', expected one of sigmoid, tanh, relu, linear"),
                Arguments.of("a field of /api/backprop that training does not take",
                        body(NET, "\"input\": [1, 2]", DATA, "\"epochs\": 1"), "unknown field 'input'"),
                Arguments.of("no learning rate",
                        body("\"layers\": [2, 1], \"weights\": [[[1, 2]]]", DATA, "\"epochs\": 1"), "learningRate is missing"),
                Arguments.of("no data", body(NET, "\"epochs\": 1"), "data is missing"),
                Arguments.of("empty data", body(NET, "\"data\": []", "\"epochs\": 1"), "data must hold from 1 to 1000 samples"),
                Arguments.of("a sample that is not an object", body(NET, "\"data\": [[0, 1]]", "\"epochs\": 1"),
                        "data[0] must be a JSON object"),
                Arguments.of("a misspelt sample field",
                        body(NET, "\"data\": [{\"input\": [0, 1], \"traget\": [1]}]", "\"epochs\": 1"),
                        "data[0]: unknown field 'traget'; expected input, target"),
                Arguments.of("an input of the wrong size",
                        body(NET, "\"data\": [{\"input\": [0, 1], \"target\": [1]}, {\"input\": [1], \"target\": [0]}]",
                                "\"epochs\": 1"), "data[1].input has 1 entries, expected 2"),
                Arguments.of("a target that is not a number",
                        body(NET, "\"data\": [{\"input\": [0, 1], \"target\": [\"yes\"]}]", "\"epochs\": 1"),
                        "data[0].target[0] must be a number, not the string \"yes\""),
                Arguments.of("no epochs", body(NET, DATA), "epochs is missing"),
                Arguments.of("zero epochs", body(NET, DATA, "\"epochs\": 0"),
                        "epochs must be a whole number from 1 to 1000000, got 0"),
                Arguments.of("fractional epochs", body(NET, DATA, "\"epochs\": 2.5"),
                        "epochs must be a whole number from 1 to 1000000, got 2.5"),
                Arguments.of("epochs as a string", body(NET, DATA, "\"epochs\": \"100\""),
                        "epochs must be a number, not the string \"100\""),
                Arguments.of("an unknown mode", body(NET, DATA, "\"epochs\": 1", "\"mode\": \"stochastic\""),
                        "mode is 'stochastic', expected online or batch"),
                Arguments.of("a fractional shuffle seed", body(NET, DATA, "\"epochs\": 1", "\"shuffleSeed\": 1.5"),
                        "shuffleSeed must be a whole number from -9223372036854775808 to 9223372036854775807, not 1.5"),
                Arguments.of("a string shuffle seed", body(NET, DATA, "\"epochs\": 1", "\"shuffleSeed\": \"7\""),
                        "shuffleSeed must be a whole number"),
                Arguments.of("a shuffle seed beyond 64 bits", body(NET, DATA, "\"epochs\": 1", "\"shuffleSeed\": 9223372036854775808"),
                        "shuffleSeed must be a whole number"),
                Arguments.of("more work than the budget",
                        body(NET, DATA.replace("]}]", "]}" + ", {\"input\": [1, 1], \"target\": [0]}".repeat(3) + "]"),
                                "\"epochs\": 1000000"),
                        "epochs × samples × weights is 1000000 × 4 × 32 = 128000000; at most 100000000 are allowed"
                                + " (use at most 781250 epochs)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void isRefusedWithASentenceNamingTheField(String what, String body, String message) {
        Reply r = app.postJson("/api/train", body);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.json().get("error").asText()).contains(message);
        assertThat(r.json().size()).isEqualTo(1);
    }

    @Test
    void aRequestAtTheBudgetRuns() {
        // 3,125,000 epochs would be 100,000,000 on one sample; epochs stop at 1,000,000, so use 781,250 × 4.
        String four = DATA.replace("]}]", "]}" + ", {\"input\": [1, 1], \"target\": [0]}".repeat(3) + "]");
        long started = System.nanoTime();
        Reply r = app.postJson("/api/train", body(NET, four, "\"epochs\": 781250"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(781250L * 4 * Limits.MIN_COUNTED_WEIGHTS).isEqualTo(Limits.MAX_TRAINING_WORK);
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms for the largest run").isLessThan(Limits.MAX_TRAINING_MILLIS);
    }

    @Test
    void aNonJsonContentTypeIs415() {
        Reply r = app.post("/api/train", "text/plain", body(NET, DATA, "\"epochs\": 1"));
        assertThat(r.status()).isEqualTo(415);
    }

    @Test
    void getIsNotAllowed() {
        assertThat(app.get("/api/train").status()).isEqualTo(405);
    }
}
