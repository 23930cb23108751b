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
    @Test
    void listsTheShippedExercisesWithTheirTitles() {
        Reply r = app.get("/api/exercises");
        assertThat(r.status()).isEqualTo(200);
        JsonNode list = r.json().get("exercises");
        assertThat(list).hasSize(9);
        assertThat(list.get(0).get("id").asText()).isEqualTo("forward-2-2-1");
        assertThat(list.get(0).get("title").get("ko").asText()).startsWith("앞먹임");
        assertThat(list.get(0).get("title").get("en").asText()).startsWith("Feed-forward");
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
            JsonNode e = app.get("/api/exercises/full-step-2-2-2").json();
            JsonNode step = app.postJson("/api/backprop", e.get("problem").toString()).json();
            ObjectNode answers = (ObjectNode) e.get("answers").deepCopy();
            answers.put("loss", step.get("loss").asDouble());
            answers.put("lossAfter", step.get("lossAfter").asDouble());
            for (int l = 0; l < 2; l++) {
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
            JsonNode marked = app.postJson("/api/check", check.toString()).json();
            // E and E(t+1), and per layer six vectors of 2 and two 2×2 matrices: 2 + 2·(12 + 8)
            assertThat(marked.get("summary").toString())
                    .isEqualTo("{\"correct\":42,\"followThrough\":0,\"incorrect\":0,\"missing\":0,\"total\":42}");
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
