package lab.backprop.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import lab.backprop.config.Settings;
import lab.backprop.support.RunningApp;
import lab.backprop.support.RunningApp.Reply;
import org.junit.jupiter.api.Test;

/**
 * A class behind one address, over real HTTP: every browser has its own rate-limit bucket (a signed
 * cookie), requests without a valid cookie share their address's bucket, and the address as a whole
 * has a ceiling. With --rate-limit 1: a bucket of 5, an address ceiling of 20 a second (burst 100).
 */
class ClassroomTest {
    static final String STEP = ComputeGuardTest.STEP;

    /** A browser: opens a page, keeps the cookie it gets. */
    static String browser(RunningApp app) {
        Reply page = app.get("/lessons/feed-forward");
        String setCookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(BrowserId.COOKIE + "=")).findFirst().orElseThrow();
        assertThat(setCookie).contains("HttpOnly").contains("SameSite=Strict");
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    static Reply post(RunningApp app, String cookie) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.url("/api/backprop")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(STEP));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return app.send(b.build());
    }

    static List<Integer> statuses(RunningApp app, String cookie, int n) {
        List<Integer> s = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            s.add(post(app, cookie).status());
        }
        return s;
    }

    @Test
    void eachBrowserHasItsOwnBucketAndCookielessRequestsShareTheAddresss() {
        try (RunningApp app = RunningApp.start(Settings.forTests().withRateLimit(1))) {
            String a = browser(app);
            String b = browser(app);
            assertThat(a).isNotEqualTo(b);
            assertThat(statuses(app, a, 5)).containsOnly(200);
            Reply refused = post(app, a);
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.json().get("error").asText()).startsWith("too many requests from your browser");
            assertThat(statuses(app, b, 5)).as("another browser on the same address").containsOnly(200);
            assertThat(statuses(app, null, 5)).as("a script without a cookie").containsOnly(200);
            Reply script = post(app, null);
            assertThat(script.status()).isEqualTo(429);
            assertThat(script.json().get("error").asText()).startsWith("too many requests from your address");
        }
    }

    @Test
    void aForgedOrForeignCookieCountsAsNone() {
        try (RunningApp app = RunningApp.start(Settings.forTests().withRateLimit(1))) {
            String real = browser(app);
            String id = real.substring(real.indexOf('=') + 1, real.indexOf('.'));
            assertThat(statuses(app, null, 5)).containsOnly(200);
            assertThat(post(app, BrowserId.COOKIE + "=" + id + ".forgedsignature00000000").status()).isEqualTo(429);
            assertThat(post(app, BrowserId.COOKIE + "=nodot").status()).isEqualTo(429);
            try (RunningApp other = RunningApp.start(Settings.forTests().withRateLimit(1))) {
                assertThat(statuses(other, null, 5)).containsOnly(200);
                assertThat(post(other, real).status()).as("a cookie signed by another server").isEqualTo(429);
            }
            assertThat(post(app, real).status()).as("the real one still works").isEqualTo(200);
        }
    }

    @Test
    void aFloodWithoutCookiesIsRefusedWhileTheClassOnItsAddressIsNot() {
        try (RunningApp app = RunningApp.start(Settings.forTests().withRateLimit(1))) {
            List<Integer> flood = statuses(app, null, 200);
            assertThat(flood.stream().filter(s -> s == 429).count()).isGreaterThanOrEqualTo(190);
            for (int n = 0; n < 10; n++) {
                assertThat(statuses(app, browser(app), 3)).as("student %d after the flood", n).containsOnly(200);
            }
        }
    }

    @Test
    void anAddressMintingCookiesMeetsItsCeiling() {
        try (RunningApp app = RunningApp.start(Settings.forTests().withRateLimit(1))) {
            int refused = 0;
            for (int n = 0; n < 40 && refused == 0; n++) {
                String cookie = browser(app);
                for (int s : statuses(app, cookie, 4)) {
                    refused += s == 429 ? 1 : 0;
                }
            }
            assertThat(refused).as("160 posts from fresh browsers within a few seconds, ceiling burst 100 + 20/s")
                    .isPositive();
        }
    }

    @Test
    void theApiAndStaticFilesGetNoCookie() {
        try (RunningApp app = RunningApp.start()) {
            assertThat(app.get("/health").headers().allValues("Set-Cookie")).isEmpty();
            assertThat(app.get("/api/exercises").headers().allValues("Set-Cookie")).isEmpty();
            assertThat(app.get("/static/css/app.css").headers().allValues("Set-Cookie")).isEmpty();
        }
    }
}
