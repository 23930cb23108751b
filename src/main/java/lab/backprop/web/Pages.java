package lab.backprop.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.Map;
import lab.backprop.i18n.Lang;
import lab.backprop.lessons.Lesson;
import lab.backprop.lessons.LessonCatalog;
import lab.backprop.problem.Limits;

/**
 * The HTML pages: the home page with the table of contents, and each lesson with its widget. Handlers
 * are thin: choose the language, compute the widget, render a template.
 */
public final class Pages {
    private final LessonCatalog catalog;
    private final WebJars webJars = WebJars.locate();

    public Pages(LessonCatalog catalog) {
        this.catalog = catalog;
    }

    public void register(JavalinConfig config) {
        config.routes.get("/", this::home);
        config.routes.get("/lessons/{slug}", this::lesson);
        config.routes.post("/lessons/{slug}", this::submit);
    }

    /** An error as a page in the visitor's language (used by the one error mapper). */
    public void error(Context ctx, int status, String message) {
        Map<String, Object> model = base(ctx);
        model.put("status", status);
        model.put("message", message);
        ctx.status(status);
        ctx.render(status == 429 || status == 503 ? "refused" : "error", model);
    }

    private void home(Context ctx) {
        ctx.render("home", base(ctx));
    }

    private void lesson(Context ctx) {
        Lesson lesson = find(ctx);
        Map<String, Object> model = lessonModel(ctx, lesson);
        if (lesson.widget() == Lesson.Widget.SIGMOID) {
            model.put("sigmoid", sigmoid(ctx.queryParam("k")));
        } else if (lesson.preset() != null) {
            boolean submitted = ctx.queryParam("layers") != null;
            Widget widget = submitted ? LessonWidgets.compute(lesson, ctx::queryParam, null)
                    : LessonWidgets.preset(lesson);
            model.put("widget", widget);
            if (widget.hasError()) {
                ctx.status(400);
            }
        }
        ctx.render("lesson", model);
    }

    /**
     * A form post. With JavaScript (htmx sends HX-Request) the widget fragment comes back in place and
     * the address bar gets the shareable URL; without, a valid post is redirected to that URL and an
     * invalid one shows the page with the error beside its field.
     */
    private void submit(Context ctx) {
        Lesson lesson = find(ctx);
        if (lesson.preset() == null) {
            throw new NotFoundResponse("this lesson has no network to submit");
        }
        Widget widget = LessonWidgets.compute(lesson, ctx::formParam, ctx.formParam("action"));
        String url = ctx.contextPath() + "/lessons/" + lesson.slug() + "?" + widget.shareQuery();
        Map<String, Object> model = lessonModel(ctx, lesson);
        model.put("widget", widget);
        if ("true".equals(ctx.header("HX-Request"))) {
            if (!widget.hasError()) {
                ctx.header("HX-Push-Url", url);
            }
            ctx.render("lesson :: widget", model);
        } else if (!widget.hasError()) {
            ctx.redirect(url + "#results", HttpStatus.SEE_OTHER);
        } else {
            ctx.status(400);
            ctx.render("lesson", model);
        }
    }

    private Lesson find(Context ctx) {
        return catalog.bySlug(ctx.pathParam("slug"))
                .orElseThrow(() -> new NotFoundResponse("no lesson is called '" + ctx.pathParam("slug") + "'"));
    }

    private Map<String, Object> lessonModel(Context ctx, Lesson lesson) {
        Map<String, Object> model = base(ctx);
        model.put("lesson", lesson);
        model.put("previous", catalog.previous(lesson).orElse(null));
        model.put("next", catalog.next(lesson).orElse(null));
        return model;
    }

    /** The model every page needs: language, lesson list, path and asset versions. */
    Map<String, Object> base(Context ctx) {
        Map<String, Object> model = new HashMap<>();
        Lang lang = Language.of(ctx);
        model.put("lang", lang);
        model.put("otherLang", lang == Lang.KO ? Lang.EN : Lang.KO);
        model.put("lessons", catalog.lessons());
        model.put("path", ctx.path().substring(ctx.contextPath().length())); // @{...} adds the base path back
        model.put("webjars", webJars.asMap());
        return model;
    }

    private static Map<String, Object> sigmoid(String kText) {
        Map<String, Object> m = new HashMap<>();
        double k = 1;
        String error = null;
        if (kText != null && !kText.isBlank()) {
            try {
                k = Double.parseDouble(kText.trim());
                if (!(k > 0 && k <= Limits.MAX_SLOPE)) {
                    error = "k must be greater than 0 and at most " + (int) Limits.MAX_SLOPE;
                    k = 1;
                }
            } catch (NumberFormatException e) {
                error = "k must be a number, not '" + kText + "'";
            }
        }
        m.put("k", Numbers.exact(k));
        m.put("kValue", k);
        m.put("maxDerivative", Numbers.format(k / 4));
        m.put("table", SigmoidTables.of(k));
        m.put("error", error);
        return m;
    }
}
