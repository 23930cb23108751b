package lab.backprop.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import lab.backprop.support.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check-content DIR}: every problem printed with its file, and the exit code. */
class ContentCheckTest {
    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    Run check(Path folder) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ContentCheck.run(folder, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aGoodFolderExitsZeroWithOneSummaryLine() {
        new ContentFolder(dir).lesson("11-xor", "XOR", "Two layers solve XOR.")
                .lesson("04-feed-forward", "Our feed-forward", "Ours.")
                .exercise("01-extra.yaml", "xor-step", "An XOR step")
                .hideExercises("slope-k");
        Run run = check(dir);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("check-content: " + dir + " is ready: the app will show 16 lessons (1 added, "
                + "1 replaced, 0 hidden) and 15 exercises (1 added, 0 replaced, 1 hidden)\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aBrokenFolderPrintsEveryErrorWithItsFileAndExitsOne() {
        new ContentFolder(dir)
                .lesson("11-no-english", "title: {ko: 제목}\nsummary: {ko: 요약, en: Summary}\n", "본문", "body")
                .lesson("12-bad-widget", "title: {ko: 가, en: A}\nsummary: {ko: 가, en: A}\nwidget: slider\n", "가", "a")
                .file("exercises/01-bad.yaml", "id: Bad Id\n")
                .file("exercises/02-not-yaml.yaml", "id: [unclosed\n")
                .exercise("03-good.yaml", "fine", "Fine")
                .hideLessons("no-such-lesson");
        Run run = check(dir);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).contains(
                "error: lessons/11-no-english/lesson.yaml: title.en is missing",
                "error: lessons/12-bad-widget/lesson.yaml: widget is 'slider', expected none, delta-rule, network, sigmoid or gradient-check",
                "error: lessons/hidden.txt: line 1: there is no lesson 'no-such-lesson' to hide");
        assertThat(run.out().lines()).anyMatch(l -> l.startsWith("error: exercises/01-bad.yaml: "));
        assertThat(run.out().lines()).anyMatch(l -> l.startsWith("error: exercises/02-not-yaml.yaml: not valid YAML"));
        assertThat(run.out().lines().filter(l -> l.startsWith("error: "))).hasSize(5);
        assertThat(run.out().lines().reduce((a, b) -> b).orElseThrow())
                .isEqualTo("check-content: 5 errors in " + dir + "; files with errors are left out when the app runs");
    }

    @Test
    void warningsAloneDoNotFail() {
        new ContentFolder(dir).exercise("01-a.yaml", "a", "A").file("exercises/notes.txt", "x");
        Run run = check(dir);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("warning: exercises/notes.txt: ignored;").contains("is ready (1 warning)");
    }

    @Test
    void aMissingFolderExitsTwo() {
        Run run = check(dir.resolve("nope"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("check-content: " + dir.resolve("nope") + " is not a folder\n");
    }
}
