package lab.backprop.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import lab.backprop.config.Settings;
import lab.backprop.support.AccessLogLines;
import lab.backprop.support.ContentFolder;
import lab.backprop.support.RunningApp.Reply;
import lab.backprop.support.RunningApp;
import lab.backprop.web.WebJars;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Over real HTTP, with an instructor's folder holding hostile text: security headers everywhere,
 * everything escaped, no path traversal, no stack traces, and an access log without data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SafeByDefaultTest {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String FORM = "layers=2,2,1&g-0=sigmoid&g-1=sigmoid&slope=1&eta=0.5&x-0=1&x-1=0.5&d-0=1"
            + "&b-0-0=0.1&w-0-0-0=0.5&w-0-0-1=-0.3&b-0-1=-0.1&w-0-1-0=0.2&w-0-1-1=0.4&b-1-0=0.2&w-1-0-0=0.6&w-1-0-1=-0.5";

    @TempDir
    static Path dir;
    RunningApp app;

    @BeforeAll
    void start() {
        new ContentFolder(dir)
                .lesson("11-hostile", "title: {ko: \"<script>alert(1)</script>\", en: \"<script>alert(1)</script>\"}\n"
                                + "summary: {ko: \"<b>요약</b>\", en: \"<b>sum</b>\"}\nwidget: none\n",
                        "본문 <script>alert(1)</script>\n", """
                        Text <script>alert(1)</script> and <img src=x onerror=alert(1)>.

                        [click](javascript:alert(1)) and $<script>alert(1)</script>$
                        """)
                .exercise("01-hostile.yaml", "hostile", SCRIPT);
        app = RunningApp.start(Settings.forTests().withContent(dir));
    }

    @AfterAll
    void stop() {
        app.close();
    }

    Reply send(String method, String path, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.url(path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return app.send(b.build());
    }

    @Nested
    class Headers {
        @Test
        void areOnPagesApiStaticFilesWebJarsAndErrors() {
            String katex = "/webjars/katex/" + WebJars.locate().katex() + "/dist/katex.min.css";
            Map<String, Reply> replies = Map.ofEntries(
                    Map.entry("home", app.get("/")),
                    Map.entry("lesson", app.get("/lessons/feed-forward")),
                    Map.entry("api", app.get("/api/exercises")),
                    Map.entry("api post", app.postJson("/api/delta-rule", "{\"weights\": [[0.2]], \"input\": [1],"
                            + " \"target\": [1], \"learningRate\": 0.5}")),
                    Map.entry("static", app.get("/static/css/app.css")),
                    Map.entry("webjar", app.get(katex)),
                    Map.entry("page 404", app.get("/no/such/page")),
                    Map.entry("static 404", app.get("/static/nope.js")),
                    Map.entry("api 404", app.get("/api/nope")),
                    Map.entry("api 400", app.postJson("/api/backprop", "{")),
                    Map.entry("api 413", app.postDeclaredTooLarge("/api/backprop", "application/json")),
                    Map.entry("chunked 413", app.postChunkedTooLarge("/api/check", "application/json")),
                    Map.entry("form 400", send("POST", "/lessons/weight-update", "application/x-www-form-urlencoded",
                            FORM.replace("eta=0.5", "eta=-1"))),
                    Map.entry("redirect", send("POST", "/lessons/weight-update", "application/x-www-form-urlencoded", FORM)),
                    Map.entry("head", send("HEAD", "/", null, null)));
            replies.forEach((what, r) -> {
                SecurityHeaders.HEADERS.forEach((name, value) ->
                        assertThat(r.header(name)).as("%s on %s (%d)", name, what, r.status()).isEqualTo(value));
                assertThat(r.headers().firstValue("Server")).as("Server on %s", what).isEmpty();
                assertThat(r.headers().firstValue("X-Powered-By")).as("X-Powered-By on %s", what).isEmpty();
            });
            assertThat(replies.get("api 413").status()).isEqualTo(413);
            assertThat(replies.get("chunked 413").status()).isEqualTo(413);
            assertThat(replies.get("redirect").status()).isEqualTo(303);
        }

        @Test
        void areOnJettysOwnErrorPagesToo() {
            String raw = app.rawGet("/static/..;/templates/layout.html");
            assertThat(raw).startsWith("HTTP/1.1 400");
            assertThat(raw).contains("Content-Security-Policy: " + SecurityHeaders.CONTENT_SECURITY_POLICY,
                    "X-Content-Type-Options: nosniff", "Referrer-Policy: no-referrer");
            assertThat(raw).doesNotContainIgnoringCase("server: jetty");
        }

        @Test
        void theContentSecurityPolicyAllowsNoInlineScriptNorFramingNorPlugins() {
            assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY)
                    .contains("default-src 'self'", "script-src 'self';", "object-src 'none'", "base-uri 'self'",
                            "frame-ancestors 'none'", "form-action 'self'")
                    .doesNotContain("unsafe-inline", "unsafe-eval", "*");
        }
    }

    @Nested
    class Escaping {
        @Test
        void lessonTitlesAndTextFromContentFiles() {
            String page = app.get("/lessons/hostile?lang=en").body();
            assertThat(page).doesNotContain(SCRIPT, "<img src=x", "<b>sum</b>", "javascript:");
            assertThat(page).contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>",
                    "Text &lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=alert(1)&gt;",
                    "<span class=\"math inline\">&lt;script&gt;alert(1)&lt;/script&gt;</span>");
            assertThat(app.get("/?lang=en").body()).doesNotContain(SCRIPT, "<b>sum</b>")
                    .contains("&lt;b&gt;sum&lt;/b&gt;");
        }

        @Test
        void exerciseTitlesAreServedAsJsonNeverAsHtml() {
            Reply r = app.get("/api/exercises/hostile");
            assertThat(r.header("Content-Type")).startsWith("application/json");
            assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(r.json().get("title").get("en").asText()).isEqualTo(SCRIPT);
        }

        @Test
        void queryParametersPathsAndFormValues() {
            String script = "%3Cscript%3Ealert(1)%3C%2Fscript%3E";
            List<Reply> replies = List.of(
                    app.get("/lessons/activation-derivative?k=" + script),
                    app.get("/lessons/feed-forward?lang=" + script + "&layers=2,2,1&x-0=" + script),
                    app.get("/lessons/" + script),
                    app.get("/" + script),
                    app.get("/api/exercises/" + script),
                    app.get("/api/exercises/random?seed=" + script),
                    send("POST", "/lessons/weight-update", "application/x-www-form-urlencoded",
                            FORM.replace("eta=0.5", "eta=" + script).replace("w-0-0-0=0.5", "w-0-0-0=" + script)),
                    send("POST", "/lessons/weight-update", "application/x-www-form-urlencoded", "layers=" + script));
            for (Reply r : replies) {
                assertThat(r.body()).as(r.body()).doesNotContain(SCRIPT).doesNotContain("<script>alert");
            }
            assertThat(replies.get(0).body()).contains("k must be a number, not &#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39;");
            assertThat(replies.get(6).status()).isEqualTo(400);
            assertThat(replies.get(6).body()).contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"");
        }
    }

    @Nested
    class PathTraversal {
        @ParameterizedTest(name = "GET {0}")
        @ValueSource(strings = {
                "/static/../content/lessons/15-summary/en.md",
                "/static/%2e%2e/content/lessons/15-summary/en.md",
                "/static/%2e%2e%2fcontent%2flessons%2f15-summary%2fen.md",
                "/static/%252e%252e/%252e%252e/templates/layout.html",
                "/static/..%2f..%2ftemplates%2flayout.html",
                "/static/%5c..%5c..%5ctemplates/layout.html",
                "/static/..;/templates/layout.html",
                "/static//templates/layout.html",
                "/webjars/../templates/layout.html",
                "/webjars/%2e%2e/%2e%2e/%2e%2e/lab/backprop/BackpropLab.class",
                "/webjars/katex/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fcontent/exercises/02-forward-2-2-1.yaml",
                "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "/lessons/..%2f..%2fpom.xml",
                "/lessons/%2e%2e%2f%2e%2e%2fcontent%2flessons",
                "/lessons/%252e%252e%252fpom.xml",
                "/api/exercises/..%2f..%2fcontent%2fexercises%2f02-forward-2-2-1",
                "/api/exercises/%2e%2e",
                "/api/exercises/%252e%252e%252f02-forward-2-2-1"})
        void neverReachesAFileOutsideTheServedFolders(String target) {
            String raw = app.rawGet(target);
            assertThat(raw).matches("(?s)HTTP/1.1 (400|404) .*");
            assertThat(raw).doesNotContain("xmlns:th", "learningRate:", "root:x:", "lab/backprop", "<modelVersion>",
                    "widget:");
        }

        @Test
        void whileTheRealFilesAreServed() {
            assertThat(app.rawGet("/static/css/app.css")).startsWith("HTTP/1.1 200");
            assertThat(app.get("/lessons/feed-forward").status()).isEqualTo(200);
            assertThat(app.get("/api/exercises/forward-2-2-1").status()).isEqualTo(200);
        }
    }

    @Nested
    class Errors {
        @Test
        void neverShowAStackTrace() {
            List<Reply> replies = List.of(
                    send("POST", "/api/backprop", "application/json; charset=bogus", "{}"),
                    send("POST", "/lessons/weight-update", "application/x-www-form-urlencoded; charset=bogus", FORM),
                    send("POST", "/lessons/weight-update", "multipart/form-data; boundary=x", "--x\r\nbroken"),
                    send("POST", "/api/check", "application/json", "{\"problem\": " + "[".repeat(5000) + "}"),
                    send("PUT", "/api/backprop", "application/json", "{}"),
                    app.get("/lessons/feed-forward?layers=" + "9,".repeat(2000) + "9"));
            for (Reply r : replies) {
                assertThat(r.status()).as(r.body()).isBetween(400, 499);
                assertThat(r.body()).doesNotContain("Exception", "\tat ", "at lab.backprop", "at io.javalin", "jetty");
            }
            assertThat(replies.get(0).json().get("error").asText()).isEqualTo(
                    "the Content-Type names a charset this server does not know; use UTF-8");
            assertThat(replies.get(2).status()).isEqualTo(415);
        }
    }

    @Test
    void theAccessLogHasMethodPathStatusAndTimeButNoQueryBodyOrAddress() {
        List<String> lines;
        try (AccessLogLines log = new AccessLogLines()) {
            // Each line is written after its response: wait for it, so the lines come in request order.
            app.get("/lessons/feed-forward?x-0=SECRET-QUERY");
            log.await(1);
            send("POST", "/lessons/weight-update", "application/x-www-form-urlencoded", FORM + "&x-1=SECRET-BODY");
            log.await(2);
            app.postJson("/api/backprop", "{\"SECRET-JSON\": 1}");
            log.await(3);
            app.get("/static/css/app.css?SECRET-QUERY"); // served ahead of Javalin, logged all the same
            log.await(4);
            app.rawGet("/static/%0a%0dinjected");
            log.await(5);
            lines = log.lines();
        }
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).matches(".* access - GET /lessons/feed-forward 200 \\d+ ms");
        assertThat(lines.get(1)).matches(".* access - POST /lessons/weight-update 303 \\d+ ms");
        assertThat(lines.get(2)).matches(".* access - POST /api/backprop 400 \\d+ ms");
        assertThat(lines.get(3)).matches(".* access - GET /static/css/app.css 200 \\d+ ms");
        assertThat(lines.get(4)).as("a path is logged as sent, so it cannot start a line of its own")
                .matches(".* access - GET /static/%0a%0dinjected 40\\d \\d+ ms");
        assertThat(String.join("\n", lines)).doesNotContain("SECRET", "127.0.0.1");
    }
}
