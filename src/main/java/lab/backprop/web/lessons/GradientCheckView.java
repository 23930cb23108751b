package lab.backprop.web.lessons;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lab.backprop.engine.GradientCheck;
import lab.backprop.engine.LayerTrace;
import lab.backprop.engine.StepTrace;
import lab.backprop.i18n.Lang;
import lab.backprop.i18n.Texts;
import lab.backprop.lessons.Lesson;
import lab.backprop.notation.Role;
import lab.backprop.notation.Subscripts;
import lab.backprop.notation.Symbols;
import lab.backprop.problem.Problem;
import lab.backprop.web.Numbers;

/**
 * The gradient-check widget of a lesson: which weight to nudge ({@code weight}, a network form field name
 * such as {@code w-1-0-0} or {@code b-0-1}) and by how much ({@code eps}), read from the page's query,
 * and the {@link GradientCheck} of the lesson's preset network, or the error with the field it is about.
 * The step tables of the lesson's focus groups come with it, so −Δ·z can be read off beside the estimate.
 *
 * @param connections the weights to choose from, grouped by layer, labelled in the lecture's symbols
 * @param weight      the chosen field name, as typed
 * @param epsilon     ε as typed
 * @param check       the result, or null when there is an error
 * @param errorField  "weight" or "eps", or null
 * @param step        the preset's step, whose tables (the lesson's focus groups) are shown in {@code tables}
 */
public record GradientCheckView(List<FormLayout.Connection> connections, String weight, String weightLabel,
                                String epsilon, GradientCheck check, String error, String errorField,
                                StepTrace step, Widget tables) {
    /** The ε a student can pick with one click; any other in (0, {@link #MAX_EPSILON}] may be typed. */
    public static final List<String> EPSILONS = List.of("1", "1e-1", "1e-2", "1e-3", "1e-4", "1e-5", "1e-6", "1e-7",
            "1e-8", "1e-9", "1e-10", "1e-11", "1e-12", "1e-13");
    /** The largest ε accepted. */
    public static final double MAX_EPSILON = 10;
    private static final String DEFAULT_EPSILON = "1e-5";
    private static final Pattern FIELD = Pattern.compile("w-(\\d+)-(\\d+)-(\\d+)|b-(\\d+)-(\\d+)");

    public boolean hasError() {
        return error != null;
    }

    /**
     * The widget for the query's {@code weight} and {@code eps} ({@code param} returns null for an absent
     * one: then the first weight into the output and ε = 1e-5).
     */
    public static GradientCheckView of(Lesson lesson, Function<String, String> param, Lang lang) {
        Problem p = lesson.preset().problem();
        NetworkForm form = NetworkForm.fromPreset(lesson.preset());
        List<FormLayout.Connection> connections = form.layout().connections();
        Widget tables = LessonWidgets.preset(lesson);
        StepTrace step = p.step();
        int last = p.network().layers().size() - 1;
        String weight = orDefault(param.apply("weight"), "w-" + last + "-0-0");
        String epsText = orDefault(param.apply("eps"), DEFAULT_EPSILON);
        String label = labelOf(connections, weight);
        Matcher m = FIELD.matcher(weight);
        if (label == null || !m.matches()) {
            return new GradientCheckView(connections, weight, null, epsText, null,
                    Texts.get().of(lang, "check.weightError", weight), "weight", step, tables);
        }
        double eps = parse(epsText);
        if (!(eps > 0 && eps <= MAX_EPSILON)) {
            return new GradientCheckView(connections, weight, label, epsText, null,
                    Texts.get().of(lang, "check.epsError", epsText, Numbers.exact(MAX_EPSILON)), "eps", step, tables);
        }
        boolean bias = m.group(4) != null;
        int layer = Integer.parseInt(bias ? m.group(4) : m.group(1));
        int unit = Integer.parseInt(bias ? m.group(5) : m.group(2));
        int from = bias ? GradientCheck.BIAS : Integer.parseInt(m.group(3));
        GradientCheck check = GradientCheck.of(p.network(), p.input(), p.target(), layer, unit, from, eps);
        return new GradientCheckView(connections, weight, label, epsText, check, null, null, step, tables);
    }

    /** The ε choices of the field's list. */
    public List<String> epsilons() {
        return EPSILONS;
    }

    /** E₊ in full, so that a tiny ε shows how few of the digits of E₊ and E₋ differ. */
    public String lossPlusText() {
        return Numbers.shortest(check.lossPlus());
    }

    /** E₋ in full. */
    public String lossMinusText() {
        return Numbers.shortest(check.lossMinus());
    }

    /** (E₊ − E₋)/2ε to ten decimals. */
    public String estimateText() {
        return String.format(Locale.ROOT, "%.10f", check.estimate());
    }

    /** ∂E/∂w of the backward pass to ten decimals. */
    public String analyticText() {
        return String.format(Locale.ROOT, "%.10f", check.analytic());
    }

    /** The estimate minus ∂E/∂w, in scientific notation with two significant digits. */
    public String differenceText() {
        return String.format(Locale.ROOT, "%.1e", check.difference());
    }

    /**
     * Where ∂E/∂w comes from, in the tables' four decimals: −(error signal)·(input), e.g.
     * "−Δ₁ · z₁ = −(0.1056) × 0.6106"; a bias's input is 1.
     */
    public String productText() {
        Role role = Role.of(check.layer(), step.layers().size());
        LayerTrace t = step.layers().get(check.layer());
        String signal = Subscripts.of(role.delta(), check.unit() + 1);
        double delta = t.delta().get(check.unit());
        if (check.isBias()) {
            return "−" + signal + " = −(" + Numbers.format(delta) + ")";
        }
        String input = Subscripts.of(Symbols.input(check.layer()), check.from() + 1);
        return "−" + signal + " · " + input + " = −(" + Numbers.format(delta) + ") × "
                + Numbers.format(t.input().get(check.from()));
    }

    private static String labelOf(List<FormLayout.Connection> connections, String name) {
        for (FormLayout.Connection c : connections) {
            for (FormLayout.Row r : c.rows()) {
                for (FormLayout.Field f : r.fields()) {
                    if (f.name().equals(name)) {
                        return f.label();
                    }
                }
            }
        }
        return null;
    }

    private static String orDefault(String given, String fallback) {
        return given == null || given.isBlank() ? fallback : given.trim();
    }

    private static double parse(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
