package lab.backprop.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lab.backprop.config.Settings;
import lab.backprop.support.RunningApp.Reply;
import lab.backprop.support.RunningApp;
import lab.backprop.web.WebJars;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** --base-path /backprop: everything is served, and links, under the prefix. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BasePathTest {
    static final String FORM = "layers=2,2,1&g-0=sigmoid&g-1=sigmoid&slope=1&eta=0.5&x-0=1&x-1=0.5&d-0=1"
            + "&b-0-0=0.1&w-0-0-0=0.5&w-0-0-1=-0.3&b-0-1=-0.1&w-0-1-0=0.2&w-0-1-1=0.4&b-1-0=0.2&w-1-0-0=1.25&w-1-0-1=-0.5";

    RunningApp app;

    @BeforeAll
    void start() {
        app = RunningApp.start(Settings.forTests().withBasePath("/backprop/"));
    }

    @AfterAll
    void stop() {
        app.close();
    }

    Reply postForm(String path, boolean htmx) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(FORM));
        if (htmx) {
            b.header("HX-Request", "true");
        }
        return app.send(b.build());
    }

    @Test
    void everyLinkAndAssetOnAPageCarriesThePrefixAndResolves() {
        String page = app.get("/backprop/lessons/summary").body();
        Matcher m = Pattern.compile("(?:href|src|data-api|data-base)=\"(/[^\"]*)\"").matcher(page);
        int links = 0;
        while (m.find()) {
            String url = m.group(1).replace("&amp;", "&");
            assertThat(url).as("link").startsWith("/backprop/");
            assertThat(app.get(url).status()).as(url).isEqualTo(200);
            links++;
        }
        assertThat(links).isGreaterThan(20);
        assertThat(page).contains("href=\"/backprop/lessons/feed-forward\"") // lesson text (Markdown)
                .contains("data-base=\"/backprop/\"")
                .contains("href=\"/backprop/lessons/summary?lang=en\"");
        assertThat(app.get("/backprop/lessons/activation-derivative").body()).contains("data-api=\"/backprop/api/activation\"");
    }

    @Test
    void theApiStaticFilesAndWebJarsAreUnderThePrefixOnly() {
        assertThat(app.postJson("/backprop/api/delta-rule", "{\"weights\": [[0.2]], \"input\": [1], \"target\": [1],"
                + " \"learningRate\": 0.5}").status()).isEqualTo(200);
        assertThat(app.get("/backprop/api/nope").json().get("error").asText()).contains("not found");
        assertThat(app.get("/backprop/static/js/app.js").status()).isEqualTo(200);
        assertThat(app.get("/backprop/webjars/htmx.org/" + WebJars.locate().htmx() + "/dist/htmx.min.js").status())
                .isEqualTo(200);
        for (String outside : new String[] {"/", "/lessons/feed-forward", "/api/exercises", "/static/js/app.js"}) {
            Reply r = app.get(outside);
            assertThat(r.status()).as(outside).isEqualTo(404);
            assertThat(r.header("Content-Security-Policy")).as(outside).isNotNull();
        }
        assertThat(app.get("/backprop").status()).isEqualTo(301);
    }

    @Test
    void formRedirectsAndPushedUrlsKeepThePrefix() {
        Reply plain = postForm("/backprop/lessons/weight-update", false);
        assertThat(plain.status()).isEqualTo(303);
        assertThat(plain.header("Location")).startsWith("/backprop/lessons/weight-update?layers=2,2,1&")
                .contains("w-1-0-0=1.25");
        assertThat(app.get(plain.header("Location").replace("#results", "")).status()).isEqualTo(200);

        Reply htmx = postForm("/backprop/lessons/weight-update", true);
        assertThat(htmx.header("HX-Push-Url")).startsWith("/backprop/lessons/weight-update?layers=2,2,1&");
        assertThat(htmx.body()).contains("hx-post=\"/backprop/lessons/weight-update\"",
                "action=\"/backprop/lessons/weight-update\"", "href=\"/backprop/lessons/weight-update?layers=2,2,1&amp;");
    }

    @Test
    void theLanguageCookieIsScopedToThePrefix() {
        assertThat(app.get("/backprop/?lang=en").headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("lang=en").contains("Path=/backprop;"))
                .anySatisfy(c -> assertThat(c).startsWith("bl-browser=").contains("Path=/backprop;"));
    }
}
