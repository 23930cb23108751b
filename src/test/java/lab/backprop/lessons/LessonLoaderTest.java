package lab.backprop.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lab.backprop.content.ContentRoot;
import lab.backprop.i18n.Lang;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonLoaderTest {
    final LessonLoader loader = new LessonLoader();

    @Nested
    class TheBuiltInLessons {
        final LessonLoader.Result result = loader.load(ContentRoot.builtIn());

        @Test
        void allLoadWithoutAProblemInLectureOrder() {
            assertThat(result.problems()).isEmpty();
            assertThat(result.lessons()).extracting(Lesson::slug).containsExactly(
                    "multilayer-perceptron", "credit-assignment", "two-phases", "feed-forward",
                    "error-backpropagation", "error-signals", "weight-update", "activation-derivative",
                    "vanishing-derivative", "gradient-check", "two-outputs", "two-hidden-layers", "graph-and-matrix",
            "starting-weights", "summary");
            assertThat(result.lessons()).extracting(Lesson::order).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        }

        @Test
        void haveTitlesSummariesAndABodyInBothLanguages() {
            for (Lesson lesson : result.lessons()) {
                for (Lang lang : Lang.values()) {
                    assertThat(lesson.title(lang)).as("%s title %s", lesson.slug(), lang).isNotBlank();
                    assertThat(lesson.summary(lang)).as("%s summary %s", lesson.slug(), lang).isNotBlank();
                    assertThat(lesson.html(lang)).as("%s body %s", lesson.slug(), lang).contains("<p>");
                }
                assertThat(lesson.html(Lang.KO)).as(lesson.slug()).containsPattern("[가-힣]");
            }
        }

        @Test
        void keepEveryFormulaOutOfTheMarkdownParser() {
            for (Lesson lesson : result.lessons()) {
                for (Lang lang : Lang.values()) {
                    String html = lesson.html(lang);
                    assertThat(html).as("%s %s has math", lesson.slug(), lang).contains("class=\"math");
                    // No dollar delimiters left behind, and no emphasis made from a formula's * or _.
                    assertThat(html.replaceAll("<code>.*?</code>", "")).as(lesson.slug()).doesNotContain("$");
                    Matcher m = Pattern.compile("<span class=\"math inline\">(.*?)</span>").matcher(html);
                    while (m.find()) {
                        assertThat(m.group(1)).doesNotContain("<em>", "<strong>");
                    }
                }
            }
        }

        @Test
        void linkOnlyToLessonsThatExist() {
            List<String> slugs = result.lessons().stream().map(Lesson::slug).toList();
            for (Lesson lesson : result.lessons()) {
                for (Lang lang : Lang.values()) {
                    Matcher m = Pattern.compile("href=\"/lessons/([^\"#?]+)").matcher(lesson.html(lang));
                    while (m.find()) {
                        assertThat(slugs).as("link in %s (%s)", lesson.slug(), lang).contains(m.group(1));
                    }
                }
            }
            Lesson summary = result.lessons().get(14);
            for (String slug : slugs.subList(0, 14)) {
                assertThat(summary.html(Lang.KO)).contains("href=\"/lessons/" + slug + "\"");
                assertThat(summary.html(Lang.EN)).contains("href=\"/lessons/" + slug + "\"");
            }
        }

        @Test
        void giveTheInteractiveLessonsAValidPreset() {
            for (Lesson lesson : result.lessons()) {
                boolean interactive = lesson.widget() == Lesson.Widget.NETWORK
                        || lesson.widget() == Lesson.Widget.DELTA_RULE || lesson.widget() == Lesson.Widget.GRADIENT_CHECK;
                assertThat(lesson.preset() != null).as(lesson.slug()).isEqualTo(interactive);
            }
        }
    }

    @Nested
    class AnInstructorsFolder {
        @TempDir
        Path root;

        @Test
        void reportsABadLessonByFileAndStillLoadsTheOthers() throws IOException {
            write("01-good", "title: {ko: 좋음, en: Good}\nsummary: {ko: 요약, en: Summary}\nwidget: none\n", "가 $a_1$", "a $a_1$");
            write("02-no-english", "title: {ko: 제목}\nsummary: {ko: 요약, en: Summary}\n", "본문", "body");
            write("03-bad-preset", "title: {ko: 가, en: A}\nsummary: {ko: 가, en: A}\nwidget: network\n"
                    + "preset: {layers: [2, 1], weights: [[[1, 2, 3]]], input: [1, 2], target: [1], learningRate: 0.5}\n",
                    "본문", "body");
            write("04-broken-yaml", "title: [unclosed\n", "본문", "body");
            Files.createDirectories(root.resolve("lessons/Not A Slug"));
            write("05-no-markdown", "title: {ko: 가, en: A}\nsummary: {ko: 가, en: A}\n", null, "body");

            LessonLoader.Result result = loader.load(root);

            assertThat(result.lessons()).extracting(Lesson::slug).containsExactly("good");
            assertThat(result.problems()).containsExactly(
                    "lessons/02-no-english/lesson.yaml: title.en is missing",
                    "lessons/03-bad-preset/lesson.yaml: preset.weights[0][0] has 3 entries, expected 2",
                    result.problems().get(2),
                    "lessons/05-no-markdown/ko.md: is missing",
                    "lessons/Not A Slug: the folder name must be NN-slug (two digits, a dash, lower-case words joined by dashes)");
            assertThat(result.problems().get(2)).startsWith("lessons/04-broken-yaml/lesson.yaml: is not valid YAML");
        }

        private void write(String folder, String yaml, String ko, String en) throws IOException {
            Path dir = Files.createDirectories(root.resolve("lessons").resolve(folder));
            Files.writeString(dir.resolve("lesson.yaml"), yaml);
            if (ko != null) {
                Files.writeString(dir.resolve("ko.md"), ko);
            }
            Files.writeString(dir.resolve("en.md"), en);
        }
    }
}
