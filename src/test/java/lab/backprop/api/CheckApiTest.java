package lab.backprop.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import lab.backprop.support.AppTest;
import lab.backprop.support.RunningApp.Reply;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CheckApiTest extends AppTest {
    static final String PROBLEM = BackpropApiTest.HAND_WORKED;

    static String check(String answers, String extra) {
        return "{\"problem\": " + PROBLEM + ", \"answers\": " + answers + extra + "}";
    }

    static JsonNode cell(JsonNode body, String path) {
        for (JsonNode c : body.get("cells")) {
            if (c.get("path").asText().equals(path)) {
                return c;
            }
        }
        throw new AssertionError("no cell " + path + " in " + body);
    }

    @Nested
    class TheContractExample {
        final String answers = """
                { "loss": 0.2984,
                  "layers": [ { "net": [0.3775, null], "out": [0.5933, 0.5969], "delta": [], "weightUpdates": [[]],
                                "newWeights": [[]], "newBiases": [] },
                              { "delta": [-0.1385, null] } ] }""";

        @Test
        void marksEverySuppliedCellAndCountsBlanksAsMissing() {
            Reply r = app.postJson("/api/check", check(answers, ", \"tolerance\": 0.0005"));
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.header("Content-Type")).startsWith("application/json");
            JsonNode body = r.json();
            assertThat(body.get("summary").toString()).isEqualTo(
                    "{\"correct\":5,\"followThrough\":0,\"incorrect\":0,\"missing\":14,\"total\":19}");
            JsonNode delta = cell(body, "layers[1].delta[0]");
            assertThat(delta.get("symbol").asText()).isEqualTo("Δ₁");
            assertThat(delta.get("given").asDouble()).isEqualTo(-0.1385);
            assertThat(delta.get("expected").asDouble()).isCloseTo(-0.138498562, within(1e-9));
            assertThat(delta.get("status").asText()).isEqualTo("correct");
            assertThat(delta.get("diagnosis").isNull()).isTrue();
            assertThat(delta.get("message").asText()).isEqualTo("정답입니다.");
            JsonNode blank = cell(body, "layers[0].weightUpdates[1][1]");
            assertThat(blank.get("status").asText()).isEqualTo("missing");
            assertThat(blank.get("given").isNull()).isTrue();
            assertThat(blank.get("symbol").asText()).isEqualTo("Δv₂₂");
        }
    }

    @Test
    void diagnosesASignErrorInEnglishWhenAsked() {
        Reply r = app.postJson("/api/check", check("{\"layers\": [null, {\"delta\": [0.1385, 0.0381]}]}",
                ", \"lang\": \"en\""));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode c = cell(r.json(), "layers[1].delta[0]");
        assertThat(c.get("status").asText()).isEqualTo("incorrect");
        assertThat(c.get("diagnosis").asText()).isEqualTo("sign");
        assertThat(c.get("message").asText()).startsWith("The sign is flipped");
        assertThat(r.json().get("summary").get("correct").asInt()).isEqualTo(1);
    }

    @Test
    void givesFollowThroughCreditOverHttp() {
        // z₁ = 0.7 is wrong; a₁ = 0.40·0.7 + 0.45·0.5969 + 0.60 follows from it
        Reply r = app.postJson("/api/check", check(
                "{\"layers\": [{\"out\": [0.7, 0.5969]}, {\"net\": [1.1486, null]}]}", ""));
        JsonNode body = r.json();
        assertThat(cell(body, "layers[0].out[0]").get("status").asText()).isEqualTo("incorrect");
        assertThat(cell(body, "layers[1].net[0]").get("status").asText()).isEqualTo("followThrough");
        assertThat(body.get("summary").get("followThrough").asInt()).isEqualTo(1);
    }

    @Test
    void anEmptyAnswersObjectMarksNothing() {
        Reply r = app.postJson("/api/check", check("{}", ""));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("summary").get("total").asInt()).isZero();
        assertThat(r.json().get("cells")).isEmpty();
    }

    static Stream<Arguments> badChecks() {
        return Stream.of(
                Arguments.of("no problem", "{\"answers\": {}}", "problem is missing"),
                Arguments.of("a bad problem", "{\"problem\": {\"layers\": [2, 1], \"weights\": [[[1]]]}, \"answers\": {}}",
                        "problem.weights[0][0] has 1 entries, expected 2"),
                Arguments.of("no answers", "{\"problem\": " + PROBLEM + "}", "answers is missing"),
                Arguments.of("a misspelt field", check("{}", ", \"answer\": {}"), "unknown field 'answer'"),
                Arguments.of("an unknown quantity", check("{\"layers\": [{\"deltas\": [1]}]}", ""),
                        "answers.layers[0]: unknown field 'deltas'"),
                Arguments.of("a string answer", check("{\"layers\": [null, {\"delta\": [\"0.1\"]}]}", ""),
                        "answers.layers[1].delta[0] must be a number, not the string \"0.1\""),
                Arguments.of("a loss given as an array", check("{\"loss\": [0.3]}", ""),
                        "answers.loss must be a number, not an array"),
                Arguments.of("too many entries", check("{\"layers\": [{\"net\": [1, 2, 3]}]}", ""),
                        "answers.layers[0].net has 3 entries, expected at most 2"),
                Arguments.of("a matrix row too long", check("{\"layers\": [null, {\"newWeights\": [[1, 2, 3]]}]}", ""),
                        "answers.layers[1].newWeights[0] has 3 entries, expected at most 2"),
                Arguments.of("a matrix given as a vector", check("{\"layers\": [null, {\"newWeights\": [1, 2]}]}", ""),
                        "answers.layers[1].newWeights[0] must be an array, not the number 1"),
                Arguments.of("too many layers", check("{\"layers\": [{}, {}, {}]}", ""),
                        "answers.layers has 3 entries, but the network has 2 non-input layers"),
                Arguments.of("a huge answer", check("{\"loss\": 1e9}", ""), "answers.loss is too large"),
                Arguments.of("a zero tolerance", check("{}", ", \"tolerance\": 0"),
                        "tolerance must be greater than 0 and at most 1, got 0"),
                Arguments.of("a text tolerance", check("{}", ", \"tolerance\": \"small\""),
                        "tolerance must be a number, not the string \"small\""),
                Arguments.of("an unknown language", check("{}", ", \"lang\": \"fr\""), "lang is 'fr', expected ko or en"),
                Arguments.of("a step that overflows",
                        "{\"problem\": " + BackpropApiTest.BadInput.overflowing() + ", \"answers\": {}}",
                        "the step overflowed"));
    }

    @ParameterizedTest(name = "{0} is a 400 naming the problem")
    @MethodSource("badChecks")
    void isRefusedWithASentence(String what, String body, String expected) {
        Reply r = app.postJson("/api/check", body);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).contains(expected);
    }

    @Test
    void aWrongContentTypeIsA415() {
        assertThat(app.post("/api/check", "text/plain", check("{}", "")).status()).isEqualTo(415);
    }
}
