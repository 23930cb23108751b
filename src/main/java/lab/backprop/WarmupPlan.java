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
     * What is rendered before the server says it is ready: the home page and the first lesson in the
     * server's default language, the language a class opens first. That compiles the templates every
     * page shares; everything else follows in the background ({@link #afterReady}).
     */
    static List<Call> firstPages(Content content, Lang lang) {
        List<Call> pages = new ArrayList<>();
        pages.add(home(lang));
        List<Lesson> lessons = content.lessons().lessons();
        if (!lessons.isEmpty()) {
            pages.add(page(lessons.get(0), lang));
        }
        return pages;
    }

    /**
     * What the background warm-up sends once each, right after the server is ready, in the order a class
     * needs it: the other lessons in the default language (a class opens one within seconds), the hot
     * paths (its first posts come a few seconds later), then every page in the other languages.
     */
    static List<Call> afterReady(Content content, Lang first, List<Call> hotPaths) {
        List<Call> calls = new ArrayList<>();
        List<Lesson> lessons = content.lessons().lessons();
        for (Lesson lesson : lessons.subList(Math.min(1, lessons.size()), lessons.size())) {
            calls.add(page(lesson, first));
        }
        calls.addAll(hotPaths);
        for (Lang lang : Lang.values()) {
            if (lang != first) {
                calls.add(home(lang));
                for (Lesson lesson : lessons) {
                    calls.add(page(lesson, lang));
                }
            }
        }
        return calls;
    }

    /** The home page in one language, as the page cache keeps it. */
    private static Call home(Lang lang) {
        return Call.get("/?lang=" + lang.code());
    }

    /** A lesson's page as it starts, in one language: what the page cache keeps. */
    private static Call page(Lesson lesson, Lang lang) {
        return Call.get("/lessons/" + lesson.slug() + "?lang=" + lang.code());
    }

    /**
     * The static files every page loads, and /health: served before ready, for a class's first burst.
     * A copy of the layout's links; {@code WarmupPlanTest} checks it against what the pages load.
     */
    static List<Call> files(WebJars webJars) {
        return List.of(Call.get("/static/css/app.css"), Call.get("/static/js/app.js"),
                Call.get("/webjars/katex/" + webJars.katex() + "/dist/katex.min.js"),
                Call.get("/webjars/katex/" + webJars.katex() + "/dist/katex.min.css"),
                Call.get("/webjars/htmx.org/" + webJars.htmx() + "/dist/htmx.min.js"),
                Call.get("/webjars/uplot/" + webJars.uplot() + "/dist/uPlot.iife.min.js"),
                Call.get("/webjars/uplot/" + webJars.uplot() + "/dist/uPlot.min.css"),
                Call.get("/static/favicon.svg"),
                Call.get("/health"));
    }

    /** A lesson's form post and shared link, the JSON step, a worksheet and its check. */
    static List<Call> hotPaths(Content content) {
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
        return calls;
    }
}
