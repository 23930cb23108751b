package lab.backprop.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.HttpResponseException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import lab.backprop.support.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The compute gate behind a real server on a real port, with one compute thread and room for one
 * request to wait: what a client sees when the queue is full or its wait runs out, and that the
 * server's other routes answer while every compute thread is taken.
 */
class ComputeGateHttpTest {
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final HttpClient client = HttpClient.newHttpClient();
    private ComputeGate gate;
    private Javalin app;

    private void start(long waitMillis) {
        gate = new ComputeGate("compute", 1, 1, waitMillis);
        ComputeGate training = new ComputeGate("training", 1, 1, waitMillis);
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.router.handlerWrapper(new ComputeGuard(null, null, new BrowserId(), gate, training, Readiness.open()));
            config.routes.exception(HttpResponseException.class,
                    (e, ctx) -> ctx.status(e.getStatus()).result("error: " + e.getMessage()));
            config.routes.post("/slow", ctx -> {
                entered.countDown();
                release.await();
                ctx.result("done on " + Thread.currentThread().getName());
            });
            config.routes.post("/fails", ctx -> {
                throw new BadRequestResponse("the body says no");
            });
            config.routes.get("/page", ctx -> ctx.result("a page"));
            config.events.serverStopped(gate::close);
            config.events.serverStopped(training::close);
        }).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        release.countDown();
        if (app != null) {
            app.stop();
        }
    }

    private HttpRequest post(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofString("x=1")).build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private CompletableFuture<HttpResponse<String>> sendLater(HttpRequest request) {
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aFullQueueIs503WithRetryAfterAtOnceWhileThePagesGoOn() throws Exception {
        start(10_000);
        CompletableFuture<HttpResponse<String>> running = sendLater(post("/slow"));
        assertThat(entered.await(10, TimeUnit.SECONDS)).as("the first request runs").isTrue();
        CompletableFuture<HttpResponse<String>> waiting = sendLater(post("/slow"));
        Eventually.until(() -> gate.waiting() == 1, Duration.ofSeconds(10), "the second request waits");

        long start = System.nanoTime();
        HttpResponse<String> refused = send(post("/slow"));
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(refused.body()).isEqualTo("error: the server is busy; try again in a moment");
        assertThat(System.nanoTime() - start).as("refused without waiting the 10 s a wait may last")
                .isLessThan(TimeUnit.SECONDS.toNanos(5));

        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/page"))
                .timeout(Duration.ofSeconds(10)).build());
        assertThat(page.statusCode()).as("pages do not wait for compute threads").isEqualTo(200);
        assertThat(page.body()).isEqualTo("a page");

        release.countDown();
        assertThat(running.get(10, TimeUnit.SECONDS).body()).isEqualTo("done on compute-1");
        HttpResponse<String> second = waiting.get(10, TimeUnit.SECONDS);
        assertThat(second.statusCode()).as("the waiting request ran once the thread came free").isEqualTo(200);
        assertThat(second.body()).isEqualTo("done on compute-1");
    }

    @Test
    void aWaitThatRunsOutIs503WhileTheThreadIsStillTaken() throws Exception {
        start(300);
        CompletableFuture<HttpResponse<String>> running = sendLater(post("/slow"));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        long start = System.nanoTime();
        HttpResponse<String> refused = send(post("/slow"));
        long waited = System.nanoTime() - start;
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(waited).as("told after the 300 ms wait").isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(300));
        assertThat(running).as("the first still runs").isNotDone();
        release.countDown();
        assertThat(running.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }

    @Test
    void whatAHandlerThrowsOnTheComputeThreadGoesToTheErrorMapper() throws Exception {
        start(2_000);
        HttpResponse<String> failed = send(post("/fails"));
        assertThat(failed.statusCode()).isEqualTo(400);
        assertThat(failed.body()).isEqualTo("error: the body says no");
        release.countDown();
        assertThat(send(post("/slow")).statusCode()).as("the thread goes on serving").isEqualTo(200);
    }
}
