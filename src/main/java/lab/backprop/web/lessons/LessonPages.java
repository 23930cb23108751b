package lab.backprop.web.lessons;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.Map;
import lab.backprop.engine.Network;
import lab.backprop.exercises.ExerciseCatalog;
import lab.backprop.i18n.Lang;
import lab.backprop.lessons.Lesson;
import lab.backprop.lessons.LessonCatalog;
import lab.backprop.problem.Limits;
import lab.backprop.problem.Problem;
import lab.backprop.web.Downloads;
import lab.backprop.web.Language;
import lab.backprop.web.Numbers;
import lab.backprop.web.Site;
import lab.backprop.worked.Format;
import lab.backprop.worked.Handout;

/**
 * The lesson pages: each lesson with its widget, and the widget's form posts. Handlers are thin:
 * choose the language, compute the widget, render a template (a posted step's widget is written by
 * {@link WidgetMarkup} alone).
 */
public final class LessonPages {
    private final LessonCatalog catalog;
    private final ExerciseCatalog exercises;
    private final Site site;

    /** The lesson pages, each ending with the exercises that name it as their lesson. */
    public LessonPages(LessonCatalog catalog, ExerciseCatalog exercises, Site site) {
        this.catalog = catalog;
        this.exercises = exercises;
        this.site = site;
    }

    public void register(JavalinConfig config) {
        config.routes.get("/lessons/{slug}", this::lesson);
        config.routes.post("/lessons/{slug}", this::submit);
        for (Format format : Format.values()) {
            config.routes.get("/lessons/{slug}/step." + format.extension(), ctx -> download(ctx, format));
        }
    }


    /**
     * A lesson page. As it starts (no query but {@code lang}) it is the same for every visitor and comes
     * from the page cache; a shared network ({@code ?layers=}) or slope ({@code ?k=}) is computed for
     * this request.
     */
    private void lesson(Context ctx) {
        Lesson lesson = find(ctx);
        site.renderShared(ctx, "lesson", () -> {
            Map<String, Object> model = lessonModel(ctx, lesson);
            if (lesson.widget() == Lesson.Widget.SIGMOID) {
                model.put("sigmoid", sigmoid(ctx.queryParam("k")));
            } else if (lesson.widget() == Lesson.Widget.GRADIENT_CHECK) {
                GradientCheckView check = GradientCheckView.of(lesson, ctx::queryParam, Language.of(ctx));
                model.put("check", check);
                // htmx swaps only a 2xx answer: it gets the error beside its field like a browser without JavaScript.
                if (check.hasError() && !"true".equals(ctx.header("HX-Request"))) {
                    ctx.status(400);
                }
            } else if (lesson.preset() != null) {
                Widget widget = ctx.queryParam("layers") == null ? LessonWidgets.preset(lesson)
                        : LessonWidgets.compute(lesson, ctx::queryParam, null);
                putWidget(model, ctx, lesson, widget);
                if (widget.hasError()) {
                    ctx.status(400);
                }
            }
            return model;
        });
    }

    /**
     * A form post. With JavaScript (htmx sends HX-Request) the widget fragment comes back in place and
     * the address bar gets the shareable URL; without, a valid post is redirected to that URL and an
     * invalid one shows the page with the error beside its field.
     */
    private void submit(Context ctx) {
        Lesson lesson = find(ctx);
        if (lesson.preset() == null || lesson.widget() == Lesson.Widget.GRADIENT_CHECK) {
            throw new NotFoundResponse("this lesson has no network to submit");
        }
        Widget widget = LessonWidgets.compute(lesson, ctx::formParam, ctx.formParam("action"));
        String url = ctx.contextPath() + "/lessons/" + lesson.slug() + "?" + widget.shareQuery();
        if ("true".equals(ctx.header("HX-Request"))) {
            if (!widget.hasError()) {
                ctx.header("HX-Push-Url", url);
            }
            ctx.html(WidgetMarkup.of(widget, lesson, ctx.contextPath(), Language.of(ctx)));
        } else if (!widget.hasError()) {
            ctx.redirect(url + "#results", HttpStatus.SEE_OTHER);
        } else {
            Map<String, Object> model = lessonModel(ctx, lesson);
            putWidget(model, ctx, lesson, widget);
            ctx.status(400);
            ctx.render("lesson", model);
        }
    }

    /**
     * The lesson's network as a file: the preset, or the network of a shared link's query (validated as
     * the page validates it; a bad one is the page's 400).
     */
    private void download(Context ctx, Format format) {
        Lesson lesson = find(ctx);
        if (lesson.widget() != Lesson.Widget.NETWORK) {
            throw new NotFoundResponse("this lesson has no network step to download");
        }
        Problem problem = LessonWidgets.problem(lesson, ctx::queryParam);
        Lang lang = Language.of(ctx);
        Handout handout = new Handout(lesson.title(lang), problem, problem.step(), Numbers.DECIMALS, lang);
        Downloads.send(ctx, handout, format, lesson.slug() + "-step");
    }

    /** The widget, and its markup for the page (the same as a posted step's answer). */
    private static void putWidget(Map<String, Object> model, Context ctx, Lesson lesson, Widget widget) {
        model.put("widget", widget);
        model.put("widgetMarkup", WidgetMarkup.of(widget, lesson, ctx.contextPath(), (Lang) model.get("lang")));
    }

    private Lesson find(Context ctx) {
        return catalog.bySlug(ctx.pathParam("slug"))
                .orElseThrow(() -> new NotFoundResponse("no lesson is called '" + ctx.pathParam("slug") + "'"));
    }

    private Map<String, Object> lessonModel(Context ctx, Lesson lesson) {
        Map<String, Object> model = site.base(ctx);
        model.put("lesson", lesson);
        model.put("previous", catalog.previous(lesson).orElse(null));
        model.put("next", catalog.next(lesson).orElse(null));
        model.put("practice", exercises.forLesson(lesson.slug()));
        model.put("variantShape", shape(lesson));
        return model;
    }

    /** The lesson's network shape for "make my own variant" (2-2-1, the app's example, when it has none). */
    private static String shape(Lesson lesson) {
        if (lesson.preset() == null || lesson.preset().problem() == null) {
            return "2-2-1";
        }
        Network network = lesson.preset().problem().network();
        StringBuilder shape = new StringBuilder().append(network.inputSize());
        network.layers().forEach(layer -> shape.append('-').append(layer.size()));
        return shape.toString();
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
