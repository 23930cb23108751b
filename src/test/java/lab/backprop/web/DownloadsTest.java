package lab.backprop.web;

import static org.assertj.core.api.Assertions.assertThat;

import lab.backprop.support.AppTest;
import lab.backprop.support.RunningApp.Reply;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Taking a worked step away, over real HTTP: a lesson's network and an exercise's answer key as files. */
class DownloadsTest extends AppTest {
    /** The hand-worked 2-2-2 example as a lesson link's query, and as the /api/backprop request. */
    static final String QUERY = "layers=2,2,2&g-0=sigmoid&g-1=sigmoid&slope=1&eta=0.5&x-0=0.05&x-1=0.10&d-0=0.01&d-1=0.99"
            + "&b-0-0=0.35&b-0-1=0.35&w-0-0-0=0.15&w-0-0-1=0.20&w-0-1-0=0.25&w-0-1-1=0.30"
            + "&b-1-0=0.60&b-1-1=0.60&w-1-0-0=0.40&w-1-0-1=0.45&w-1-1-0=0.50&w-1-1-1=0.55";
    static final String REQUEST = "{\"layers\":[2,2,2],\"weights\":[[[0.15,0.20],[0.25,0.30]],[[0.40,0.45],[0.50,0.55]]],"
            + "\"biases\":[[0.35,0.35],[0.60,0.60]],\"input\":[0.05,0.10],\"target\":[0.01,0.99],\"learningRate\":0.5}";

    @Nested
    class ALessonsStep {
        @Test
        void comesInFourFormatsAsAttachments() {
            String[][] formats = {{"csv", "text/csv; charset=utf-8", "weight-update-step-en.csv"},
                    {"json", "application/json", "weight-update-step.json"},
                    {"tex", "application/x-tex; charset=utf-8", "weight-update-step-en.tex"},
                    {"md", "text/markdown; charset=utf-8", "weight-update-step-en.md"}};
            for (String[] f : formats) {
                Reply r = app.get("/lessons/weight-update/step." + f[0] + "?" + QUERY + "&lang=en");
                assertThat(r.status()).as(f[0]).isEqualTo(200);
                assertThat(r.header("Content-Type")).as(f[0]).isEqualToIgnoringCase(f[1]);
                assertThat(r.header("Content-Disposition")).isEqualTo("attachment; filename=\"" + f[2] + "\"");
                assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
            }
        }

        @Test
        void asJsonIsTheApiAnswerByteForByte() {
            String api = app.postJson("/api/backprop", REQUEST).body();
            assertThat(app.get("/lessons/weight-update/step.json?" + QUERY).body()).isEqualTo(api);
        }

        @Test
        void carriesTheNumbersOfTheLinkedNetwork() {
            String tex = app.get("/lessons/weight-update/step.tex?" + QUERY + "&lang=en").body();
            assertThat(tex).contains("\\section*{Updating the weights}").contains("= 0.2984\n\\end{align*}").contains("= 0.3589 \\\\")
                    .doesNotContain("kotex}");
            String md = app.get("/lessons/weight-update/step.md?" + QUERY + "&lang=ko").body();
            assertThat(md).contains("## 3. 손실 E").contains("= 0.2984$");
            assertThat(app.get("/lessons/weight-update/step.tex?" + QUERY + "&lang=ko").body())
                    .contains("\\usepackage{kotex}");
            assertThat(app.get("/lessons/weight-update/step.csv?" + QUERY + "&lang=en").body())
                    .startsWith("\uFEFFinput,input x\r\ni,xᵢ\r\n1,0.05\r\n2,0.1\r\n");
        }

        @Test
        void withoutAQueryIsThePreset() {
            Reply r = app.get("/lessons/feed-forward/step.md?lang=en");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).startsWith("# The feed-forward phase\n");
        }

        @Test
        void refusesABadQueryAsThePageDoes() {
            Reply page = app.get("/lessons/weight-update?" + QUERY.replace("eta=0.5", "eta=abc") + "&lang=en");
            Reply file = app.get("/lessons/weight-update/step.tex?" + QUERY.replace("eta=0.5", "eta=abc") + "&lang=en");
            assertThat(page.status()).isEqualTo(400);
            assertThat(file.status()).isEqualTo(400);
            assertThat(file.header("Content-Type")).startsWith("text/html");
            assertThat(file.header("Content-Disposition")).isNull();
            assertThat(file.body()).contains("learningRate must be a number, not the string &quot;abc&quot;");
            assertThat(app.get("/lessons/weight-update/step.csv?layers=2,x").status()).isEqualTo(400);
        }

        @Test
        void isOnlyForLessonsWithANetwork() {
            assertThat(app.get("/lessons/activation-derivative/step.csv").status()).isEqualTo(404);
            assertThat(app.get("/lessons/multilayer-perceptron/step.tex").status()).isEqualTo(404);
            assertThat(app.get("/lessons/no-such-lesson/step.tex").status()).isEqualTo(404);
            assertThat(app.get("/lessons/weight-update/step.pdf").status()).isEqualTo(404);
        }

        @Test
        void isLinkedFromTheResultsWithTheNetworksQuery() {
            String page = app.get("/lessons/weight-update?" + QUERY + "&lang=en").body();
            assertThat(page).contains("href=\"/lessons/weight-update/step.tex?layers=2,2,2&amp;g-0=sigmoid")
                    .contains("&amp;lang=en\"").contains(">Worked step (LaTeX)</a>").contains(">Tables (CSV)</a>");
            assertThat(app.get("/lessons/weight-update?lang=ko").body()).contains(">단계별 풀이 (Markdown)</a>");
            assertThat(app.get("/lessons/multilayer-perceptron").body()).doesNotContain("class=\"downloads\"");
        }
    }

    @Nested
    class AnAnswerKey {
        @Test
        void comesInFourFormatsAsAttachments() {
            for (String f : new String[] {"csv", "json", "tex", "md"}) {
                Reply r = app.get("/exercises/full-step-2-2-2/key." + f + "?lang=ko");
                assertThat(r.status()).as(f).isEqualTo(200);
                assertThat(r.header("Content-Disposition")).isEqualTo("attachment; filename=\"full-step-2-2-2-key"
                        + (f.equals("json") ? "" : "-ko") + "." + f + "\"");
            }
        }

        @Test
        void asJsonIsTheApiAnswerForTheExercisesProblem() {
            String problem = app.get("/api/exercises/full-step-2-2-2").json().get("problem").toString();
            assertThat(app.get("/exercises/full-step-2-2-2/key.json").body())
                    .isEqualTo(app.postJson("/api/backprop", problem).body());
        }

        @Test
        void carriesTheHandWorkedNumbersAtTheExercisesDecimals() {
            String tex = app.get("/exercises/full-step-2-2-2/key.tex?lang=en").body();
            assertThat(tex).contains("\\section*{Answer key: One full learning step: a 2-2-2 network}")
                    .contains("E &= \\tfrac{1}{2}").contains("= 0.2984\n\\end{align*}").contains("w_{11}(t+1) &= 0.4000 + (-0.0411) = 0.3589");
            assertThat(app.get("/exercises/full-step-2-2-2/key.md?lang=en").body())
                    .contains("$v_{11}(t+1) = 0.1500 + (-0.0002) = 0.1498$");
        }

        @Test
        void worksForAGeneratedVariantAndNotForAnUnknownId() {
            assertThat(app.get("/exercises/random-2-2-1-7/key.md").status()).isEqualTo(200);
            assertThat(app.get("/exercises/no-such-exercise/key.md").status()).isEqualTo(404);
        }

        @Test
        void isLinkedFromTheAnswerKeyPage() {
            String key = app.get("/exercises/full-step-2-2-2/key?lang=en").body();
            assertThat(key).contains("href=\"/exercises/full-step-2-2-2/key.csv?lang=en\"")
                    .contains("href=\"/exercises/full-step-2-2-2/key.md?lang=en\"").contains(">Tables (JSON, as /api/backprop)</a>");
        }
    }
}
