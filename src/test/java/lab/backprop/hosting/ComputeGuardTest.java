package lab.backprop.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import lab.backprop.config.Settings;
import lab.backprop.support.RunningApp.Reply;
import lab.backprop.support.RunningApp;
import org.junit.jupiter.api.Test;

/** The per-client rate limit on the compute routes, over real HTTP. */
class ComputeGuardTest {
    static final String STEP = "{\"layers\": [2, 1], \"weights\": [[[0.5, -0.5]]], \"input\": [1, 0.5],"
            + " \"target\": [1], \"learningRate\": 0.5}";
    static final String FORM = "layers=2,2,1&action=step";

    static Reply post(RunningApp app, String path, String type, String body, String forwardedFor) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
        if (forwardedFor != null) {
            b.header("X-Forwarded-For", forwardedFor);
        }
        return app.send(b.build());
    }

    static List<Integer> statuses(RunningApp app, int n, String path, String type, String body, String client) {
        List<Integer> s = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            s.add(post(app, path, type, body, client).status());
        }
        return s;
    }

    /** Posts until the first 429 (at most {@code max} tries); null when none came. */
    static Reply firstRefusal(RunningApp app, int max, String path, String type, String body) {
        for (int i = 0; i < max; i++) {
            Reply r = post(app, path, type, body, null);
            if (r.status() == 429) {
                return r;
            }
        }
        return null;
    }

    @Test
    void afterTheBurstAClientGets429WithRetryAfterWhilePagesAndOtherClientsGoOn() {
        // --rate-limit 1: bursts of 5, then 1 a second.
        try (RunningApp app = RunningApp.start(Settings.forTests().withRateLimit(1))) {
            long start = System.nanoTime();
            List<Integer> api = statuses(app, 5, "/api/backprop", "application/json", STEP, null);
            assertThat(api).containsOnly(200);
            Reply refused = firstRefusal(app, 3 + (int) ((System.nanoTime() - start) / 1_000_000_000L),
                    "/api/backprop", "application/json", STEP);
            assertThat(refused).as("a 429 right after the burst").isNotNull();
            assertThat(refused.header("Retry-After")).isEqualTo("1");
            assertThat(refused.header("Content-Type")).startsWith("application/json");
            assertThat(refused.json().get("error").asText()).isEqualTo("too many requests from your address; try again in 1 s");

            // Every compute route shares the bucket (a route without the limit would never answer 429).
            assertThat(firstRefusal(app, 3, "/api/check", "application/json", "{}")).isNotNull();
            assertThat(firstRefusal(app, 3, "/api/delta-rule", "application/json", "{}")).isNotNull();
            Reply form = firstRefusal(app, 3, "/lessons/weight-update", "application/x-www-form-urlencoded", FORM);
            assertThat(form).isNotNull();
            assertThat(form.header("Content-Type")).startsWith("text/html");
            assertThat(form.body()).contains("요청이 너무 많습니다");
            // So does a lesson link that carries a network (it computes a step).
            List<Integer> links = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                links.add(app.get("/lessons/weight-update?layers=2,2,1").status());
            }
            assertThat(links).contains(429);
            // And so does the download of a lesson's step with a network: the same computation as a file.
            List<Integer> files = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                files.add(app.get("/lessons/weight-update/step.csv?layers=2,2,1").status());
            }
            assertThat(files).contains(429);

            // Pages and reads are not limited.
            for (String page : new String[] {"/", "/lessons/weight-update", "/lessons/activation-derivative?k=2",
                    "/api/exercises", "/api/activation", "/static/js/app.js", "/health",
                    "/lessons/weight-update/step.csv"}) {
                assertThat(app.get(page).status()).as(page).isEqualTo(200);
            }

            // Behind a reverse proxy on this machine, each forwarded client has its own bucket.
            assertThat(post(app, "/api/backprop", "application/json", STEP, "203.0.113.7").status()).isEqualTo(200);
            assertThat(post(app, "/api/backprop", "application/json", STEP, "198.51.100.1, 203.0.113.8").status())
                    .isEqualTo(200);
        }
    }

    @Test
    void zeroTurnsTheLimitOff() {
        try (RunningApp app = RunningApp.start(Settings.forTests().withRateLimit(0))) {
            // More than the default burst (500) in well under a second's refill.
            assertThat(statuses(app, 600, "/api/backprop", "application/json", STEP, null)).containsOnly(200);
        }
    }

    @Test
    void theDefaultLetsAClassOf300BehindOneAddressComputeAtOnce() {
        try (RunningApp app = RunningApp.start(Settings.forTests())) {
            assertThat(statuses(app, 300, "/lessons/weight-update", "application/x-www-form-urlencoded", FORM, null))
                    .containsOnly(303);
        }
    }
}
