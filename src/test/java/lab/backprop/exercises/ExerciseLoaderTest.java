package lab.backprop.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lab.backprop.i18n.Lang;
import lab.backprop.notation.Quantity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExerciseLoaderTest {
    static final String GOOD = """
            id: %s
            title: {ko: "앞먹임", en: "Feed-forward"}
            instructions: {ko: "계산하세요.", en: "Compute."}
            problem:
              layers: [2, 1]
              weights: [[[0.5, -0.5]]]
              input: [1.0, 0.5]
              target: [1.0]
              learningRate: 0.5
            ask: [net, out]
            """;

    static String good(String id) {
        return GOOD.formatted(id);
    }

    @TempDir
    Path dir;

    void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    ExerciseLoader.Result load() {
        return ExerciseLoader.load(ExerciseFiles.fromDirectory(dir));
    }

    @Nested
    class Questions {
        @Test
        void areReadWithTheirNamedQuantitiesAndAFileMayAskNothingElse() throws IOException {
            write("a.yaml", good("first").replace("ask: [net, out]\n", """
                    questions:
                      - id: e-two
                        kind: number
                        text: {ko: "두 단계 뒤의 $E(t+2)$", en: "$E(t+2)$ after two steps"}
                        answer: "lossAfterSteps(2)"
                    """));
            ExerciseLoader.Result r = load();
            assertThat(r.errors()).isEmpty();
            Exercise e = r.catalog().find("first").orElseThrow();
            assertThat(e.ask().isEmpty()).isTrue();
            assertThat(e.questions()).singleElement().satisfies(q -> {
                assertThat(q.kind()).isEqualTo(Question.Kind.NUMBER);
                assertThat(q.text().en()).isEqualTo("$E(t+2)$ after two steps");
                assertThat(q.answer()).isEqualTo(new Measure.LossAfterSteps(2));
            });
        }

        @Test
        void aBadOneIsAnErrorNamingTheFileAndTheField() throws IOException {
            write("07-bad.yaml", good("bad") + """
                    questions:
                      - {id: which, kind: choice, text: {ko: "어느 쪽?", en: "Which?"}, choices: [loss, "layers[0].net[3]"], pick: largest}
                    """);
            assertThat(load().errors()).containsExactly(
                    "07-bad.yaml: questions[0].choices[1]: unit index 3 is beyond the layer (0 to 0)");
        }
    }

    @Nested
    class AGoodFile {
        @Test
        void becomesAnExerciseWithDefaultsFilledIn() throws IOException {
            write("a.yaml", good("first"));
            ExerciseLoader.Result r = load();
            assertThat(r.errors()).isEmpty();
            assertThat(r.warnings()).isEmpty();
            Exercise e = r.catalog().find("first").orElseThrow();
            assertThat(e.title().text(Lang.KO)).isEqualTo("앞먹임");
            assertThat(e.title().text(Lang.EN)).isEqualTo("Feed-forward");
            assertThat(e.problem().network().layers()).hasSize(1);
            assertThat(e.ask().asks(0, Quantity.NET)).isTrue();
            assertThat(e.ask().asks(0, Quantity.DELTA)).isFalse();
            assertThat(e.decimals()).isEqualTo(4);
            assertThat(e.tolerance()).isEqualTo(Tolerance.DEFAULT);
        }

        @Test
        void mayBeJsonAndTheCatalogKeepsFileNameOrder() throws IOException {
            write("b.yml", good("second"));
            write("a.json", """
                    {"id": "first", "title": {"ko": "가", "en": "A"}, "instructions": {"ko": "가", "en": "A"},
                     "problem": {"layers": [1, 1], "weights": [[[1]]], "input": [1], "target": [0], "learningRate": 1},
                     "ask": ["loss"], "decimals": 3, "tolerance": 0.001}""");
            write("notes.md", "not an exercise");
            ExerciseLoader.Result r = load();
            assertThat(r.errors()).isEmpty();
            assertThat(r.catalog().all()).extracting(Exercise::id).containsExactly("first", "second");
            assertThat(r.catalog().find("first").orElseThrow().tolerance().value()).isEqualTo(0.001);
        }
    }

    @Nested
    class ABrokenFile {
        @Test
        void isReportedByNameWithTheReasonAndTheRestStillLoad() throws IOException {
            write("0-good.yaml", good("good-one"));
            write("1-bad-yaml.yaml", "id: [unclosed\n");
            write("2-no-id.yaml", good("x").replace("id: x\n", ""));
            write("3-bad-problem.yaml", good("bad-problem").replace("[[[0.5, -0.5]]]", "[[[0.5]]]"));
            write("4-bad-ask.yaml", good("bad-ask").replace("[net, out]", "[net, outs]"));
            write("5-bad-id.yaml", good("Bad_Id"));
            write("6-reserved-id.yaml", good("random-1"));
            write("7-typo.yaml", good("typo") + "tolerence: 0.1\n");
            write("8-empty.yaml", "");
            write("9-no-english.yaml", good("no-english").replace(", en: \"Compute.\"", ""));
            write("9-wide-tolerance.yaml", good("wide") + "tolerance: 2\n");
            ExerciseLoader.Result r = load();
            assertThat(r.catalog().all()).extracting(Exercise::id).containsExactly("good-one");
            assertThat(r.errors()).hasSize(10);
            assertThat(r.errors()).anySatisfy(e -> assertThat(e).startsWith("1-bad-yaml.yaml: not valid YAML"))
                    .anySatisfy(e -> assertThat(e).isEqualTo("2-no-id.yaml: id is missing"))
                    .anySatisfy(e -> assertThat(e).isEqualTo(
                            "3-bad-problem.yaml: problem.weights[0][0] has 1 entries, expected 2"))
                    .anySatisfy(e -> assertThat(e).startsWith("4-bad-ask.yaml: ask entry 'outs' is not"))
                    .anySatisfy(e -> assertThat(e).startsWith("5-bad-id.yaml: id 'Bad_Id' must be"))
                    .anySatisfy(e -> assertThat(e).startsWith("6-reserved-id.yaml: id 'random-1' must not start"))
                    .anySatisfy(e -> assertThat(e).startsWith("7-typo.yaml: unknown field 'tolerence'"))
                    .anySatisfy(e -> assertThat(e).isEqualTo("8-empty.yaml: the file is empty"))
                    .anySatisfy(e -> assertThat(e).isEqualTo("9-no-english.yaml: instructions.en is missing"))
                    .anySatisfy(e -> assertThat(e).startsWith("9-wide-tolerance.yaml: tolerance must be"));
        }

        @Test
        void withADuplicateIdIsIgnoredWithAWarningNamingBothFiles() throws IOException {
            write("a.yaml", good("same"));
            write("b.yaml", good("same"));
            ExerciseLoader.Result r = load();
            assertThat(r.catalog().all()).hasSize(1);
            assertThat(r.errors()).isEmpty();
            assertThat(r.warnings()).containsExactly(
                    "b.yaml: duplicate id 'same' (already used by a.yaml); this file is ignored");
        }

        @Test
        void thatCannotBeReadIsReportedToo() {
            SourceFile unreadable = new SourceFile("gone.yaml", () -> {
                throw new IOException("permission denied");
            });
            ExerciseLoader.Result r = ExerciseLoader.load(List.of(unreadable));
            assertThat(r.errors()).containsExactly("gone.yaml: could not be read: permission denied");
        }
    }

    @Nested
    class TheAskList {
        @Test
        void canLimitAQuantityToTheOutputHiddenOrOneLayer() throws IOException {
            write("a.yaml", good("scoped").replace("layers: [2, 1]", "layers: [2, 2, 2, 1]")
                    .replace("[[[0.5, -0.5]]]", "[[[1, 1], [1, 1]], [[1, 1], [1, 1]], [[1, 1]]]")
                    .replace("[net, out]", "[loss, output.delta, hidden.derivative, \"layers[1].net\"]"));
            Ask ask = load().catalog().find("scoped").orElseThrow().ask();
            assertThat(ask.loss()).isTrue();
            assertThat(ask.lossAfter()).isFalse();
            assertThat(ask.layers().get(0)).containsExactly(Quantity.DERIVATIVE);
            assertThat(ask.layers().get(1)).containsExactlyInAnyOrder(Quantity.NET, Quantity.DERIVATIVE);
            assertThat(ask.layers().get(2)).containsExactly(Quantity.DELTA);
        }

        @Test
        void refusesALayerTheNetworkDoesNotHave() throws IOException {
            write("a.yaml", good("x").replace("[net, out]", "[\"layers[1].net\"]"));
            assertThat(load().errors()).singleElement().asString().contains("numbered 0 to 0");
            write("a.yaml", good("x").replace("[net, out]", "[hidden.net]"));
            assertThat(load().errors()).singleElement().asString().contains("the network has none");
        }
    }

    @Nested
    class InAFolder {
        @Test
        void findsNothingWhereThereIsNoFolder() {
            assertThat(ExerciseFiles.fromDirectory(dir.resolve("missing"))).isEmpty();
        }
    }
}
