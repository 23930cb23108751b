package lab.backprop.lessons;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lab.backprop.i18n.Lang;
import lab.backprop.problem.DeltaRuleReader;
import lab.backprop.problem.Problem;

/**
 * One lesson, loaded from {@code content/lessons/NN-slug/}: its place in the lecture, its titles and
 * summaries, its body as HTML in each language, and the interactive widget it shows.
 *
 * @param slug     the URL name, /lessons/{slug}
 * @param order    NN, the position in the lecture
 * @param preset   the network the widget starts with, validated once at load, or null
 */
public record Lesson(
        String slug,
        int order,
        Map<Lang, String> titles,
        Map<Lang, String> summaries,
        Map<Lang, String> html,
        Widget widget,
        Set<Focus> focus,
        Preset preset) {

    /**
     * The network a widget starts with, validated at load: a multilayer problem (network widget) or the
     * delta rule's single layer; exactly one is set.
     */
    public record Preset(Problem problem, DeltaRuleReader.SingleLayer singleLayer) {
        public Preset {
            if ((problem == null) == (singleLayer == null)) {
                throw new IllegalArgumentException("a preset is either a network problem or a single layer");
            }
        }
    }

    /** The interactive part under the text. */
    public enum Widget {
        NONE, DELTA_RULE, NETWORK, SIGMOID, GRADIENT_CHECK;

        /** The name used in lesson.yaml: none, delta-rule, network, sigmoid, gradient-check. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Which groups of result tables a network widget shows. */
    public enum Focus {
        FORWARD, LOSS, DELTA, GRADIENT, UPDATE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
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

    /** Whether the widget shows this group of tables. */
    public boolean shows(Focus group) {
        return focus.contains(group);
    }
}
