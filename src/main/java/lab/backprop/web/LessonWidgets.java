package lab.backprop.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import lab.backprop.api.StepView;
import lab.backprop.engine.Backprop;
import lab.backprop.engine.DeltaRule;
import lab.backprop.engine.StepTrace;
import lab.backprop.engine.Training;
import lab.backprop.lessons.Lesson;
import lab.backprop.problem.DeltaRuleReader;
import lab.backprop.problem.InvalidRequest;
import lab.backprop.problem.Problem;
import lab.backprop.problem.ProblemReader;

/** Computes a lesson's widget from the submitted form, through the same validator and engine as the API. */
public final class LessonWidgets {
    /** Steps in the loss-curve plot. */
    static final int CURVE_STEPS = 30;

    private LessonWidgets() {
    }

    /** The form a lesson starts with. */
    public static NetworkForm presetForm(Lesson lesson) {
        return NetworkForm.fromRequest(kind(lesson), lesson.preset());
    }

    /**
     * The widget for the submitted parameters ({@code param} returns null for an absent one) and the
     * action: "scale-up" or "scale-down" multiply every weight by 2 or ½, "reset" restores the preset.
     */
    public static Widget compute(Lesson lesson, Function<String, String> param, String action) {
        NetworkForm preset = presetForm(lesson);
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
            return lesson.widget() == Lesson.Widget.DELTA_RULE ? deltaRule(form) : network(lesson, form);
        } catch (InvalidRequest e) {
            return failed(form, e.getMessage(), form.fieldOf(e.getMessage()));
        }
    }

    private static Widget network(Lesson lesson, NetworkForm form) {
        Problem p = ProblemReader.read(form.toRequest());
        StepTrace step = Backprop.step(p.network(), p.input(), p.target(), p.learningRate());
        StepView.of(step); // refuses a step that overflowed, as the API does
        List<Table> tables = new ArrayList<>();
        if (lesson.shows("forward")) {
            tables.addAll(StepTables.forward(step));
        }
        if (lesson.shows("loss")) {
            tables.add(StepTables.loss(step, lesson.shows("update")));
        }
        if (lesson.shows("delta")) {
            tables.addAll(StepTables.deltas(step));
        }
        if (lesson.shows("gradient")) {
            tables.addAll(StepTables.gradients(step));
        }
        if (lesson.shows("update")) {
            tables.addAll(StepTables.updates(step, p.learningRate()));
        }
        String curve = null;
        if (lesson.shows("loss") || lesson.shows("update")) {
            curve = Arrays.toString(Training.lossCurve(p.network(), p.input(), p.target(), p.learningRate(),
                    CURVE_STEPS));
        }
        return new Widget(form, tables, Diagram.of(step), curve, null, null, form.query());
    }

    private static Widget deltaRule(NetworkForm form) {
        DeltaRuleReader.SingleLayer p = DeltaRuleReader.read(form.toRequest());
        var trace = DeltaRule.step(p.layer(), p.slope(), p.input(), p.target(), p.learningRate());
        return new Widget(form, DeltaRuleTables.of(trace, p.learningRate()), null, null, null, null, form.query());
    }

    private static Widget failed(NetworkForm form, String error, String field) {
        return new Widget(form, List.of(), null, null, error, field, form.query());
    }

    private static NetworkForm.Kind kind(Lesson lesson) {
        return lesson.widget() == Lesson.Widget.DELTA_RULE ? NetworkForm.Kind.DELTA_RULE : NetworkForm.Kind.NETWORK;
    }
}
