package lab.backprop.web.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import lab.backprop.engine.DeltaRule;
import lab.backprop.engine.StepTrace;
import lab.backprop.engine.Training;
import lab.backprop.lessons.Lesson.Focus;
import lab.backprop.lessons.Lesson;
import lab.backprop.problem.DeltaRuleReader;
import lab.backprop.problem.InvalidInput;
import lab.backprop.problem.Problem;
import lab.backprop.problem.ProblemReader;
import lab.backprop.web.Diagram;
import lab.backprop.web.Numbers;
import lab.backprop.web.Table;

/** Computes a lesson's widget from the submitted form, through the same validator and engine as the API. */
public final class LessonWidgets {
    /** Steps in the loss-curve plot. */
    static final int CURVE_STEPS = 30;

    private LessonWidgets() {
    }

    /** The widget of a lesson as it starts: its preset, validated at load, computed without a form to read. */
    public static Widget preset(Lesson lesson) {
        NetworkForm form = NetworkForm.fromPreset(lesson.preset());
        return lesson.widget() == Lesson.Widget.DELTA_RULE ? deltaRule(form, lesson.preset().singleLayer())
                : network(lesson, form, lesson.preset().problem());
    }

    /**
     * The widget for the submitted parameters ({@code param} returns null for an absent one) and the
     * action: "scale-up" or "scale-down" multiply every weight by 2 or ½, "reset" restores the preset.
     */
    public static Widget compute(Lesson lesson, Function<String, String> param, String action) {
        NetworkForm preset = NetworkForm.fromPreset(lesson.preset());
        NetworkForm form = "reset".equals(action) ? preset : NetworkForm.fromParams(param, preset);
        if ("scale-up".equals(action)) {
            form = form.scaleWeights(2);
        } else if ("scale-down".equals(action)) {
            form = form.scaleWeights(0.5);
        }
        if (form.layersError() != null) {
            return failed(form, form.layersError(), "layers");
        }
        try {
            return lesson.widget() == Lesson.Widget.DELTA_RULE
                    ? deltaRule(form, DeltaRuleReader.read(form.toRequest()))
                    : network(lesson, form, ProblemReader.read(form.toRequest()));
        } catch (InvalidInput e) {
            return failed(form, e.getMessage(), form.fieldOf(e.path()));
        }
    }

    /**
     * The network problem of a lesson link's parameters ({@code param} returns null for an absent one;
     * none at all is the preset), read by the same form and validator as the page; a bad one is an
     * {@link InvalidInput} (the page's 400).
     */
    public static Problem problem(Lesson lesson, Function<String, String> param) {
        NetworkForm form = NetworkForm.fromParams(param, NetworkForm.fromPreset(lesson.preset()));
        if (form.layersError() != null) {
            throw new InvalidInput("layers", form.layersError());
        }
        return ProblemReader.read(form.toRequest());
    }

    private static Widget network(Lesson lesson, NetworkForm form, Problem p) {
        StepTrace step = p.step();
        List<Table> tables = new ArrayList<>();
        if (lesson.shows(Focus.FORWARD)) {
            tables.addAll(StepTables.forward(step));
        }
        if (lesson.shows(Focus.LOSS)) {
            tables.add(StepTables.loss(step, lesson.shows(Focus.UPDATE)));
        }
        if (lesson.shows(Focus.DELTA)) {
            tables.addAll(StepTables.deltas(step));
        }
        if (lesson.shows(Focus.GRADIENT)) {
            tables.addAll(StepTables.gradients(step));
        }
        if (lesson.shows(Focus.UPDATE)) {
            tables.addAll(StepTables.updates(step, p.learningRate()));
        }
        String curve = null;
        if (lesson.shows(Focus.LOSS) || lesson.shows(Focus.UPDATE)) {
            curve = Numbers.list(Training.lossCurve(p.network(), p.input(), p.target(), p.learningRate(),
                    CURVE_STEPS));
        }
        return new Widget(form, tables, Diagram.of(step), curve, null, null, form.query());
    }

    private static Widget deltaRule(NetworkForm form, DeltaRuleReader.SingleLayer p) {
        var trace = DeltaRule.step(p.layer(), p.slope(), p.input(), p.target(), p.learningRate());
        return new Widget(form, DeltaRuleTables.of(trace, p.learningRate()), null, null, null, null, form.query());
    }

    private static Widget failed(NetworkForm form, String error, String field) {
        return new Widget(form, List.of(), null, null, error, field, form.query());
    }
}
