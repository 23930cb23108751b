package lab.backprop.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import lab.backprop.content.ContentRoot;
import lab.backprop.i18n.Lang;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One notation from the first lesson to the last exercise: output k, hidden j (h, m, … deeper), input i. */
class NotationTest {

    @Nested
    class EveryLesson {
        final LessonLoader.Result result = new LessonLoader().load(ContentRoot.builtIn());

        @Test
        void usesKForOutputUnitsAndNeverOneLetterForBothRoles() {
            assertThat(result.lessons()).hasSize(15);
            List<String> problems = new ArrayList<>();
            for (Lesson lesson : result.lessons()) {
                for (Lang lang : Lang.values()) {
                    List<String> math = NotationCheck.mathOf(lesson.html(lang));
                    assertThat(math).as("%s (%s) has math", lesson.slug(), lang).isNotEmpty();
                    problems.addAll(NotationCheck.problems(where(lesson, lang), math));
                }
            }
            assertThat(problems).withFailMessage(String.join("\n", problems)).isEmpty();
        }

        @Test
        void showsTheLecturesLettersAtMostOnceAndTheSameInBothLanguages() {
            for (Lesson lesson : result.lessons()) {
                int ko = NotationCheck.lectureBlocks(lesson.html(Lang.KO));
                assertThat(ko).as(where(lesson, Lang.KO)).isLessThanOrEqualTo(1);
                assertThat(NotationCheck.lectureBlocks(lesson.html(Lang.EN))).as(where(lesson, Lang.EN)).isEqualTo(ko);
            }
        }

        private static String where(Lesson lesson, Lang lang) {
            return String.format("lesson %02d-%s (%s)", lesson.order(), lesson.slug(), lang.code());
        }
    }

    @Nested
    class EveryExercise {
        @Test
        void writesItsTitleInstructionsAndQuestionsInTheSameNotation() throws IOException {
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
            List<String> problems = new ArrayList<>();
            int files = 0;
            try (Stream<Path> list = Files.list(ContentRoot.builtIn().resolve("exercises"))) {
                for (Path file : list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    files++;
                    JsonNode exercise = yaml.readTree(Files.readString(file));
                    for (Lang lang : Lang.values()) {
                        String where = "exercise " + file.getFileName() + " (" + lang.code() + ")";
                        String instructions = exercise.path("instructions").path(lang.code()).asText();
                        List<String> math = NotationCheck.mathOf(new MathMarkdown().render(instructions));
                        assertThat(math).as("%s typesets its formulas", where).isNotEmpty();
                        // No formula is left as plain text outside $…$ (u_j, w_1j, Δ_k).
                        assertThat(instructions.replaceAll("\\$[^$]*\\$", " ")).as(where)
                                .doesNotContainPattern("[A-Za-zΔδ′)]_").doesNotContain("Σ", "·", "′");
                        List<String> page = new ArrayList<>(math);
                        for (JsonNode question : exercise.path("questions")) {
                            String text = question.path("text").path(lang.code()).asText();
                            assertThat(text.replaceAll("\\$[^$]*\\$", " ")).as(where + " question")
                                    .doesNotContainPattern("[A-Za-zΔδ′)]_").doesNotContain("Σ", "·", "′");
                            page.addAll(NotationCheck.mathOf(new MathMarkdown().render(text)));
                        }
                        problems.addAll(NotationCheck.problems(where, page));
                        problems.addAll(NotationCheck.plainText(where + " title",
                                List.of(exercise.path("title").path(lang.code()).asText())));
                    }
                }
            }
            assertThat(files).isGreaterThan(0);
            assertThat(problems).withFailMessage(String.join("\n", problems)).isEmpty();
        }

        @Test
        void nameTheBiasAsTheWeightOnX0() throws IOException {
            try (Stream<Path> list = Files.list(ContentRoot.builtIn().resolve("exercises"))) {
                for (Path file : list.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                    assertThat(Files.readString(file)).as(file.getFileName().toString()).doesNotContainPattern("\\bb_[A-Za-z0-9]");
                }
            }
        }
    }

    @Nested
    class TheCheckItself {
        @Test
        void acceptsTheAppsNotationInItsTexForms() {
            assertThat(NotationCheck.problems("p", List.of(
                    "u_j = \\sum_i v_{ji} x_i + v_{j0}", "z_j = g(u_j)", "a_{k} = \\sum_j w_{kj}\\,z_j + w_{k0}",
                    "\\Delta_k = (d_k - y_k)\\,g'(a_k)", "\\delta_j = g'(u_j)\\sum_k w_{kj}\\Delta_k",
                    "\\Delta w_{11} = 0.0322", "\\delta_h = g'(u_h) \\sum_j v_{jh} \\delta_j",
                    "\\underbrace{z_j}_{\\text{input size}}"))).isEmpty();
        }

        @Test
        void findsTheRoleOfEverySubscriptLetterAndIgnoresUnitNumbers() {
            assertThat(NotationCheck.uses(List.of("w_{kj} + v_{ji} + \\Delta_k \\delta_{j} + y_1 + d_{k} + \\Delta w_{12}")))
                    .extracting(NotationCheck.Use::letter, NotationCheck.Use::role)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple('k', NotationCheck.Role.OUTPUT),
                            org.assertj.core.groups.Tuple.tuple('j', NotationCheck.Role.HIDDEN),
                            org.assertj.core.groups.Tuple.tuple('k', NotationCheck.Role.OUTPUT),
                            org.assertj.core.groups.Tuple.tuple('j', NotationCheck.Role.HIDDEN),
                            org.assertj.core.groups.Tuple.tuple('k', NotationCheck.Role.OUTPUT));
        }

        @Test
        void namesThePageTheLetterAndTheFormulasOfAClash() {
            List<String> problems = NotationCheck.problems("lesson 06 (en)",
                    List.of("\\Delta_i = (d_i - y_i)\\,g'(a_i)", "\\delta_i = g'(u_i)\\sum_j w_{ji}\\,\\Delta_j"));
            assertThat(problems).contains(
                    "lesson 06 (en): the output letter must be k, but i is used for an output unit in "
                            + "«\\Delta_i = (d_i - y_i)\\,g'(a_i)»",
                    "lesson 06 (en): the letter i is an output unit in «\\Delta_i = (d_i - y_i)\\,g'(a_i)» and a hidden "
                            + "unit in «\\delta_i = g'(u_i)\\sum_j w_{ji}\\,\\Delta_j»");
            assertThat(String.join("\n", problems)).contains("the output letter must be k, but j is used");
        }

        @Test
        void refusesKOrIForAHiddenUnit() {
            assertThat(NotationCheck.problems("p", List.of("z_k = g(u_k)"))).singleElement().asString()
                    .contains("the letter k belongs to the output units");
            assertThat(NotationCheck.problems("p", List.of("\\delta_i"))).singleElement().asString()
                    .contains("the letter i belongs to the input units");
        }

        @Test
        void readsPlainTextSubscriptsToTheEndOfTheWord() {
            assertThat(NotationCheck.plainText("p", List.of("δ_j = g′(u_j)·w_kj·Δ_k, v_ji, w_1j, Δ_1"))).isEmpty();
            assertThat(NotationCheck.plainText("p", List.of("Δw_ji = η (t_j − y_j) x_i"))).isNotEmpty();
        }

        @Test
        void skipsTheMathOfLectureNotationBlocks() {
            String html = new MathMarkdown().render("$y_k$\n\n::: lecture-notation\n$$\n\\Delta_i\n$$\n\n$a_i$\n:::\n\n$$\nz_j\n$$");
            assertThat(NotationCheck.mathOf(html)).containsExactly("y_k", "z_j");
            assertThat(NotationCheck.lectureBlocks(html)).isEqualTo(1);
        }
    }
}
