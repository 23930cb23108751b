package lab.backprop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lab.backprop.support.RunningApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The static files over real HTTP, checked against the files on the classpath: every file a page
 * loads, compressed once where that pays, revalidated with 304, and nothing but the listed files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssetsTest {
    static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:webjars|static)/[^\"]+)\"");
    static final String KATEX_FONT = "/webjars/katex/" + WebJars.locate().katex() + "/dist/fonts/KaTeX_Main-Regular.woff2";

    RunningApp app;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        app = RunningApp.start();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.url(path)));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The file as the build put it on the classpath. */
    static byte[] onClasspath(String path) {
        String resource = path.startsWith("/static/") ? "web/" + path.substring("/static/".length())
                : "META-INF/resources" + path;
        try (InputStream in = AssetsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> assetsOfALessonPage() {
        Matcher m = ASSET.matcher(app.get("/lessons/weight-update").body());
        List<String> paths = new ArrayList<>();
        while (m.find()) {
            paths.add(m.group(1));
        }
        return paths;
    }

    @Test
    void everyFileALessonPageLoadsIsServedAsItIsOnTheClasspathGzippedForABrowserThatAsks() {
        List<String> paths = assetsOfALessonPage();
        assertThat(paths).hasSizeGreaterThanOrEqualTo(8).anyMatch(p -> p.endsWith("katex.min.js"))
                .anyMatch(p -> p.endsWith("app.css"));
        for (String path : paths) {
            HttpResponse<byte[]> plain = get(path);
            HttpResponse<byte[]> gzipped = get(path, "Accept-Encoding", "gzip, deflate, br");
            assertThat(plain.statusCode()).as(path).isEqualTo(200);
            assertThat(plain.body()).as(path).isEqualTo(onClasspath(path));
            assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(plain.headers().firstValue("Content-Length")).as(path).hasValue(Integer.toString(plain.body().length));
            assertThat(gzipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            assertThat(gzipped.body().length).as(path).isLessThan(plain.body().length);
            assertThat(RunningApp.gunzip(gzipped.body())).as(path).isEqualTo(plain.body());
            assertThat(gzipped.headers().firstValue("Vary")).as(path).hasValue("Accept-Encoding");
            assertThat(gzipped.headers().firstValue("ETag")).as(path).isEqualTo(plain.headers().firstValue("ETag"));
        }
    }

    @Test
    void typesAndCachingFollowTheKindOfFile() {
        String katex = "/webjars/katex/" + WebJars.locate().katex() + "/dist/katex.min.js";
        assertThat(get(katex).headers().firstValue("Content-Type")).hasValue("text/javascript");
        assertThat(get(katex).headers().firstValue("Cache-Control")).hasValue("max-age=31622400");
        assertThat(get("/static/css/app.css").headers().firstValue("Content-Type")).hasValue("text/css");
        assertThat(get("/static/css/app.css").headers().firstValue("Cache-Control")).hasValue("max-age=0");
        assertThat(get("/static/favicon.svg").headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        assertThat(get(KATEX_FONT).headers().firstValue("Content-Type")).hasValue("font/woff2");
    }

    @Test
    void aFontThatGzipCannotShrinkIsSentAsItIs() {
        HttpResponse<byte[]> font = get(KATEX_FONT, "Accept-Encoding", "gzip");
        assertThat(font.statusCode()).isEqualTo(200);
        assertThat(font.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(font.body()).isEqualTo(onClasspath(KATEX_FONT));
    }

    @Test
    void aBrowserThatHasTheFileGetsA304WithoutABody() {
        HttpResponse<byte[]> first = get("/static/js/app.js", "Accept-Encoding", "gzip");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("\"[0-9a-f]{32}\"");

        HttpResponse<byte[]> again = get("/static/js/app.js", "If-None-Match", etag, "Accept-Encoding", "gzip");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        assertThat(get("/static/js/app.js", "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);
        assertThat(get("/static/js/app.js", "If-None-Match", "W/" + etag).statusCode()).isEqualTo(304);
    }

    @Test
    void headAnswersTheHeadersOfAGetWithoutItsBody() {
        HttpResponse<byte[]> head = send(HttpRequest.newBuilder(URI.create(app.url("/static/css/app.css")))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Length"))
                .hasValue(Integer.toString(onClasspath("/static/css/app.css").length));
    }

    @Test
    void onlyTheListedFilesAreServedAndEverythingElseIsTheSitesOwn404() {
        for (String path : List.of("/static/nope.js", "/static/", "/static/css", "/static/css/",
                "/webjars/katex/" + WebJars.locate().katex() + "/dist/", "/webjars/", "/static/CSS/APP.CSS",
                "/static/css/app.css/", "/static/css%2fapp.css")) {
            HttpResponse<byte[]> r = get(path);
            assertThat(r.statusCode()).as(path).isIn(400, 404);
            assertThat(r.headers().firstValue("ETag")).as(path).isEmpty();
        }
        HttpResponse<byte[]> post = send(HttpRequest.newBuilder(URI.create(app.url("/static/css/app.css")))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build());
        assertThat(post.statusCode()).isIn(404, 405);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        HttpResponse<byte[]> r = get("/static/js/app.js");
        assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().allValues("Set-Cookie")).isEmpty();
    }
}
