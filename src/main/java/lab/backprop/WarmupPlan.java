package lab.backprop;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import lab.backprop.content.Content;
import lab.backprop.exercises.Exercise;
import lab.backprop.hosting.Warmup.Call;
import lab.backprop.i18n.Lang;
import lab.backprop.lessons.Lesson;
import lab.backprop.problem.Json;
import lab.backprop.problem.ProblemJson;
import lab.backprop.web.WebJars;
import lab.backprop.web.lessons.NetworkForm;

/** What the warm-up requests: the pages a class opens first, and the hot paths a class then uses. */
final class WarmupPlan {
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json";

    private WarmupPlan() {
    }

    /**
     * What is rendered before the server says it is ready: the home page and the first lesson in every
     * language — enough to compile every template a class opens first.
     */
    static List<Call> firstPages(Content content) {
        List<Call> pages = new ArrayList<>();
        List<Lesson> lessons = content.lessons().lessons();
        for (Lang lang : Lang.values()) {
            pages.add(Call.get("/?lang=" + lang.code()));
            if (!lessons.isEmpty()) {
                pages.add(Call.get("/lessons/" + lessons.get(0).slug() + "?lang=" + lang.code()));
            }
        }
        return pages;
    }

    /**
     * Every other lesson in every language, the server's default language first: rendered into the page
     * cache in the background right after the server is ready.
     */
    static List<Call> laterPages(Content content, Lang first) {
        List<Call> pages = new ArrayList<>();
        List<Lesson> lessons = content.lessons().lessons();
        List<Lang> langs = new ArrayList<>(List.of(Lang.values()));
        langs.remove(first);
        langs.add(0, first);
        for (Lang lang : langs) {
            for (Lesson lesson : lessons.subList(Math.min(1, lessons.size()), lessons.size())) {
                pages.add(Call.get("/lessons/" + lesson.slug() + "?lang=" + lang.code()));
            }
        }
        return pages;
    }

    /** A lesson's form post and shared link, the JSON step, a worksheet and its check, the static files. */
    static List<Call> hotPaths(Content content, WebJars webJars) {
        List<Call> calls = new ArrayList<>();
        for (Lesson lesson : content.lessons().lessons()) {
            if (lesson.preset() != null && lesson.preset().problem() != null) {
                String query = NetworkForm.fromPreset(lesson.preset()).query();
                calls.add(Call.htmxPost("/lessons/" + lesson.slug(), FORM, query + "&action=step"));
                calls.add(Call.post("/lessons/" + lesson.slug(), FORM, query + "&action=step"));
                calls.add(Call.get("/lessons/" + lesson.slug() + "?" + query));
                ObjectNode problem = ProblemJson.of(lesson.preset().problem());
                calls.add(Call.post("/api/backprop", JSON, problem.toString()));
                ObjectNode check = Json.mapper().createObjectNode();
                check.set("problem", problem);
                check.putObject("answers").putArray("layers");
                calls.add(Call.post("/api/check", JSON, check.toString()));
                break;
            }
        }
        for (Exercise e : content.exercises().all()) {
            calls.add(Call.get("/exercises/" + e.id()));
            calls.add(Call.htmxPost("/exercises/" + e.id(), FORM, "0-net-0=0.5"));
            break;
        }
        calls.add(Call.get("/static/css/app.css"));
        calls.add(Call.get("/static/js/app.js"));
        calls.add(Call.get("/webjars/katex/" + webJars.katex() + "/dist/katex.min.js"));
        calls.add(Call.get("/webjars/katex/" + webJars.katex() + "/dist/katex.min.css"));
        calls.add(Call.get("/webjars/htmx.org/" + webJars.htmx() + "/dist/htmx.min.js"));
        calls.add(Call.get("/webjars/uplot/" + webJars.uplot() + "/dist/uPlot.iife.min.js"));
        calls.add(Call.get("/health"));
        return calls;
    }
}
