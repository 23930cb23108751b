package lab.backprop;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import lab.backprop.config.Settings;
import lab.backprop.content.Content;
import lab.backprop.hosting.Readiness;
import lab.backprop.support.AccessLogLines;
import lab.backprop.support.RunningApp;
import org.junit.jupiter.api.Test;

/**
 * A freshly started server, over real HTTP: nothing but 503 until it has warmed up, then every lesson
 * page served from memory — one ETag per page and language, 304 on revalidation, gzip compressed once.
 */
class ReadinessTest {
    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<byte[]> get(Javalin app, String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void answersNothingButServiceUnavailableUntilWarmThenServesPagesFromMemory() throws Exception {
        Settings settings = Settings.forTests();
        Content content = BackpropLab.loadContent(settings);
        Readiness readiness = Readiness.closed();
        Javalin app = BackpropLab.create(settings, content, readiness).start();
        try {
            HttpResponse<byte[]> early = get(app, "/health");
            assertThat(early.statusCode()).isEqualTo(503);
            assertThat(early.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(get(app, "/lessons/feed-forward").statusCode()).isEqualTo(503);
            assertThat(get(app, "/health", Readiness.HEADER, "wrong").statusCode()).isEqualTo(503);
            assertThat(get(app, "/health", Readiness.HEADER, readiness.token()).statusCode()).isEqualTo(200);
            assertThat(get(app, "/static/css/app.css").statusCode()).as("static files too").isEqualTo(503);
            assertThat(get(app, "/static/css/app.css", Readiness.HEADER, readiness.token()).statusCode()).isEqualTo(200);

            assertThat(readiness.visitedWithin(Duration.ofMinutes(1))).as("refused visitors are not a class").isFalse();
            Thread afterReady = BackpropLab.warmUp(app, settings, content, readiness, Duration.ZERO);
            assertThat(readiness.isReady()).isTrue();
            assertThat(readiness.visitedWithin(Duration.ofMinutes(1))).as("its own warm-up is not a visit").isFalse();
            assertThat(get(app, "/health").statusCode()).isEqualTo(200);
            assertThat(readiness.visitedWithin(Duration.ofMinutes(1))).isTrue();
            afterReady.join(30_000);
            assertThat(afterReady.isAlive()).as("the other lessons are rendered soon after").isFalse();

            HttpResponse<byte[]> ko = get(app, "/lessons/feed-forward?lang=ko");
            HttpResponse<byte[]> en = get(app, "/lessons/feed-forward?lang=en");
            String etag = ko.headers().firstValue("ETag").orElseThrow();
            assertThat(en.headers().firstValue("ETag")).isPresent().isNotEqualTo(etag);
            assertThat(ko.headers().firstValue("Last-Modified")).isPresent();
            assertThat(new String(ko.body(), StandardCharsets.UTF_8)).contains("<html lang=\"ko\"").contains("data-symbol");

            HttpResponse<byte[]> again = get(app, "/lessons/feed-forward?lang=ko", "If-None-Match", etag);
            assertThat(again.statusCode()).isEqualTo(304);
            assertThat(again.body()).isEmpty();

            HttpResponse<byte[]> gzip = get(app, "/lessons/feed-forward?lang=ko", "Accept-Encoding", "gzip");
            assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(RunningApp.gunzip(gzip.body())).isEqualTo(ko.body());

            HttpResponse<byte[]> shared = get(app, "/lessons/feed-forward?layers=2,1&w-0-0-0=0.3");
            assertThat(shared.statusCode()).isEqualTo(200);
            assertThat(shared.headers().firstValue("ETag")).as("a computed network is not a shared page").isEmpty();
        } finally {
            app.stop();
        }
    }

    @Test
    void theServersOwnWarmupIsLeftOutOfTheAccessLog() throws Exception {
        Readiness readiness = Readiness.open();
        Javalin app = BackpropLab.create(Settings.forTests(), BackpropLab.loadContent(Settings.forTests()), readiness)
                .start();
        List<String> lines;
        try (AccessLogLines log = new AccessLogLines()) {
            assertThat(get(app, "/lessons/feed-forward", Readiness.HEADER, readiness.token()).statusCode()).isEqualTo(200);
            assertThat(get(app, "/static/css/app.css", Readiness.HEADER, readiness.token()).statusCode()).isEqualTo(200);
            assertThat(get(app, "/health").statusCode()).isEqualTo(200);
            // The lines are written in the order the answers were sent: the warm-up's would come first.
            log.await(1);
            lines = log.lines();
        } finally {
            app.stop();
        }
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).matches(".* access - GET /health 200 \\d+ ms");
    }
}
