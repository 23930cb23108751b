package lab.backprop.web.lab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lab.backprop.engine.SplitMix64;
import lab.backprop.problem.Json;
import lab.backprop.support.AppTest;
import lab.backprop.support.RunningApp.Reply;
import org.junit.jupiter.api.Test;

/** The lab page over HTTP: the setup it hands to the script, its errors beside their fields, the no-JS run. */
class LabPagesTest extends AppTest {
    static JsonNode request(Reply page) throws Exception {
        Matcher m = Pattern.compile("data-request=\"([^\"]*)\"").matcher(page.body());
        assertThat(m.find()).as("data-request on the page").isTrue();
        String json = m.group(1).replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
        return Json.mapper().readTree(json);
    }

    static String unescape(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&").replaceAll("\\s+", " ").trim();
    }

    /** The text of the page's form error. */
    static String formError(Reply page) {
        Matcher m = Pattern.compile("<p class=\"form-error\" id=\"form-error\"[^>]*>(.*?)</p>", Pattern.DOTALL).matcher(page.body());
        assertThat(m.find()).as("a form error").isTrue();
        return unescape(m.group(1));
    }

    /** Whether the element with this id is marked invalid. */
    static boolean invalid(Reply page, String id) {
        Matcher m = Pattern.compile("<[a-z]+ [^>]*id=\"" + id + "\"[^>]*>").matcher(page.body());
        assertThat(m.find()).as("element #%s", id).isTrue();
        return m.group().matches("(?s).*class=\"[^\"]*\\binvalid\\b.*");
    }

    /** The section with id "result", its text and its first link and polyline. */
    static String result(Reply page) {
        int start = page.body().indexOf("id=\"result\"");
        assertThat(start).as("a result section").isPositive();
        return page.body().substring(start, page.body().indexOf("</section>", start));
    }

    @Test
    void theDefaultSetupIsXorOnTwoTwoOneWithWeightsFromSeedOne() throws Exception {
        Reply page = app.get("/lab?lang=en");
        assertThat(page.status()).isEqualTo(200);
        JsonNode r = request(page);
        assertThat(r.get("layers").toString()).isEqualTo("[2,2,1]");
        assertThat(r.get("data")).hasSize(4);
        assertThat(r.get("data").get(3).toString()).isEqualTo("{\"input\":[1.0,1.0],\"target\":[0.0]}");
        // The rule: SplitMix64(seed), unit by unit: its weights v_ji, then its bias; each 2u − 1.
        SplitMix64 random = new SplitMix64(1);
        double[] expected = new double[9];
        for (int n = 0; n < 9; n++) {
            expected[n] = random.nextDouble() * 2 - 1;
        }
        JsonNode w = r.get("weights");
        JsonNode b = r.get("biases");
        double[] shown = {w.get(0).get(0).get(0).asDouble(), w.get(0).get(0).get(1).asDouble(), b.get(0).get(0).asDouble(),
                w.get(0).get(1).get(0).asDouble(), w.get(0).get(1).get(1).asDouble(), b.get(0).get(1).asDouble(),
                w.get(1).get(0).get(0).asDouble(), w.get(1).get(0).get(1).asDouble(), b.get(1).get(0).asDouble()};
        assertThat(shown).containsExactly(expected);
        assertThat(r.get("shuffleSeed").asLong()).isEqualTo(7);
        assertThat(r.get("epochs").asInt()).isEqualTo(3000);
        assertThat(app.postJson("/api/train", r.toString()).status()).isEqualTo(200);
    }

    @Test
    void theTwoDimensionalSetsAreTheSameEveryTimeWithAlternatingClassesWhereTheyShouldBe() throws Exception {
        for (String name : new String[] {"blobs", "circles"}) {
            JsonNode first = request(app.get("/lab?data=" + name)).get("data");
            assertThat(request(app.get("/lab?data=" + name)).get("data")).isEqualTo(first);
            assertThat(first).hasSize(100);
            for (int p = 0; p < 100; p++) {
                JsonNode s = first.get(p);
                double r = Math.hypot(s.get("input").get(0).asDouble(), s.get("input").get(1).asDouble());
                if (name.equals("circles")) {
                    // Even points inside (radius below 0.5, d = 1), odd ones on the ring from 0.8 to 1.2 (d = 0).
                    assertThat(s.get("target").get(0).asDouble()).isEqualTo(1 - p % 2);
                    assertThat(r).as("radius of point %d", p).isBetween(p % 2 == 0 ? 0.0 : 0.79, p % 2 == 0 ? 0.51 : 1.21);
                } else {
                    // Even points around (−1, −1) with d = 0, odd ones around (1, 1) with d = 1.
                    assertThat(s.get("target").get(0).asDouble()).isEqualTo(p % 2);
                }
            }
        }
    }

    @Test
    void aPastedTableIsReadAndItsErrorsNameTheRowAndColumn() throws Exception {
        String csv = URLEncoder.encode("x1,x2,x3,d\n1,2,3,1\n# a comment\n\n0.5;-1;2;0\n", StandardCharsets.UTF_8);
        JsonNode data = request(app.get("/lab?data=csv&layers=3,2,1&csv=" + csv)).get("data");
        assertThat(data.toString()).isEqualTo("[{\"input\":[1.0,2.0,3.0],\"target\":[1.0]},"
                + "{\"input\":[0.5,-1.0,2.0],\"target\":[0.0]}]");

        Reply bad = app.get("/lab?lang=en&data=csv&layers=2,2,1&csv=" + URLEncoder.encode("0,0,0\n0,1,1\n1,x,1", StandardCharsets.UTF_8));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(formError(bad)).contains("csv row 3, column 2: 'x' is not a number");
        assertThat(invalid(bad, "f-csv")).isTrue();

        Reply narrow = app.get("/lab?lang=en&data=csv&layers=2,2,1&csv=" + URLEncoder.encode("0,0,0\n0,1", StandardCharsets.UTF_8));
        assertThat(formError(narrow))
                .contains("csv row 2 has 2 columns, expected 3 (2 inputs x, then 1 targets d)");
    }

    @Test
    void theApisErrorsAppearBesideTheirFields() {
        String[][] cases = {
                {"epochs=1000000", "f-epochs", "epochs × samples × weights is 1000000 × 4 × 32"},
                {"eta=0", "f-eta", "learningRate must be greater than 0"},
                {"g=sigmoid,softmax", "f-g", "activations[1] is 'softmax'"},
                {"layers=2,x,1", "f-layers", "layers[1] must be a number, not the string \"x\""},
                {"layers=3,1", "f-layers", "the xor data have 2 inputs and 1 target"},
                {"seed=abc", "f-seed", "seed must be a whole number"},
                {"shuffle=1.5", "f-shuffle", "shuffleSeed must be a whole number"}};
        for (String[] c : cases) {
            Reply r = app.get("/lab?lang=en&" + c[0].replace(",", "%2C"));
            assertThat(r.status()).as(c[0]).isEqualTo(400);
            assertThat(formError(r)).as(c[0]).contains(c[2]);
            assertThat(invalid(r, c[1])).as(c[0]).isTrue();
        }
    }

    @Test
    void aFormPostTrainsOnTheServerLikeTheApi() throws Exception {
        JsonNode api = app.postJson("/api/train", request(app.get("/lab")).toString()).json();
        Reply page = app.post("/lab?lang=en", "application/x-www-form-urlencoded",
                "data=xor&layers=2%2C2%2C1&g=sigmoid&k=1&eta=0.5&epochs=3000&mode=online&shuffle=7&seed=1");
        assertThat(page.status()).isEqualTo(200);
        String result = result(page);
        double last = api.get("lossCurve").get(499).get("loss").asDouble();
        assertThat(unescape(result)).contains("After 3,000 epochs")
                .contains(String.format(java.util.Locale.ROOT, "to %.4f.", last));
        Matcher points = Pattern.compile("points=\"([^\"]*)\"").matcher(result);
        assertThat(points.find()).isTrue();
        assertThat(points.group(1).split(" ")).hasSize(500);
        Matcher link = Pattern.compile("<a href=\"([^\"]*)\"").matcher(result);
        assertThat(link.find()).isTrue();
        String next = link.group(1).replace("&amp;", "&");
        assertThat(next).startsWith("/lessons/weight-update?layers=2,2,1&g-0=sigmoid&g-1=sigmoid&slope=1&eta=0.5&x-0=0&x-1=0&d-0=0")
                .contains("&w-1-0-1=" + api.get("weights").get(1).get(0).get(1).asText());
        assertThat(app.get(next.replace("#results", "")).status()).isEqualTo(200);
    }

    @Test
    void theHomePageAndLessonsEightToTenLinkHere() {
        assertThat(app.get("/?lang=en").body()).contains("href=\"/lab\"");
        assertThat(app.get("/lessons/vanishing-derivative?lang=ko").body())
                .contains("/lab?data=xor&amp;layers=2,8,8,8,8,1&amp;g=sigmoid&amp;epochs=300#compare");
        for (String slug : new String[] {"activation-derivative", "summary"}) {
            for (String lang : new String[] {"ko", "en"}) {
                assertThat(app.get("/lessons/" + slug + "?lang=" + lang).body()).as(slug).contains("href=\"/lab");
            }
        }
    }
}
