package lab.backprop.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import lab.backprop.hosting.Warmup.Call;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The warm-up's requests, over real HTTP to a small app that records what it is sent. */
class WarmupTest {
    final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    final List<String> seen = new CopyOnWriteArrayList<>();
    Javalin app;
    String base;

    @BeforeEach
    void start() {
        app = Javalin.create(config -> {
            config.jetty.host = "127.0.0.1";
            config.jetty.port = 0;
            config.routes.get("/page/{n}", ctx -> {
                record(ctx.path(), ctx.header(Readiness.HEADER), ctx.header("HX-Request"), null);
                ctx.result("page");
            });
            config.routes.post("/step", ctx -> {
                record(ctx.path(), ctx.header(Readiness.HEADER), ctx.header("HX-Request"), ctx.body());
                if (ctx.header("HX-Request") == null) {
                    ctx.redirect("/page/1", io.javalin.http.HttpStatus.SEE_OTHER); // not followed
                }
            });
            config.routes.get("/broken", ctx -> ctx.status(500));
        }).start();
        base = "http://127.0.0.1:" + app.port();
    }

    void record(String path, String token, String htmx, String body) {
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        seen.add(path + " token=" + token + " htmx=" + htmx + (body == null ? "" : " body=" + body));
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void beforeReadyRequestsEveryPageOnceThenEachOtherCallOnceWithTheTokenAndAsHtmxWhereAsked() {
        List<Call> pages = List.of(Call.get("/page/1"), Call.get("/page/2"), Call.get("/page/3"));
        List<Call> hot = List.of(Call.htmxPost("/step", "application/x-www-form-urlencoded", "a=1"),
                Call.post("/step", "application/x-www-form-urlencoded", "a=2"));

        int made = Warmup.beforeReady(base, "secret", pages, hot);

        assertThat(made).isEqualTo(5);
        assertThat(hits.get("/page/1")).hasValue(1); // the redirect of the plain post was not followed
        assertThat(hits.get("/page/2")).hasValue(1);
        assertThat(hits.get("/page/3")).hasValue(1);
        assertThat(seen).contains("/step token=secret htmx=true body=a=1", "/step token=secret htmx=null body=a=2");
        assertThat(seen).allMatch(s -> s.contains("token=secret"));
    }

    @Test
    void afterReadyRendersTheRemainingPagesOnceThenRepeatsOnlyThePostsUntilItsBudgetIsSpent() throws Exception {
        List<Call> pages = List.of(Call.get("/page/4"), Call.get("/page/5"));
        List<Call> hot = List.of(Call.get("/page/6"), Call.htmxPost("/step", "application/x-www-form-urlencoded", "a=1"));

        Thread thread = Warmup.afterReady(base, "secret", pages, hot, Duration.ofMillis(300), quiet -> false);
        thread.join(10_000);

        assertThat(thread.isAlive()).isFalse();
        assertThat(thread.isDaemon()).as("it never keeps a stopping server's JVM alive").isTrue();
        assertThat(hits.get("/page/4")).hasValue(1);
        assertThat(hits.get("/page/5")).hasValue(1);
        assertThat(hits).doesNotContainKey("/page/6");
        assertThat(hits.get("/step").get()).as("repeated for the whole budget").isGreaterThan(1);
    }

    @Test
    void afterReadyStopsAtTheFirstFailureInsteadOfHammeringAServerThatIsGoing() throws Exception {
        List<Call> pages = List.of(Call.get("/page/7"), Call.get("/broken"), Call.get("/page/8"));

        Thread thread = Warmup.afterReady(base, "secret", pages, List.of(), Duration.ofSeconds(5), quiet -> false);
        thread.join(10_000);

        assertThat(thread.isAlive()).isFalse();
        assertThat(hits.get("/page/7")).hasValue(1);
        assertThat(hits).doesNotContainKey("/page/8");
    }

    @Test
    void afterReadyWaitsWhileOthersAreVisitingAndGoesOnOnceItIsQuiet() throws Exception {
        List<Call> pages = List.of(Call.get("/page/9"));
        AtomicInteger asked = new AtomicInteger();
        List<Duration> windows = new CopyOnWriteArrayList<>();
        Predicate<Duration> visited = quiet -> {
            windows.add(quiet);
            return asked.incrementAndGet() <= 5; // a class arriving: five looks find it busy
        };

        Thread thread = Warmup.afterReady(base, "secret", pages, List.of(), Duration.ZERO, visited);
        thread.join(10_000);

        assertThat(thread.isAlive()).isFalse();
        assertThat(asked.get()).as("asked again until it was quiet").isEqualTo(6);
        assertThat(windows).containsOnly(Warmup.QUIET);
        assertThat(hits.get("/page/9")).hasValue(1);
    }

    @Test
    void afterReadyLeavesTheWarmingToAClassThatNeverLetsUp() throws Exception {
        List<Call> pages = List.of(Call.get("/page/10"));
        List<Call> hot = List.of(Call.htmxPost("/step", "application/x-www-form-urlencoded", "a=1"));

        Thread thread = Warmup.afterReady(base, "secret", pages, hot, Duration.ofSeconds(5), quiet -> true,
                Duration.ofMillis(300));
        thread.join(10_000);

        assertThat(thread.isAlive()).isFalse();
        assertThat(hits).doesNotContainKey("/page/10").doesNotContainKey("/step");
    }
}
