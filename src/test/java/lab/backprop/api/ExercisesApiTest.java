package lab.backprop.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import lab.backprop.problem.Json;
import lab.backprop.support.AppTest;
import lab.backprop.support.RunningApp.Reply;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExercisesApiTest extends AppTest {
    /** The exercise's answer template filled with /api/backprop's step, as marked by /api/check. */
    JsonNode checkedWithTheTrueStep(JsonNode e) {
        JsonNode step = app.postJson("/api/backprop", e.get("problem").toString()).json();
        ObjectNode answers = (ObjectNode) e.get("answers").deepCopy();
        if (answers.has("loss")) {
            answers.put("loss", step.get("loss").asDouble());
        }
        if (answers.has("lossAfter")) {
            answers.put("lossAfter", step.get("lossAfter").asDouble());
        }
        for (int l = 0; l < answers.get("layers").size(); l++) {
            ObjectNode layer = (ObjectNode) answers.get("layers").get(l);
            Iterator<Map.Entry<String, JsonNode>> fields = layer.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                f.setValue(step.get("layers").get(l).get(f.getKey()));
            }
        }
        ObjectNode check = Json.mapper().createObjectNode();
        check.set("problem", e.get("problem"));
        check.set("answers", answers);
        return app.postJson("/api/check", check.toString()).json();
    }

    @Test
    void listsTheShippedExercisesWithTheirTitles() {
        Reply r = app.get("/api/exercises");
        assertThat(r.status()).isEqualTo(200);
        JsonNode list = r.json().get("exercises");
        assertThat(list).hasSize(15);
        assertThat(list.get(1).get("id").asText()).isEqualTo("forward-2-2-1");
        assertThat(list.get(1).get("title").get("ko").asText()).startsWith("앞먹임");
        assertThat(list.get(1).get("title").get("en").asText()).startsWith("Feed-forward");
    }

    @Test
    void listsThemAsAProgressionFromTheDeltaRuleWithStepsAndLessons() {
        JsonNode list = app.get("/api/exercises").json().get("exercises");
        assertThat(list.get(0).get("id").asText()).isEqualTo("delta-rule");
        for (int n = 0; n < list.size(); n++) {
            assertThat(list.get(n).get("step").asInt()).isEqualTo(n + 1);
        }
        assertThat(list.get(0).get("lesson").asText()).isEqualTo("multilayer-perceptron");
        assertThat(list.get(list.size() - 1).get("id").asText()).isEqualTo("gradient-check");
    }

    @Nested
    class OneExercise {
        @Test
        void comesWithItsProblemAskAndABlankAnswerSheet() {
            JsonNode e = app.get("/api/exercises/full-step-2-2-2").json();
            assertThat(e.get("problem").get("layers").toString()).isEqualTo("[2,2,2]");
            assertThat(e.get("problem").get("activations").toString()).isEqualTo("[\"sigmoid\",\"sigmoid\"]");
            assertThat(e.get("ask").get("loss").asBoolean()).isTrue();
            assertThat(e.get("ask").get("lossAfter").asBoolean()).isTrue();
            assertThat(e.get("ask").get("layers").get(1).toString()).isEqualTo("[\"net\",\"out\",\"derivative\","
                    + "\"delta\",\"weightUpdates\",\"biasUpdates\",\"newWeights\",\"newBiases\"]");
            assertThat(e.get("decimals").asInt()).isEqualTo(4);
            assertThat(e.get("tolerance").asDouble()).isEqualTo(0.0005);
            assertThat(e.get("answers").get("loss").isNull()).isTrue();
            assertThat(e.get("answers").get("layers").get(0).get("newWeights").toString())
                    .isEqualTo("[[null,null],[null,null]]");
            assertThat(e.get("instructions").get("ko").asText()).isNotBlank();
        }

        @Test
        void answeredWithTheTrueStepIsMarkedAllCorrect() {
            JsonNode marked = checkedWithTheTrueStep(app.get("/api/exercises/full-step-2-2-2").json());
            // E and E(t+1), and per layer six vectors of 2 and two 2×2 matrices: 2 + 2·(12 + 8)
            assertThat(marked.get("summary").toString())
                    .isEqualTo("{\"correct\":42,\"followThrough\":0,\"incorrect\":0,\"missing\":0,\"total\":42}");
        }

        @Test
        void aChoiceQuestionComesBackToCheckAndIsMarked() {
            JsonNode e = app.get("/api/exercises/hidden-delta").json();
            JsonNode q = e.get("questions").get(0);
            assertThat(q.get("id").asText()).isEqualTo("more-responsible");
            assertThat(q.get("kind").asText()).isEqualTo("choice");
            assertThat(q.get("choices").toString()).isEqualTo("[\"layers[0].delta[0]\",\"layers[0].delta[1]\"]");
            assertThat(q.get("pick").asText()).isEqualTo("largestMagnitude");
            assertThat(q.get("symbols").toString()).isEqualTo("[\"δ₁\",\"δ₂\"]");
            assertThat(q.get("text").get("en").asText()).contains("more responsible");
            assertThat(e.get("answers").get("questions").toString()).isEqualTo("{\"more-responsible\":null}");
            for (int choice = 0; choice < 2; choice++) {
                ObjectNode answers = (ObjectNode) e.get("answers").deepCopy();
                ((ObjectNode) answers.get("questions")).put("more-responsible", choice);
                ObjectNode check = Json.mapper().createObjectNode();
                check.set("problem", e.get("problem"));
                check.set("questions", e.get("questions"));
                check.set("answers", answers);
                check.put("lang", "en");
                JsonNode cells = app.postJson("/api/check", check.toString()).json().get("cells");
                JsonNode cell = cells.get(cells.size() - 1);
                assertThat(cell.get("path").asText()).isEqualTo("questions.more-responsible");
                assertThat(cell.get("symbol").asText()).isEqualTo("δ₁ / δ₂");
                assertThat(cell.get("expected").asDouble()).isEqualTo(0.0);
                assertThat(cell.get("status").asText()).isEqualTo(choice == 0 ? "correct" : "incorrect");
            }
        }

        @Test
        void aNumberQuestionIsMarkedWithTheExercisesTolerance() {
            JsonNode e = app.get("/api/exercises/gradient-check").json();
            ObjectNode answers = Json.mapper().createObjectNode();
            answers.putObject("questions").put("central-difference", -0.0644798).putNull("loss-plus");
            ObjectNode check = Json.mapper().createObjectNode();
            check.set("problem", e.get("problem"));
            check.set("questions", e.get("questions"));
            check.set("answers", answers);
            check.put("tolerance", e.get("tolerance").asDouble());
            JsonNode marked = app.postJson("/api/check", check.toString()).json();
            assertThat(marked.get("summary").toString())
                    .isEqualTo("{\"correct\":1,\"followThrough\":0,\"incorrect\":0,\"missing\":1,\"total\":2}");
            assertThat(marked.get("cells").get(0).get("path").asText()).isEqualTo("questions.loss-plus");
        }

        @Test
        void aQuestionOutsideTheNetworkIsA400NamingIt() {
            String body = "{\"problem\": " + app.get("/api/exercises/hidden-delta").json().get("problem")
                    + ", \"questions\": [{\"id\": \"q\", \"kind\": \"number\", \"answer\": \"layers[0].delta[7]\"}],"
                    + " \"answers\": {}}";
            Reply r = app.postJson("/api/check", body);
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().get("error").asText()).isEqualTo("questions[0].answer: unit index 7 is beyond the layer (0 to 1)");
        }

        @Test
        void anUnknownIdIsAJson404() {
            Reply r = app.get("/api/exercises/no-such-exercise");
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.json().get("error").asText()).isEqualTo("there is no exercise 'no-such-exercise'");
        }

        @ParameterizedTest(name = "''{0}'' is a 400")
        @ValueSource(strings = {"Forward", "a_b", "%2E%2E", "x%20y", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
        void anIdOutsideThePatternIsA400(String id) {
            Reply r = app.get("/api/exercises/" + id);
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().get("error").asText()).contains("lower-case letters, digits or hyphens");
        }
    }

    @Nested
    class ARandomVariant {
        @Test
        void isTheSameForTheSameSeedAndShape() {
            Reply a = app.get("/api/exercises/random?seed=42&shape=2-2-1");
            Reply b = app.get("/api/exercises/random?seed=42&shape=2-2-1");
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.body()).isEqualTo(b.body());
            JsonNode e = a.json();
            assertThat(e.get("id").asText()).isEqualTo("random-2-2-1-42");
            assertThat(e.get("problem").get("weights").get(0).toString()).isEqualTo("[[-0.2,0.5],[0.6,0.6]]");
            assertThat(e.get("problem").get("learningRate").asDouble()).isEqualTo(1.0);
        }

        @Test
        void canBeFetchedAgainByItsId() {
            Reply byId = app.get("/api/exercises/random-2-2-1-42");
            assertThat(byId.status()).isEqualTo(200);
            assertThat(byId.body()).isEqualTo(app.get("/api/exercises/random?seed=42").body());
        }

        @Test
        void hasTheShapeAskedFor() {
            JsonNode e = app.get("/api/exercises/random?seed=1&shape=3-4-2-1").json();
            assertThat(e.get("problem").get("layers").toString()).isEqualTo("[3,4,2,1]");
            assertThat(app.postJson("/api/backprop", e.get("problem").toString()).status()).isEqualTo(200);
            ArrayNode blank = (ArrayNode) e.get("answers").get("layers").get(0).get("weightUpdates");
            assertThat(blank).hasSize(4);
            assertThat(blank.get(0)).hasSize(3);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"2-2-2", "2-2-2-1", "2-3-2-2"})
        void ofTheNewShapesIsMarkedAllCorrectWithTheTrueStep(String shape) {
            JsonNode e = app.get("/api/exercises/random?seed=20241234&shape=" + shape).json();
            assertThat(e.get("id").asText()).isEqualTo("random-" + shape + "-20241234");
            JsonNode summary = checkedWithTheTrueStep(e).get("summary");
            assertThat(summary.get("total").asInt()).isPositive();
            assertThat(summary.get("correct").asInt()).isEqualTo(summary.get("total").asInt());
        }

        @ParameterizedTest(name = "{0} is a 400: {1}")
        @CsvSource(delimiter = '|', value = {
                "/api/exercises/random | seed must be a whole number from 0 to 999999999999999999, e.g. a student number",
                "/api/exercises/random?seed= | it is missing",
                "/api/exercises/random?seed=abc | got 'abc'",
                "/api/exercises/random?seed=-1 | got '-1'",
                "/api/exercises/random?seed=1e3 | got '1e3'",
                "/api/exercises/random?seed=1234567890123456789 | got '1234567890123456789'",
                "/api/exercises/random?seed=1&shape=2-65-1 | shape must be layer sizes joined by '-', like 2-2-1",
                "/api/exercises/random?seed=1&shape=2 | got '2'",
                "/api/exercises/random?seed=1&shape=1-1-1-1-1-1-1-1-1-1-1 | from 2 to 10 layers of 1 to 64 units"})
        void badParametersAreRefused(String path, String expected) {
            Reply r = app.get(path);
            assertThat(r.status()).as(r.body()).isEqualTo(400);
            assertThat(r.json().get("error").asText()).contains(expected);
        }
    }
}
