package lab.backprop.web.exercises;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lab.backprop.exercises.Exercise;
import lab.backprop.i18n.Lang;
import lab.backprop.lessons.MathMarkdown;

/**
 * An exercise's instructions as the page shows them: the authored Markdown with {@code $…$} TeX,
 * rendered by the lessons' renderer (raw HTML escaped, math left in {@code .math} spans for KaTeX).
 */
final class Instructions {
    private final Map<String, MathMarkdown> byBasePath = new ConcurrentHashMap<>();

    /** The instructions of {@code e} in {@code lang}, with root-relative links under {@code basePath}. */
    String html(Exercise e, Lang lang, String basePath) {
        return byBasePath.computeIfAbsent(basePath, MathMarkdown::new).render(e.instructions().text(lang));
    }

    /** The text of each of the exercise's questions by id, rendered like the instructions. */
    Map<String, String> questions(Exercise e, Lang lang, String basePath) {
        MathMarkdown markdown = byBasePath.computeIfAbsent(basePath, MathMarkdown::new);
        Map<String, String> out = new LinkedHashMap<>();
        e.questions().forEach(q -> out.put(q.id(), markdown.render(q.text().text(lang))));
        return out;
    }

    /** Each exercise's instructions by id, in the catalogue's order. */
    Map<String, String> html(List<Exercise> exercises, Lang lang, String basePath) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Exercise e : exercises) {
            out.put(e.id(), html(e, lang, basePath));
        }
        return out;
    }
}
