package lab.backprop.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import lab.backprop.config.Settings;
import lab.backprop.exercises.Exercise;
import lab.backprop.i18n.Lang;
import lab.backprop.lessons.Lesson;
import lab.backprop.support.ContentFolder;
import lab.backprop.support.RunningApp;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An instructor's folder overlaid on the built-in lessons and exercises. */
class ContentTest {
    static final List<String> BUILT_IN_LESSONS = List.of("multilayer-perceptron", "credit-assignment", "two-phases",
            "feed-forward", "error-backpropagation", "error-signals", "weight-update", "activation-derivative",
            "vanishing-derivative", "gradient-check", "two-outputs", "two-hidden-layers", "graph-and-matrix",
            "starting-weights", "summary");

    @TempDir
    Path dir;

    ContentFolder folder() {
        return new ContentFolder(dir);
    }

    static List<String> slugs(Content c) {
        return c.lessons().lessons().stream().map(Lesson::slug).toList();
    }

    static List<String> ids(Content c) {
        return c.exercises().all().stream().map(Exercise::id).toList();
    }

    @Test
    void withoutAFolderIsTheBuiltInContent() {
        Content c = Content.builtIn("");
        assertThat(slugs(c)).isEqualTo(BUILT_IN_LESSONS);
        assertThat(ids(c)).hasSize(15).startsWith("delta-rule", "forward-2-2-1");
        assertThat(c.errors()).isEmpty();
        assertThat(c.warnings()).isEmpty();
    }

    @Nested
    class LessonsOfExercises {
        @Test
        void everyShippedExerciseNamesAShippedLesson() {
            Content c = Content.builtIn("");
            assertThat(c.exercises().all()).allMatch(Exercise::hasLesson);
            assertThat(c.exercises().all()).extracting(Exercise::lesson).allMatch(BUILT_IN_LESSONS::contains);
            assertThat(c.exercises().forLesson("error-signals")).extracting(Exercise::id)
                    .containsExactly("output-delta", "hidden-delta");
            assertThat(c.exercises().forLesson("two-outputs")).extracting(Exercise::id)
                    .containsExactly("hidden-delta-two-outputs");
            assertThat(c.exercises().forLesson("gradient-check")).extracting(Exercise::id)
                    .containsExactly("gradient-check");
        }

        @Test
        void anUnknownLessonIsAWarningNamingTheFileAndTheExerciseStillLoads() {
            folder().file("exercises/10-mine.yaml", """
                    id: mine
                    lesson: no-such-lesson
                    title: {ko: "연습", en: "Mine"}
                    instructions: {ko: "계산하세요.", en: "Compute."}
                    problem: {layers: [2, 1], weights: [[[0.5, -0.5]]], input: [1.0, 0.5], target: [1.0], learningRate: 0.5}
                    ask: [net, out]
                    """);
            Content c = Content.load(dir, "");
            assertThat(c.errors()).isEmpty();
            assertThat(c.warnings()).containsExactly("exercises/10-mine.yaml: lesson 'no-such-lesson' is not a lesson"
                    + " of this app; the exercise is listed without it");
            assertThat(ids(c)).contains("mine");
        }

        @Test
        void aHiddenLessonLeavesItsExercisesWithoutALessonAndSaysSo() {
            folder().hideLessons("error-signals");
            Content c = Content.load(dir, "");
            assertThat(c.warnings()).contains("built-in exercises/03-output-delta.yaml: lesson 'error-signals' is not"
                    + " a lesson of this app; the exercise is listed without it");
        }

        @Test
        void aLessonThatIsNotASlugIsAnErrorNamingTheFile() {
            folder().file("exercises/11-bad.yaml", """
                    id: bad
                    lesson: "Feed forward"
                    title: {ko: "연습", en: "Bad"}
                    instructions: {ko: "계산하세요.", en: "Compute."}
                    problem: {layers: [2, 1], weights: [[[0.5, -0.5]]], input: [1.0, 0.5], target: [1.0], learningRate: 0.5}
                    ask: [net, out]
                    """);
            assertThat(Content.load(dir, "").errors()).singleElement().asString()
                    .startsWith("exercises/11-bad.yaml: lesson 'Feed forward' must be a lesson slug");
        }
    }

    @Nested
    class Lessons {
        @Test
        void aSameSlugReplacesABuiltInLessonAtItsOwnNumberAndANewSlugAddsOne() {
            folder().lesson("04-feed-forward", "Our feed-forward", "Our own text.")
                    .lesson("16-xor", "The XOR problem", "Two layers solve XOR.")
                    .lesson("02-warm-up", "Warm-up", "Before the credit assignment problem.");
            Content c = Content.load(dir, "");

            assertThat(c.errors()).isEmpty();
            assertThat(slugs(c)).containsExactly("multilayer-perceptron", "credit-assignment", "warm-up", "two-phases",
                    "feed-forward", "error-backpropagation", "error-signals", "weight-update", "activation-derivative",
                    "vanishing-derivative", "gradient-check", "two-outputs", "two-hidden-layers", "graph-and-matrix",
                    "starting-weights", "summary", "xor");
            Lesson replaced = c.lessons().bySlug("feed-forward").orElseThrow();
            assertThat(replaced.title(Lang.EN)).isEqualTo("Our feed-forward");
            assertThat(replaced.html(Lang.EN)).contains("Our own text.");
            assertThat(c.counts()).isEqualTo(new Content.Counts(2, 1, 0, 0, 0, 0));
        }

        @Test
        void hiddenTxtHidesLessonsAndItsLinksBecomeWarnings() {
            folder().hideLessons("# not today", "two-phases", "", "vanishing-derivative   # next week");
            Content c = Content.load(dir, "");

            assertThat(c.errors()).isEmpty();
            assertThat(slugs(c)).doesNotContain("two-phases", "vanishing-derivative").hasSize(13);
            assertThat(c.counts().lessonsHidden()).isEqualTo(2);
            assertThat(c.warnings()).contains(
                    "lessons/15-summary/ko.md (built-in): links to /lessons/two-phases, which is hidden",
                    "lessons/15-summary/en.md (built-in): links to /lessons/vanishing-derivative, which is hidden");
        }

        @Test
        void badFoldersAndBadHiddenEntriesAreErrorsNamingTheirFile() {
            folder().lesson("05-broken", "title: [unclosed\n", "본문", "body")
                    .lesson("06-no-korean", "title: {ko: 가, en: A}\nsummary: {ko: 가, en: A}\n", null, "body")
                    .lesson("07-twice", "Twice", "first")
                    .lesson("08-twice", "Twice again", "second")
                    .hideLessons("feedforward", "Not A Slug")
                    .file("lessons/notes.md", "my notes");
            Content c = Content.load(dir, "");

            assertThat(c.errors()).contains(
                    "lessons/06-no-korean/ko.md: is missing",
                    "lessons/08-twice: the slug 'twice' is already used by lessons/07-twice; this folder is left out",
                    "lessons/hidden.txt: line 2: 'Not A Slug' is not a lesson slug (like feed-forward)",
                    "lessons/hidden.txt: line 1: there is no lesson 'feedforward' to hide");
            assertThat(c.errors()).anyMatch(e -> e.startsWith("lessons/05-broken/lesson.yaml: is not valid YAML"));
            assertThat(c.warnings()).containsExactly("lessons/notes.md: ignored; a lesson is a folder named NN-slug");
            assertThat(slugs(c)).contains("twice").doesNotContain("broken", "no-korean").hasSize(16);
            assertThat(c.lessons().bySlug("twice").orElseThrow().html(Lang.EN)).contains("first");
        }

        @Test
        void linksInLessonTextGetTheBasePath() {
            folder().lesson("11-more", "More", "See [the summary](/lessons/summary), [a site](https://example.org/x)"
                    + " and ![a picture](/static/favicon.svg).");
            Content c = Content.load(dir, "/backprop");
            String html = c.lessons().bySlug("more").orElseThrow().html(Lang.EN);
            assertThat(html).contains("href=\"/backprop/lessons/summary\"", "href=\"https://example.org/x\"",
                    "src=\"/backprop/static/favicon.svg\"");
            assertThat(c.lessons().bySlug("summary").orElseThrow().html(Lang.KO))
                    .contains("href=\"/backprop/lessons/feed-forward\"").doesNotContain("href=\"/lessons/");
            assertThat(c.warnings()).isEmpty();
        }
    }

    @Nested
    class Exercises {
        @Test
        void aSameIdReplacesInPlaceANewIdComesAfterAndHiddenTxtHides() {
            folder().exercise("03-mine.yaml", "hidden-delta", "My hidden delta")
                    .exercise("01-extra.yaml", "xor-step", "An XOR step")
                    .hideExercises("slope-k");
            Content c = Content.load(dir, "");

            assertThat(c.errors()).isEmpty();
            List<String> ids = ids(c);
            assertThat(ids).doesNotContain("slope-k").endsWith("xor-step").hasSize(15);
            assertThat(ids.indexOf("hidden-delta")).isEqualTo(4);
            assertThat(c.exercises().find("hidden-delta").orElseThrow().title().en()).isEqualTo("My hidden delta");
            assertThat(c.counts()).isEqualTo(new Content.Counts(0, 0, 0, 1, 1, 1));
        }

        @Test
        void badFilesDuplicatesAndUnknownHiddenIdsAreErrors() {
            folder().exercise("01-a.yaml", "one", "One")
                    .exercise("02-b.yaml", "one", "One again")
                    .file("exercises/03-typo.yaml", "id: typo\ntitle: {ko: 가, en: A}\ntolerence: 0.1\n")
                    .file("exercises/readme.txt", "notes")
                    .hideExercises("no-such-exercise");
            Content c = Content.load(dir, "");

            assertThat(c.errors()).contains(
                    "exercises/02-b.yaml: duplicate id 'one' (already used by 01-a.yaml); this file is ignored",
                    "exercises/hidden.txt: line 1: there is no exercise 'no-such-exercise' to hide");
            assertThat(c.errors()).anyMatch(e -> e.startsWith("exercises/03-typo.yaml: ") && e.contains("tolerence"));
            assertThat(c.warnings()).containsExactly(
                    "exercises/readme.txt: ignored; an exercise is a .yaml, .yml or .json file directly in exercises/");
            assertThat(ids(c)).contains("one").doesNotContain("typo");
        }
    }

    @Test
    void aFolderWithNeitherLessonsNorExercisesIsAnError() {
        folder().file("lesson.yaml", "title: misplaced");
        assertThat(Content.load(dir, "").errors()).containsExactly(dir + ": has neither a lessons/ nor an exercises/ folder");
    }

    @Test
    void theRunningAppServesTheOverlay() {
        folder().lesson("16-xor", "The XOR problem", "Two layers solve XOR.")
                .exercise("01-extra.yaml", "xor-step", "An XOR step")
                .hideLessons("two-phases")
                .hideExercises("slope-k");
        try (RunningApp app = RunningApp.start(Settings.forTests().withContent(dir))) {
            assertThat(app.get("/?lang=en").body()).contains("href=\"/lessons/xor\"", "The XOR problem")
                    .doesNotContain("href=\"/lessons/two-phases\"");
            assertThat(app.get("/lessons/xor?lang=en").body()).contains("Two layers solve XOR.");
            assertThat(app.get("/lessons/two-phases").status()).isEqualTo(404);
            assertThat(app.get("/api/exercises/xor-step").json().get("title").get("en").asText()).isEqualTo("An XOR step");
            assertThat(app.get("/api/exercises/slope-k").status()).isEqualTo(404);
        }
    }
}
