package lab.backprop.web.instructor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lab.backprop.support.ClassApp;
import lab.backprop.support.RunningApp;
import lab.backprop.support.Visitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The instructor's room over HTTP: sign-in, CSRF, the gradebook and mistakes against attempts counted
 * by hand, the CSV, a student's marked worksheets, sign-out. Three hand-ins of hidden-delta (12 cells):
 * 2024-01 with one sign error then none, 2024-02 with one sign error.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InstructorPagesTest {
    @TempDir
    static Path data;
    RunningApp app;
    int cells;

    @BeforeAll
    void start() {
        app = RunningApp.start(ClassApp.settings(data));
        Visitor student = new Visitor(app);
        String csrf = Visitor.csrf(student.get("/exercises/" + ClassApp.EXERCISE).body());
        Map<String, String> oneSignError = ClassApp.answers(app, 1);
        Map<String, String> allRight = ClassApp.answers(app, 0);
        cells = allRight.size();
        for (Map<String, String> form : List.of(ClassApp.handIn(oneSignError, "이서연", "2024-01", csrf),
                ClassApp.handIn(allRight, "이서연", "2024-01", csrf),
                ClassApp.handIn(oneSignError, "Ada Lovelace", "2024-02", csrf))) {
            assertThat(student.post("/exercises/" + ClassApp.EXERCISE + "/hand-in", form).body()).contains("class=\"receipt\"");
        }
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private Visitor signedIn() {
        Visitor instructor = new Visitor(app);
        String csrf = Visitor.csrf(instructor.get("/instructor?lang=en").body());
        RunningApp.Reply r = instructor.post("/instructor/login", Visitor.form("csrf", csrf, "password", ClassApp.PASSWORD));
        assertThat(r.status()).isEqualTo(303);
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("bl-instructor="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict");
        return instructor;
    }

    @Test
    void theGradebookShowsBestAndLatestScoresAndAttemptsAsCountedByHand() {
        String page = signedIn().get("/instructor?lang=en").body();
        String partial = String.format(Locale.ROOT, "%.1f", 100.0 * (cells - 1) / cells);
        assertThat(row(page, "2024-01")).contains("이서연").contains("best 100.0%").contains("latest 100.0%")
                .contains("2 attempt(s)");
        assertThat(row(page, "2024-02")).contains("Ada Lovelace").contains("best " + partial + "%")
                .contains("latest " + partial + "%").contains("1 attempt(s)");
    }

    @Test
    void theMistakesPageCountsTheSignErrorsAndShowsThemWithoutNames() {
        Visitor instructor = signedIn();
        String page = instructor.get("/instructor/exercises/" + ClassApp.EXERCISE + "?lang=en").body();
        assertThat(page).contains("3 attempt(s) by 2 student(s)");
        String sign = page.substring(page.indexOf("data-diagnosis=\"sign\""));
        assertThat(sign.substring(0, sign.indexOf("</tr>")))
                .contains("<td class=\"cells\">2</td>").contains("<td class=\"students\">2</td>");
        String eta = page.substring(page.indexOf("data-diagnosis=\"missingLearningRate\""));
        assertThat(eta.substring(0, eta.indexOf("</tr>"))).contains("<td class=\"cells\">0</td>");
        for (String added : new String[] {"derivativeAtOutput\">g′ taken at y, not at a", "swappedIndices\">weight indices swapped"}) {
            assertThat(page).contains("?diagnosis=" + added);
        }
        assertThat(page).contains("data-path=\"layers[1].delta[0]\"");
        String examples = instructor.get("/instructor/exercises/" + ClassApp.EXERCISE + "?diagnosis=sign&lang=en").body();
        assertThat(examples).contains("Anonymous examples: sign flipped");
        assertThat(examples.substring(examples.indexOf("id=\"examples\""))).doesNotContain("이서연", "Ada", "2024-0");
    }

    @Test
    void theCsvHasAByteOrderMarkAndTheGradebooksNumbers() {
        RunningApp.Reply csv = signedIn().get("/instructor/gradebook.csv");
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFF");
        List<String> lines = csv.body().substring(1).lines().toList();
        assertThat(lines.get(0)).isEqualTo("\"student number\",\"name\",\"hidden-delta best %\","
                + "\"hidden-delta latest %\",\"hidden-delta attempts\"");
        String partial = String.format(Locale.ROOT, "%.1f", 100.0 * (cells - 1) / cells);
        assertThat(lines).contains("\"2024-01\",\"이서연\",\"100.0\",\"100.0\",\"2\"",
                "\"2024-02\",\"Ada Lovelace\",\"" + partial + "\",\"" + partial + "\",\"1\"");
    }

    @Test
    void aStudentsPageShowsEachAttemptMarkedAsTheStudentSawIt() {
        String page = signedIn().get("/instructor/students/2024-01?lang=en").body();
        String first = page.substring(page.indexOf("data-attempt=\"1\""), page.indexOf("data-attempt=\"2\""));
        assertThat(first).contains("data-status=\"incorrect\" data-field=\"1-delta-0\"");
        assertThat(first).contains("incorrect 1");
        // the question, answered with the first option, as the student saw it marked
        assertThat(first).containsPattern("data-field=\"q-more-responsible\" data-status=\"correct\">\\s*"
                + "<strong>Question 1</strong> \\(<span>δ₁ / δ₂</span>\\):\\s*<span class=\"answered\">δ₁</span>");
        assertThat(page.substring(page.indexOf("data-attempt=\"2\""))).doesNotContain("data-status=\"incorrect\"");
    }

    @Test
    void withoutASessionNothingIsShownAndNamesAppearNowhereElse() {
        Visitor stranger = new Visitor(app);
        assertThat(stranger.get("/instructor?lang=en").body()).contains("type=\"password\"").doesNotContain("2024-01");
        for (String path : List.of("/instructor/gradebook.csv", "/instructor/students/2024-01",
                "/instructor/exercises/" + ClassApp.EXERCISE)) {
            RunningApp.Reply r = stranger.get(path);
            assertThat(r.status()).as(path).isEqualTo(303);
            assertThat(r.body()).doesNotContain("이서연");
        }
        assertThat(stranger.get("/exercises/" + ClassApp.EXERCISE).body()).doesNotContain("이서연", "2024-01");
    }

    @Test
    void signInWithoutTheFormsTokenIsRefused() {
        Visitor v = new Visitor(app);
        v.get("/instructor");
        assertThat(v.post("/instructor/login", Visitor.form("csrf", "guess", "password", ClassApp.PASSWORD)).status())
                .isEqualTo(403);
        assertThat(v.get("/instructor").body()).contains("type=\"password\"");
    }

    @Test
    void signingOutNeedsTheSessionsTokenAndEndsTheSession() {
        Visitor instructor = signedIn();
        String page = instructor.get("/instructor").body();
        assertThat(instructor.post("/instructor/logout", Visitor.form("csrf", "forged")).status()).isEqualTo(403);
        assertThat(instructor.get("/instructor").body()).contains("id=\"gradebook\"");
        assertThat(instructor.post("/instructor/logout", Visitor.form("csrf", Visitor.csrf(page))).status()).isEqualTo(303);
        assertThat(instructor.get("/instructor").body()).contains("type=\"password\"").doesNotContain("id=\"gradebook\"");
    }

    @Test
    void wrongPasswordsAreLoggedWithoutThePasswordAndRateLimited() {
        try (RunningApp other = RunningApp.start(ClassApp.settings(data))) {
            Visitor guesser = new Visitor(other);
            String csrf = Visitor.csrf(guesser.get("/instructor").body());
            PrintStream err = System.err;
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            try {
                for (int n = 0; n < LoginThrottle.FAILURES; n++) {
                    RunningApp.Reply wrong = guesser.post("/instructor/login",
                            Visitor.form("csrf", csrf, "password", "hunter2-guess-" + n));
                    assertThat(wrong.status()).isEqualTo(401);
                    assertThat(wrong.body()).doesNotContain("hunter2");
                }
                RunningApp.Reply locked = guesser.post("/instructor/login",
                        Visitor.form("csrf", csrf, "password", ClassApp.PASSWORD));
                assertThat(locked.status()).isEqualTo(429);
                assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 900L);
            } finally {
                System.setErr(err);
            }
            String logged = log.toString(StandardCharsets.UTF_8);
            assertThat(logged).contains("Instructor sign-in failed from 127.0.0.1").contains("too many failed attempts")
                    .doesNotContain("hunter2").doesNotContain(ClassApp.PASSWORD);
        }
    }

    private static String row(String page, String number) {
        String from = page.substring(page.indexOf("data-number=\"" + number + "\""));
        return from.substring(0, from.indexOf("</tr>"));
    }
}
