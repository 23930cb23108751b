package lab.backprop.web.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import lab.backprop.exercises.Diagnosis;
import lab.backprop.exercises.Status;
import lab.backprop.records.Attempt;
import lab.backprop.records.Records;
import lab.backprop.records.RecordsDatabase;
import lab.backprop.support.ClassApp;
import lab.backprop.support.RunningApp;
import lab.backprop.support.Visitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Handing in a worksheet over HTTP, with and without htmx, and every refusal. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandInTest {
    static final String SHEET = "/exercises/" + ClassApp.EXERCISE;

    @TempDir
    static Path data;
    RunningApp app;

    @BeforeAll
    void start() {
        app = RunningApp.start(ClassApp.settings(data));
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private List<Attempt> stored(String number) {
        app.close();
        try (RecordsDatabase db = RecordsDatabase.embedded(data)) {
            return new Records(db).attemptsOf(number);
        } finally {
            app = RunningApp.start(ClassApp.settings(data));
        }
    }

    @Test
    void aFormPostStoresTheAttemptAndThePageSaysWhichAttemptItWas() {
        Visitor student = new Visitor(app);
        String page = student.get(SHEET + "?lang=en").body();
        assertThat(page).contains("Class records are on").contains("id=\"hand-in-button\"");
        Map<String, String> answers = ClassApp.answers(app, 1);
        String csrf = Visitor.csrf(page);

        RunningApp.Reply first = student.post(SHEET + "/hand-in", ClassApp.handIn(answers, "김 민지", "2024-17", csrf));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).contains("<html").contains("Attempt 1, handed in").contains("data-status=\"incorrect\"");
        RunningApp.Reply second = student.post(SHEET + "/hand-in", ClassApp.handIn(answers, "김 민지", "2024-17", csrf),
                "HX-Request", "true");
        assertThat(second.body()).doesNotContain("<html").startsWith("<form id=\"sheet\"").contains("Attempt 2, handed in");

        List<Attempt> attempts = stored("2024-17");
        assertThat(attempts).hasSize(2).allSatisfy(a -> {
            assertThat(a.student().name()).isEqualTo("김 민지");
            assertThat(a.exerciseId()).isEqualTo(ClassApp.EXERCISE);
            assertThat(a.answers()).isEqualTo(answers);
            assertThat(a.cells()).filteredOn(c -> c.diagnosis() == Diagnosis.SIGN).singleElement()
                    .satisfies(c -> assertThat(c.path()).isEqualTo("layers[1].delta[0]"));
            assertThat(a.cells()).filteredOn(c -> c.path().equals("questions.more-responsible")).singleElement()
                    .satisfies(c -> assertThat(c.status()).isEqualTo(Status.CORRECT))
                    .satisfies(c -> assertThat(c.symbol()).isEqualTo("δ₁ / δ₂"));
            assertThat(a.marking().summary().incorrect()).isEqualTo(1);
            assertThat(a.marking().summary().correct()).isEqualTo(answers.size() - 1);
        });
    }

    @Test
    void badNamesNumbersAndOversizedAnswersAreRefusedAndNothingIsStored() {
        Visitor student = new Visitor(app);
        String csrf = Visitor.csrf(student.get(SHEET + "?lang=en").body());
        Map<String, String> answers = ClassApp.answers(app, 0);
        String noName = student.post(SHEET + "/hand-in", ClassApp.handIn(answers, "<script>x</script>", "9", csrf)).body();
        assertThat(noName).contains("Please give your name").doesNotContain("<script>x").contains("&lt;script&gt;");
        String badNumber = student.post(SHEET + "/hand-in", ClassApp.handIn(answers, "Ada", "9' OR 1=1", csrf)).body();
        assertThat(badNumber).contains("Please give your student number");
        answers.put("0-net-0", "1".repeat(5000));
        String tooLong = student.post(SHEET + "/hand-in", ClassApp.handIn(answers, "Ada", "9", csrf)).body();
        assertThat(tooLong).contains("The answer in box 0-net-0 is too long").contains("Nothing was handed in");
        assertThat(stored("9")).isEmpty();
    }

    @Test
    void aPostWithoutTheBrowsersCsrfTokenIsRefused() {
        Visitor student = new Visitor(app);
        student.get(SHEET);
        Map<String, String> answers = ClassApp.answers(app, 0);
        assertThat(student.post(SHEET + "/hand-in", ClassApp.handIn(answers, "Ada", "77", "forged")).status())
                .isEqualTo(403);
        Visitor other = new Visitor(app);
        String othersToken = Visitor.csrf(other.get(SHEET).body());
        assertThat(new Visitor(app).post(SHEET + "/hand-in", ClassApp.handIn(answers, "Ada", "77", othersToken)).status())
                .isEqualTo(403);
        assertThat(stored("77")).isEmpty();
    }

    @Test
    void withoutAnInstructorPasswordThereIsNoHandInAndNoInstructorPage() {
        try (RunningApp plain = RunningApp.start()) {
            assertThat(plain.get(SHEET).body()).doesNotContain("hand-in").doesNotContain("Class records");
            assertThat(plain.post(SHEET + "/hand-in", "application/x-www-form-urlencoded", "name=a").status())
                    .isEqualTo(404);
            assertThat(plain.get("/instructor").status()).isEqualTo(404);
        }
    }
}
