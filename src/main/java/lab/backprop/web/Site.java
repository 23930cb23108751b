package lab.backprop.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import lab.backprop.i18n.Lang;
import lab.backprop.lessons.Lesson;
import lab.backprop.lessons.LessonCatalog;

/**
 * What every page shares: the model every template needs (language, the lessons for the contents,
 * the path, asset versions), the home page, and errors as pages. The rooms of the site
 * ({@code web.lessons}, {@code web.exercises}) build their pages on {@link #base}.
 */
public final class Site {
    private final LessonCatalog catalog;
    private final Templates templates;
    private final PageCache cache = new PageCache();
    private final WebJars webJars = WebJars.locate();

    public Site(LessonCatalog catalog, Templates templates) {
        this.catalog = catalog;
        this.templates = templates;
    }

    public void register(JavalinConfig config) {
        config.routes.get("/", this::home);
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
        renderShared(ctx, "home", () -> base(ctx));
    }

    /**
     * Renders a page that is the same for every visitor of a language when the request asks nothing
     * else of it (no query but {@code lang}): from the {@link PageCache}, rendered once. With any other
     * query the page is rendered for this request, as usual.
     */
    public void renderShared(Context ctx, String template, Supplier<Map<String, Object>> model) {
        if (!ctx.queryParamMap().keySet().stream().allMatch("lang"::equals)) {
            ctx.render(template, model.get());
            return;
        }
        Lang lang = Language.of(ctx);
        String key = ctx.path() + "|" + template + "|" + lang.code();
        cache.serve(ctx, key, () -> templates.render(template, model.get(), ctx));
    }

    /** The pages rendered once so far. */
    public int sharedPages() {
        return cache.size();
    }

    /** The lesson shown under this slug, if there is one ("" is none). */
    public Optional<Lesson> lesson(String slug) {
        return catalog.bySlug(slug);
    }

    /** The model every page needs: language, lesson list, path and asset versions. */
    public Map<String, Object> base(Context ctx) {
        Map<String, Object> model = new HashMap<>();
        Lang lang = Language.of(ctx);
        model.put("lang", lang);
        model.put("otherLang", lang == Lang.KO ? Lang.EN : Lang.KO);
        model.put("lessons", catalog.lessons());
        model.put("path", ctx.path().substring(ctx.contextPath().length())); // @{...} adds the base path back
        model.put("webjars", webJars.asMap());
        return model;
    }
}
