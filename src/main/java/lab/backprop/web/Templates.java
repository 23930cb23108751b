package lab.backprop.web;

import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import lab.backprop.i18n.Lang;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.util.FastStringWriter;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders Thymeleaf templates from {@code templates/} on the classpath. A name like
 * {@code "lesson :: widget"} renders just that fragment (for in-place updates). The model's
 * {@code lang} chooses the language of #{...} messages.
 *
 * <p>Each render writes into a buffer sized to the last render of the same name. Thymeleaf's own starts
 * at 100 characters and is copied at every doubling; for a posted step's 31 KB widget, while it was a
 * template, those copies were about 110 KB of the 1.27 MB it allocated (docs/PERFORMANCE.md, fifth
 * sitting).
 */
public final class Templates implements FileRenderer {
    private static final int FIRST_CAPACITY = 8192;

    private final TemplateEngine engine = new TemplateEngine();
    private final Map<String, Integer> lastLength = new ConcurrentHashMap<>();

    public Templates(Messages messages) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(messages);
    }

    @Override
    public String render(String name, Map<String, ?> model, Context ctx) {
        Lang lang = model.get("lang") instanceof Lang l ? l : Lang.DEFAULT;
        Map<String, Object> variables = new HashMap<>(model);
        var exchange = JakartaServletWebApplication.buildApplication(ctx.req().getServletContext())
                .buildExchange(ctx.req(), ctx.res());
        WebContext context = new WebContext(exchange, lang.locale(), variables);
        FastStringWriter out = new FastStringWriter(lastLength.getOrDefault(name, FIRST_CAPACITY));
        int split = name.indexOf("::");
        if (split < 0) {
            engine.process(name, context, out);
        } else {
            engine.process(name.substring(0, split).trim(), Set.of(name.substring(split + 2).trim()), context, out);
        }
        String html = out.toString();
        lastLength.put(name, html.length() + html.length() / 8);
        return html;
    }
}
