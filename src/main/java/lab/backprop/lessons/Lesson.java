package lab.backprop.lessons;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;

/**
 * One lesson, loaded from {@code content/lessons/NN-slug/}: its place in the lecture, its titles and
 * summaries, its body as HTML in each language, and the interactive widget it shows.
 *
 * @param slug     the URL name, /lessons/{slug}
 * @param order    NN, the position in the lecture
 * @param preset   the network (a /api/backprop or /api/delta-rule request) the widget starts with, or null
 */
public record Lesson(
        String slug,
        int order,
        Map<Lang, String> titles,
        Map<Lang, String> summaries,
        Map<Lang, String> html,
        Widget widget,
        Set<Focus> focus,
        JsonNode preset) {

    /** The interactive part under the text. */
    public enum Widget {
        NONE, DELTA_RULE, NETWORK, SIGMOID;

        /** The name used in lesson.yaml: none, delta-rule, network, sigmoid. */
        public String id() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    /** Which groups of result tables a network widget shows. */
    public enum Focus {
        FORWARD, LOSS, DELTA, GRADIENT, UPDATE;

        public String id() {
            return name().toLowerCase();
        }
    }

    public Lesson {
        titles = Map.copyOf(titles);
        summaries = Map.copyOf(summaries);
        html = Map.copyOf(html);
        focus = Set.copyOf(focus);
    }

    public String title(Lang lang) {
        return titles.get(lang);
    }

    public String summary(Lang lang) {
        return summaries.get(lang);
    }

    public String html(Lang lang) {
        return html.get(lang);
    }

    /** Whether the widget shows this group of tables (for use in templates: shows('delta')). */
    public boolean shows(String focusId) {
        return focus.stream().anyMatch(f -> f.id().equals(focusId));
    }
}
