package lab.backprop.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import lab.backprop.problem.Limits;
import lab.backprop.support.AppTest;
import lab.backprop.support.RunningApp.Reply;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BackpropApiTest extends AppTest {
    /** The hand-worked 2-2-2 network (inputs 0.05, 0.10; targets 0.01, 0.99; η = 0.5). */
    static final String HAND_WORKED = """
            { "layers": [2, 2, 2],
              "weights": [[[0.15, 0.20], [0.25, 0.30]], [[0.40, 0.45], [0.50, 0.55]]],
              "biases": [[0.35, 0.35], [0.60, 0.60]],
              "activations": ["sigmoid", "sigmoid"], "slope": 1.0,
              "input": [0.05, 0.10], "target": [0.01, 0.99], "learningRate": 0.5 }""";

    @Test
    void healthAnswersOk() {
        Reply r = app.get("/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("ok");
    }

    @Nested
    class AValidStep {
        @Test
        void returnsTheHandWorkedNumbersWithTheLectureSymbols() {
            Reply r = app.postJson("/api/backprop", HAND_WORKED);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.header("Content-Type")).startsWith("application/json");
            JsonNode body = r.json();
            assertThat(body.get("loss").asDouble()).isCloseTo(0.298371109, within(1e-9));
            assertThat(body.get("lossAfter").asDouble()).isLessThan(body.get("loss").asDouble());

            JsonNode hidden = body.get("layers").get(0);
            JsonNode output = body.get("layers").get(1);
            assertThat(hidden.get("role").asText()).isEqualTo("hidden");
            assertThat(hidden.get("symbols").toString()).isEqualTo("{\"net\":\"u\",\"out\":\"z\",\"delta\":\"δ\",\"weights\":\"v\"}");
            assertThat(output.get("role").asText()).isEqualTo("output");
            assertThat(output.get("symbols").toString()).isEqualTo("{\"net\":\"a\",\"out\":\"y\",\"delta\":\"Δ\",\"weights\":\"w\"}");

            assertThat(hidden.get("net").get(0).asDouble()).isCloseTo(0.3775, within(1e-12));
            assertThat(hidden.get("out").get(0).asDouble()).isCloseTo(0.593269992, within(1e-9));
            assertThat(output.get("out").get(1).asDouble()).isCloseTo(0.772928465, within(1e-9));
            assertThat(output.get("error").get(0).asDouble()).isCloseTo(0.01 - output.get("out").get(0).asDouble(), within(1e-15));
            assertThat(output.get("delta").get(0).asDouble()).isCloseTo(-0.138498562, within(1e-9));
            assertThat(output.get("gradWeights").get(0).get(0).asDouble()).isCloseTo(0.082167041, within(1e-9));
            assertThat(output.get("weightUpdates").get(0).get(0).asDouble()).isCloseTo(-0.041083520, within(1e-9));
            assertThat(output.get("newWeights").get(0).get(0).asDouble()).isCloseTo(0.358916480, within(1e-9));
            assertThat(hidden.get("newWeights").get(0).get(0).asDouble()).isCloseTo(0.149780716, within(1e-9));
            double y0 = output.get("out").get(0).asDouble();
            assertThat(output.get("derivative").get(0).asDouble()).isCloseTo(y0 * (1 - y0), within(1e-15));
            assertThat(output.get("biasUpdates").get(0).asDouble())
                    .isCloseTo(0.5 * output.get("delta").get(0).asDouble(), within(1e-15));
            assertThat(output.get("newBiases").get(0).asDouble())
                    .isCloseTo(0.60 + output.get("biasUpdates").get(0).asDouble(), within(1e-15));
            assertThat(hidden.get("gradBiases").get(1).asDouble())
                    .isCloseTo(-hidden.get("delta").get(1).asDouble(), within(1e-15));
        }

        @Test
        void acceptsTheLargestNetworkTheLimitsAllowWrittenAtFullPrecision() {
            // 63 inputs and 64 outputs: 64 × (63 + 1) = 4,096 weights and biases, the most allowed.
            String number = "-0.1234567890123456";
            String row = "[" + (number + ",").repeat(62) + number + "]";
            String body = "{\"layers\": [63, 64], \"weights\": [[" + (row + ",").repeat(63) + row + "]],"
                    + " \"biases\": [[" + (number + ",").repeat(63) + number + "]],"
                    + " \"input\": " + row + ", \"target\": [" + "0.5,".repeat(63) + "0.5], \"learningRate\": 0.1}";
            assertThat(body.length()).isLessThan(Limits.MAX_BODY_BYTES);
            Reply r = app.postJson("/api/backprop", body);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.json().get("layers").get(0).get("newWeights")).hasSize(64);
        }

        @Test
        void fillsInDefaultsForBiasesActivationsAndSlope() {
            Reply r = app.postJson("/api/backprop", """
                    {"layers": [1, 1], "weights": [[[2.0]]], "input": [0.5], "target": [1.0], "learningRate": 1}""");
            assertThat(r.status()).isEqualTo(200);
            JsonNode out = r.json().get("layers").get(0);
            // zero bias, sigmoid with k = 1: a = 1, y = 1/(1+e^−1)
            double y = 1 / (1 + Math.exp(-1));
            assertThat(out.get("net").get(0).asDouble()).isEqualTo(1.0);
            assertThat(out.get("out").get(0).asDouble()).isCloseTo(y, within(1e-15));
            assertThat(out.get("delta").get(0).asDouble()).isCloseTo((1 - y) * y * (1 - y), within(1e-15));
        }

        @Test
        void appliesTheSlopeKToTheSigmoidDerivative() {
            Reply r = app.postJson("/api/backprop", """
                    {"layers": [1, 1], "weights": [[[0.0]]], "slope": 3, "input": [1], "target": [1], "learningRate": 1}""");
            // a = 0: y = 0.5 and g'(0) = k/4 = 0.75
            assertThat(r.json().get("layers").get(0).get("derivative").get(0).asDouble()).isEqualTo(0.75);
        }

        @Test
        void runsTheDeltaRuleOnASingleLayer() {
            Reply r = app.postJson("/api/delta-rule", """
                    {"weights": [[0.2, -0.1]], "input": [1.0, 0.5], "target": [1.0], "learningRate": 0.5}""");
            assertThat(r.status()).isEqualTo(200);
            JsonNode body = r.json();
            assertThat(body.get("error").get(0).asDouble()).isCloseTo(0.85, within(1e-15));
            assertThat(body.get("weightUpdates").get(0).get(1).asDouble()).isCloseTo(0.2125, within(1e-15));
            assertThat(body.get("newWeights").get(0).get(0).asDouble()).isCloseTo(0.625, within(1e-15));
            assertThat(body.get("loss").asDouble()).isCloseTo(0.36125, within(1e-15));
        }
    }

    @Nested
    class BadInput {
        static final String VALID_TAIL = "\"input\": [1, 0.5], \"target\": [1], \"learningRate\": 0.5";

        static String net(String layersAndWeights) {
            return "{" + layersAndWeights + ", " + VALID_TAIL + "}";
        }

        static Stream<Arguments> badBodies() {
            return Stream.of(
                    Arguments.of("an empty body", "", "the request body is empty"),
                    Arguments.of("whitespace only", "   ", "the request body is empty"),
                    Arguments.of("not JSON", "layers=2,2", "is not valid JSON"),
                    Arguments.of("truncated JSON", "{\"layers\": [2, 1], \"weights\": [[[1, 2]", "is not valid JSON"),
                    Arguments.of("trailing garbage", "{\"layers\": [2, 1]} {}", "is not valid JSON"),
                    Arguments.of("a duplicate key", "{\"layers\": [2, 1], \"layers\": [2, 1]}", "Duplicate field 'layers'"),
                    Arguments.of("an array body", "[2, 1]", "the request body must be a JSON object"),
                    Arguments.of("a null body", "null", "the request body is missing"),
                    Arguments.of("missing layers", "{\"weights\": []}", "layers is missing"),
                    Arguments.of("missing weights", "{\"layers\": [2, 1]}", "weights is missing"),
                    Arguments.of("missing input", "{\"layers\": [2, 1], \"weights\": [[[1, 2]]], \"target\": [1], \"learningRate\": 1}",
                            "input is missing"),
                    Arguments.of("missing learning rate", "{\"layers\": [2, 1], \"weights\": [[[1, 2]]], \"input\": [1, 2], \"target\": [1]}",
                            "learningRate is missing"),
                    Arguments.of("an unknown field", net("\"layers\": [2, 1], \"weights\": [[[1, 2]]], \"learningrate\": 1"),
                            "unknown field 'learningrate'"),
                    Arguments.of("layers as a string", net("\"layers\": \"2-1\", \"weights\": []"),
                            "layers must be an array, not the string \"2-1\""),
                    Arguments.of("a single layer", net("\"layers\": [2], \"weights\": []"), "layers must list from 2 to 10"),
                    Arguments.of("a fractional layer size", net("\"layers\": [2, 1.5], \"weights\": []"),
                            "layers[1] must be a whole number from 1 to 64, got 1.5"),
                    Arguments.of("a zero layer size", net("\"layers\": [2, 0], \"weights\": []"),
                            "layers[1] must be a whole number from 1 to 64, got 0"),
                    Arguments.of("too many units", net("\"layers\": [2, 65], \"weights\": []"),
                            "layers[1] must be a whole number from 1 to 64, got 65"),
                    Arguments.of("too many layers", net("\"layers\": [1,1,1,1,1,1,1,1,1,1,1], \"weights\": []"),
                            "layers must list from 2 to 10 layer sizes"),
                    Arguments.of("too many weights in all", net("\"layers\": [64, 64, 64], \"weights\": []"),
                            "layers describe 8320 weights and biases; at most 4096 are allowed"),
                    Arguments.of("too few weight matrices", net("\"layers\": [2, 2, 1], \"weights\": [[[1, 2], [3, 4]]]"),
                            "weights has 1 entries, expected 2"),
                    Arguments.of("a ragged weight row", net("\"layers\": [2, 2, 1], \"weights\": [[[1, 2], [3]], [[1, 2]]]"),
                            "weights[0][1] has 1 entries, expected 2"),
                    Arguments.of("a row too long", net("\"layers\": [2, 1], \"weights\": [[[1, 2, 3]]]"),
                            "weights[0][0] has 3 entries, expected 2"),
                    Arguments.of("a string weight", net("\"layers\": [2, 1], \"weights\": [[[1, \"0.5\"]]]"),
                            "weights[0][0][1] must be a number, not the string \"0.5\""),
                    Arguments.of("a boolean weight", net("\"layers\": [2, 1], \"weights\": [[[1, true]]]"),
                            "weights[0][0][1] must be a number, not the boolean true"),
                    Arguments.of("a null weight", net("\"layers\": [2, 1], \"weights\": [[[null, 1]]]"),
                            "weights[0][0][0] is missing"),
                    Arguments.of("a nested array for a number", net("\"layers\": [2, 1], \"weights\": [[[[1], 1]]]"),
                            "weights[0][0][0] must be a number, not an array"),
                    Arguments.of("NaN", net("\"layers\": [2, 1], \"weights\": [[[NaN, 1]]]"), "is not valid JSON"),
                    Arguments.of("Infinity", net("\"layers\": [2, 1], \"weights\": [[[Infinity, 1]]]"), "is not valid JSON"),
                    Arguments.of("an overflowing number", net("\"layers\": [2, 1], \"weights\": [[[1e400, 1]]]"),
                            "weights[0][0][0] is too large"),
                    Arguments.of("a huge integer", net("\"layers\": [2, 1], \"weights\": [[[1" + "0".repeat(400) + ", 1]]]"),
                            "weights[0][0][0] is too large"),
                    Arguments.of("biases of the wrong shape", net("\"layers\": [2, 1], \"weights\": [[[1, 2]]], \"biases\": [[1, 2]]"),
                            "biases[0] has 2 entries, expected 1"),
                    Arguments.of("an unknown activation", net("\"layers\": [2, 1], \"weights\": [[[1, 2]]], \"activations\": [\"softmax\"]"),
                            "activations[0] is 'softmax', expected one of sigmoid, tanh, relu, linear"),
                    Arguments.of("a numeric activation", net("\"layers\": [2, 1], \"weights\": [[[1, 2]]], \"activations\": [1]"),
                            "activations[0] must be a string, not the number 1"),
                    Arguments.of("a zero slope", net("\"layers\": [2, 1], \"weights\": [[[1, 2]]], \"slope\": 0"),
                            "slope must be greater than 0"),
                    Arguments.of("an input of the wrong size",
                            "{\"layers\": [2, 1], \"weights\": [[[1, 2]]], \"input\": [1], \"target\": [1], \"learningRate\": 1}",
                            "input has 1 entries, expected 2"),
                    Arguments.of("a target of the wrong size",
                            "{\"layers\": [2, 1], \"weights\": [[[1, 2]]], \"input\": [1, 2], \"target\": [1, 0], \"learningRate\": 1}",
                            "target has 2 entries, expected 1"),
                    Arguments.of("a zero learning rate",
                            "{\"layers\": [2, 1], \"weights\": [[[1, 2]]], \"input\": [1, 2], \"target\": [1], \"learningRate\": 0}",
                            "learningRate must be greater than 0 and at most 100, got 0"),
                    Arguments.of("a negative learning rate",
                            "{\"layers\": [2, 1], \"weights\": [[[1, 2]]], \"input\": [1, 2], \"target\": [1], \"learningRate\": -0.5}",
                            "learningRate must be greater than 0 and at most 100, got -0.5"),
                    Arguments.of("a string learning rate",
                            "{\"layers\": [2, 1], \"weights\": [[[1, 2]]], \"input\": [1, 2], \"target\": [1], \"learningRate\": \"fast\"}",
                            "learningRate must be a number, not the string \"fast\""),
                    Arguments.of("a step that overflows", overflowing(), "the step overflowed"));
        }

        /** Ten linear layers of 16 units with the largest weights and η: only the result overflows. */
        static String overflowing() {
            StringBuilder w = new StringBuilder("[");
            for (int l = 0; l < 9; l++) {
                w.append(l == 0 ? "" : ",").append("[");
                for (int j = 0; j < 16; j++) {
                    w.append(j == 0 ? "" : ",").append("[").append("1e6,".repeat(15)).append("1e6]");
                }
                w.append("]");
            }
            w.append("]");
            String units = "16,".repeat(9) + "16";
            String ones = "1e6,".repeat(15) + "1e6";
            return "{\"layers\": [" + units + "], \"weights\": " + w + ", \"activations\": \"linear\", \"input\": ["
                    + ones + "], \"target\": [" + ones.replace("1e6", "0") + "], \"learningRate\": 100}";
        }

        @ParameterizedTest(name = "{0} is a 400 naming the problem")
        @MethodSource("badBodies")
        void isRefusedWithASentence(String what, String body, String expected) {
            Reply r = app.postJson("/api/backprop", body);
            assertThat(r.status()).as(r.body()).isEqualTo(400);
            assertThat(r.header("Content-Type")).startsWith("application/json");
            assertThat(r.json().get("error").asText()).contains(expected);
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
        }

        @Test
        void aWrongContentTypeIsA415() {
            Reply r = app.post("/api/backprop", "text/plain", HAND_WORKED);
            assertThat(r.status()).isEqualTo(415);
            assertThat(r.json().get("error").asText()).isEqualTo("Content-Type must be application/json, not 'text/plain'");
            assertThat(app.post("/api/backprop", null, HAND_WORKED).status()).isEqualTo(415);
        }

        @Test
        void aBodyOverTheLimitIsA413() {
            Reply r = app.postDeclaredTooLarge("/api/backprop", "application/json");
            assertThat(r.status()).isEqualTo(413);
            assertThat(r.json().get("error").asText())
                    .isEqualTo("the request body is larger than " + Limits.MAX_BODY_BYTES + " bytes");
        }

        @Test
        void aBadDeltaRuleRequestIsA400ToO() {
            Reply r = app.postJson("/api/delta-rule", "{\"weights\": [[1, 2], [3]], \"input\": [1, 2], \"target\": [1, 0], \"learningRate\": 1}");
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().get("error").asText()).isEqualTo("weights[1] has 1 entries, expected 2");
        }

        @Test
        void theServerKeepsAnsweringCorrectlyAfterwards() {
            badBodies().forEach(a -> app.postJson("/api/backprop", (String) a.get()[1]));
            Reply r = app.postJson("/api/backprop", HAND_WORKED);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().get("loss").asDouble()).isCloseTo(0.298371109, within(1e-9));
        }

        @Test
        void theWrongMethodIsAJson405() {
            Reply r = app.get("/api/backprop");
            assertThat(r.status()).isEqualTo(405);
            assertThat(r.json().get("error").asText()).isEqualTo("GET is not allowed on /api/backprop");
        }

        @Test
        void anUnknownApiPathIsAJson404() {
            Reply r = app.get("/api/nothing-here");
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.json().get("error").asText()).contains("not found");
        }
    }
}
