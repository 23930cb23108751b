package lab.backprop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import lab.backprop.hosting.Hosting;
import lab.backprop.support.AppTest;
import lab.backprop.support.RunningApp;
import lab.backprop.support.RunningApp.Reply;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The pages over real HTTP: languages, the form post with and without JavaScript, errors. */
class PagesTest extends AppTest {
    static final String FORM = "layers=2,2,1&g-0=sigmoid&g-1=sigmoid&slope=1&eta=0.5&x-0=1&x-1=0.5&d-0=1"
            + "&b-0-0=0.1&w-0-0-0=0.5&w-0-0-1=-0.3&b-0-1=-0.1&w-0-1-0=0.2&w-0-1-1=0.4&b-1-0=0.2&w-1-0-0=0.6&w-1-0-1=-0.5";

    Reply get(String path, String acceptLanguage, String cookie) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.url(path))).GET();
        if (acceptLanguage != null) {
            b.header("Accept-Language", acceptLanguage);
        }
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return app.send(b.build());
    }

    Reply post(String path, String form, boolean htmx) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (htmx) {
            b.header("HX-Request", "true");
        }
        return app.send(b.build());
    }

    @Nested
    class TheHomePage {
        @Test
        void linksEveryLessonInOrder() {
            Reply r = app.get("/");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).contains("<html lang=\"ko\"");
            int last = -1;
            for (String slug : new String[] {"multilayer-perceptron", "credit-assignment", "two-phases", "feed-forward",
                    "error-backpropagation", "error-signals", "weight-update", "activation-derivative",
                    "vanishing-derivative", "gradient-check", "two-outputs", "two-hidden-layers",
                    "graph-and-matrix", "starting-weights", "summary"}) {
                int at = r.body().indexOf("href=\"/lessons/" + slug + "\"");
                assertThat(at).as(slug).isGreaterThan(last);
                last = at;
                assertThat(app.get("/lessons/" + slug).status()).as(slug).isEqualTo(200);
            }
        }

        @Test
        void loadsNothingFromOutsideTheServer() {
            String body = app.get("/lessons/weight-update").body();
            assertThat(body).doesNotContainPattern("(src|href)=\"(https?:)?//");
            assertThat(app.get("/webjars/katex/" + WebJars.locate().katex() + "/dist/katex.min.js").status()).isEqualTo(200);
            assertThat(app.get("/static/js/app.js").status()).isEqualTo(200);
        }
    }

    @Nested
    class Languages {
        @Test
        void areKoreanByDefaultEnglishOnAskingAndRemembered() {
            assertThat(get("/lessons/feed-forward", null, null).body()).contains("<h1>앞먹임 단계</h1>");
            Reply english = get("/lessons/feed-forward?lang=en", null, null);
            assertThat(english.body()).contains("<html lang=\"en\"").contains("<h1>The feed-forward phase</h1>");
            assertThat(english.headers().allValues("Set-Cookie"))
                    .anySatisfy(c -> assertThat(c).startsWith("lang=en").contains("Path=/"));
            assertThat(get("/lessons/feed-forward", null, "lang=en").body()).contains("<html lang=\"en\"");
        }

        @Test
        void followTheBrowsersAcceptLanguage() {
            assertThat(get("/", "en-US,en;q=0.9", null).body()).contains("<html lang=\"en\"");
            assertThat(get("/", "ko-KR,ko;q=0.9,en;q=0.5", null).body()).contains("<html lang=\"ko\"");
            assertThat(get("/", "fr-FR", null).body()).contains("<html lang=\"ko\"");
            assertThat(get("/", "en-US", "lang=ko").body()).contains("<html lang=\"ko\"");
        }
    }

    @Nested
    class TheNetworkForm {
        @Test
        void withoutJavaScriptRedirectsToTheShareableUrl() {
            Reply r = post("/lessons/weight-update", FORM.replace("w-1-0-0=0.6", "w-1-0-0=1.25") + "&action=step", false);
            assertThat(r.status()).isEqualTo(303);
            String location = r.header("Location");
            assertThat(location).startsWith("/lessons/weight-update?layers=2,2,1&").contains("w-1-0-0=1.25").endsWith("#results");
            Reply page = app.get(location.replace("#results", ""));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("data-symbol=\"dw\"").contains("value=\"1.25\"");
        }

        @Test
        void withHtmxReturnsTheWidgetAndPushesTheShareableUrl() {
            Reply r = post("/lessons/error-signals", FORM + "&action=step", true);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).startsWith("<div id=\"widget\"").doesNotContain("<html");
            assertThat(r.body()).contains("<table data-symbol=\"delta\"").contains("<table data-symbol=\"Delta\"");
            assertThat(r.header("HX-Push-Url")).startsWith("/lessons/error-signals?layers=2,2,1&");
        }

        @Test
        void gzipsTheWidgetForABrowserThatAcceptsIt() throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(app.url("/lessons/error-signals")))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("HX-Request", "true")
                    .header("Accept-Encoding", "gzip, deflate, br")
                    .POST(HttpRequest.BodyPublishers.ofString(FORM + "&action=step")).build();
            HttpResponse<byte[]> gzipped = HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
            String widget = new String(RunningApp.gunzip(gzipped.body()), StandardCharsets.UTF_8);
            Reply plain = post("/lessons/error-signals", FORM + "&action=step", true);
            assertThat(plain.header("Content-Encoding")).isNull();
            assertThat(widget).isEqualTo(plain.body());
            assertThat(gzipped.body().length).isLessThan(widget.length() / 3);
            // The answer is copied out in pieces of the hosting's copy buffer: compressed from the first
            // piece on, and whole either way.
            assertThat(widget.length()).isGreaterThan(2 * Hosting.RESPONSE_COPY_BYTES);
        }

        @Test
        void showsABadValueBesideItsFieldAndKeepsWhatWasTyped() {
            Reply r = post("/lessons/weight-update", FORM.replace("w-0-1-0=0.2", "w-0-1-0=abc") + "&action=step", false);
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.body()).contains("weights[0][1][0] must be a number, not the string &quot;abc&quot;");
            assertThat(r.body()).containsPattern("name=\"w-0-1-0\" value=\"abc\"\\s+aria-label=\"v₂₁\" aria-invalid=\"true\"");
            assertThat(r.body()).doesNotContain("data-symbol=\"dw\"");
        }

        @Test
        void aPostedStepIsTheWidgetThatItsSharedLinkShows() {
            Reply posted = post("/lessons/weight-update", FORM + "&action=step", true);
            Reply shared = get(posted.header("HX-Push-Url"), null, null);
            assertThat(shared.status()).isEqualTo(200);
            assertThat(shared.body()).contains(posted.body());
            assertThat(posted.body()).endsWith("</section>\n</div>")
                    .contains("<p class=\"downloads\"><span>이 단계를 파일로 내려받기</span>: <a href=\"/lessons/"
                            + "weight-update/step.csv?layers=2,2,1&amp;")
                    .contains("data-format=\"json\"", "data-format=\"tex\"", "data-format=\"md\"");
        }

        @Test
        void marksTheShapeBoxThatIsWrongAndPointsItAtTheError() {
            Reply layers = post("/lessons/weight-update", FORM.replace("layers=2,2,1", "layers=2,x") + "&action=step",
                    true);
            assertThat(layers.body()).contains("<p class=\"form-error\" id=\"form-error\" role=\"alert\">")
                    .containsPattern("id=\"f-layers\"[^>]* class=\"invalid\" aria-invalid=\"true\" "
                            + "aria-describedby=\"form-error\"")
                    .doesNotContain("id=\"results\"");
            Reply slope = post("/lessons/weight-update", FORM.replace("slope=1", "slope=-1") + "&action=step", true);
            assertThat(slope.body()).containsPattern("id=\"f-slope\"[^>]* value=\"-1\" class=\"invalid\" "
                    + "aria-invalid=\"true\"").containsPattern("id=\"f-layers\"[^>]* aria-describedby=\"layers-help\"");
            Reply eta = post("/lessons/weight-update", FORM.replace("eta=0.5", "eta=%3Cb%3E%22") + "&action=step", true);
            assertThat(eta.body()).contains("value=\"&lt;b&gt;&quot;\"").doesNotContain("<b>\"");
        }

        @Test
        void escapesWhatTheVisitorTyped() {
            Reply r = get("/lessons/feed-forward?" + FORM.replace("x-0=1", "x-0=%3Cscript%3Ealert(1)%3C/script%3E"), null, null);
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.body()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        }

        @Test
        void aTypedQuoteCannotLeaveTheValueOfAWeightBox() {
            // "><img src=x onerror=alert(1)> typed into a weight: it stays inside value="...".
            Reply r = get("/lessons/feed-forward?" + FORM.replace("w-0-1-0=0.2",
                    "w-0-1-0=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"), null, null);
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.body()).doesNotContain("<img src=x").contains(
                    "name=\"w-0-1-0\" value=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\"");
        }

        @Test
        void canDoubleTheWeightsAndReset() {
            Reply doubled = post("/lessons/vanishing-derivative", FORM + "&action=scale-up", false);
            assertThat(doubled.header("Location")).contains("w-0-0-0=1&").contains("w-1-0-1=-1#").contains("b-0-0=0.1&");
            Reply reset = post("/lessons/feed-forward", FORM.replace("x-0=1", "x-0=9") + "&action=reset", false);
            assertThat(reset.header("Location")).contains("x-0=1&");
        }

        @Test
        void runsTheDeltaRuleOnTheFirstLesson() {
            Reply r = get("/lessons/multilayer-perceptron?layers=2,1&g-0=linear&slope=1&eta=0.5&x-0=1&x-1=0.5&d-0=1"
                    + "&b-0-0=0&w-0-0-0=0.2&w-0-0-1=-0.1", null, null);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).contains("data-symbol=\"dw\" data-j=\"1\" data-i=\"2\" data-value=\"0.2125\"");
        }
    }

    @Test
    void anUnknownLessonIsAnHtml404InTheVisitorsLanguage() {
        Reply r = get("/lessons/no-such-lesson", "en", null);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.header("Content-Type")).startsWith("text/html");
        assertThat(r.body()).contains("Page not found").contains("no lesson is called &#39;no-such-lesson&#39;");
    }

    @Test
    void theActivationLessonTabulatesGAndItsDerivativeForTheChosenSlope() {
        Reply r = app.get("/lessons/activation-derivative?k=2");
        assertThat(r.body()).contains("<strong>0.5000</strong>");
        assertThat(r.body()).contains("data-symbol=\"gprime\" data-j=\"5\" data-i=\"0\" data-value=\"0.5\"");
        assertThat(app.get("/api/activation?k=2&from=0&to=0.5&points=2").json().get("derivative").get(0).asDouble())
                .isEqualTo(0.5);
        assertThat(app.get("/api/activation?k=-1").status()).isEqualTo(400);
    }
}
