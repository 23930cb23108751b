package lab.backprop.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import java.util.stream.Stream;
import lab.backprop.content.ContentRoot;
import lab.backprop.engine.Layer;
import lab.backprop.engine.LayerTrace;
import lab.backprop.engine.Matrix;
import lab.backprop.engine.StepTrace;
import lab.backprop.i18n.Lang;
import lab.backprop.notation.Quantity;
import lab.backprop.problem.Problem;
import lab.backprop.support.ScalarGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The exercises under content/exercises/: all load cleanly and each accepts its own answer key. */
class ShippedExercisesTest {
    static final ExerciseLoader.Result LOADED = ExerciseLoader.load(
            ExerciseFiles.fromDirectory(ContentRoot.builtIn().resolve("exercises")));

    static Stream<Exercise> exercises() {
        return LOADED.catalog().all().stream();
    }

    @Test
    void allLoadWithoutErrorsOrWarnings() {
        assertThat(LOADED.errors()).isEmpty();
        assertThat(LOADED.warnings()).isEmpty();
        assertThat(LOADED.catalog().all()).extracting(Exercise::id).containsExactly(
                "delta-rule", "forward-2-2-1", "output-delta", "gradient-and-update", "hidden-delta",
                "hidden-delta-two-outputs", "full-step-2-2-2", "step-3-2-1", "slope-k", "derivatives",
                "saturated-unit", "saturated-wrong-end", "two-hidden-layers", "two-steps", "gradient-check");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void marksItsOwnAnswerKeyRoundedToItsDecimalsAllCorrect(Exercise e) {
        Marking m = Marker.mark(e, e.problem().step(), key(e), Lang.EN);
        assertThat(m.summary().total()).isPositive();
        assertThat(m.cells()).allSatisfy(c -> assertThat(c.status()).as(c.path()).isEqualTo(Status.CORRECT));
    }

    @Test
    void theSaturatedUnitBarelyLearns() {
        Exercise e = LOADED.catalog().find("saturated-unit").orElseThrow();
        LayerTrace hidden = step(e).layers().get(0);
        assertThat(hidden.derivative().get(0)).isLessThan(0.003);
        assertThat(Math.abs(hidden.delta().get(0))).isLessThan(Math.abs(hidden.delta().get(1)) / 50);
    }

    static StepTrace step(Exercise e) {
        return e.problem().step();
    }

    /**
     * Every asked value of the step, rounded to the exercise's decimals as a student would, computed by
     * the scalar autodiff reference (not by the engine the marker uses): net and out are its nodes'
     * values, g′ its activation nodes' local slopes, δ = −∂E/∂net, ∂E/∂w its leaves' gradients, the
     * update −η·∂E/∂w, and E(t+1) the loss of a second graph built on the new weights; the questions'
     * answers come from {@link ReferenceMeasures}, the same graphs.
     */
    static Answers key(Exercise e) {
        Problem p = e.problem();
        ScalarGraph.Graph g = graph(p, weightsAtT(p), biasesAtT(p));
        double eta = p.learningRate();
        double[][][] w = weightsAfter(p, eta, g);
        double[][] b = biasesAfter(p, eta, g);
        double scale = Math.pow(10, e.decimals());
        List<Map<Quantity, Given>> layers = new ArrayList<>();
        for (int l = 0; l < g.nets().length; l++) {
            int layer = l;
            int units = g.nets()[l].length;
            int inputs = g.weights()[l][0].length;
            Map<Quantity, Given> given = new EnumMap<>(Quantity.class);
            for (Quantity q : Quantity.values()) {
                if (!e.ask().asks(l, q)) {
                    continue;
                }
                Matrix m = switch (q) {
                    case NET -> column(units, j -> g.nets()[layer][j].data);
                    case OUT -> column(units, j -> g.outs()[layer][j].data);
                    case DERIVATIVE -> column(units, j -> g.derivative(layer, j));
                    case DELTA -> column(units, j -> -g.nets()[layer][j].grad);
                    case GRAD_WEIGHTS -> Matrix.generate(units, inputs, (j, i) -> g.weights()[layer][j][i].grad);
                    case GRAD_BIASES -> column(units, j -> g.biases()[layer][j].grad);
                    case WEIGHT_UPDATES -> Matrix.generate(units, inputs, (j, i) -> -eta * g.weights()[layer][j][i].grad);
                    case BIAS_UPDATES -> column(units, j -> -eta * g.biases()[layer][j].grad);
                    case NEW_WEIGHTS -> Matrix.generate(units, inputs, (j, i) -> w[layer][j][i]);
                    case NEW_BIASES -> column(units, j -> b[layer][j]);
                };
                given.put(q, rounded(m, scale));
            }
            layers.add(given);
        }
        double lossAfter = graph(p, w, b).loss().data;
        Map<String, Given> questions = new HashMap<>();
        for (Question q : e.questions()) {
            double answer = q.isChoice()
                    ? q.pick().of(q.choices().stream().mapToDouble(c -> ReferenceMeasures.value(c, p)).toArray())
                    : Math.round(ReferenceMeasures.value(q.answer(), p) * scale) / scale;
            questions.put(q.id(), Given.scalar(answer));
        }
        return new Answers(e.ask().loss() ? Given.scalar(Math.round(g.loss().data * scale) / scale) : null,
                e.ask().lossAfter() ? Given.scalar(Math.round(lossAfter * scale) / scale) : null, layers, questions);
    }

    static ScalarGraph.Graph graph(Problem p, double[][][] w, double[][] b) {
        List<Layer> layers = p.network().layers();
        String[] activations = layers.stream().map(l -> l.activation().id()).toArray(String[]::new);
        return ScalarGraph.build(w, b, activations, p.network().slope(), p.input().toArray(), p.target().toArray());
    }

    /** The weights at time t + 1: those at time t moved by −η·∂E/∂w of graph {@code g}. */
    static double[][][] weightsAfter(Problem p, double eta, ScalarGraph.Graph g) {
        double[][][] w = weightsAtT(p);
        for (int l = 0; l < w.length; l++) {
            for (int j = 0; j < w[l].length; j++) {
                for (int i = 0; i < w[l][j].length; i++) {
                    w[l][j][i] -= eta * g.weights()[l][j][i].grad;
                }
            }
        }
        return w;
    }

    static double[][][] weightsAtT(Problem p) {
        return p.network().layers().stream().map(l -> l.weights().toArray()).toArray(double[][][]::new);
    }

    static double[][] biasesAfter(Problem p, double eta, ScalarGraph.Graph g) {
        double[][] b = biasesAtT(p);
        for (int l = 0; l < b.length; l++) {
            for (int j = 0; j < b[l].length; j++) {
                b[l][j] -= eta * g.biases()[l][j].grad;
            }
        }
        return b;
    }

    static double[][] biasesAtT(Problem p) {
        return p.network().layers().stream().map(l -> l.biases().toArray()).toArray(double[][]::new);
    }

    static Matrix column(int units, IntToDoubleFunction value) {
        return Matrix.generate(units, 1, (j, i) -> value.applyAsDouble(j));
    }

    static Given rounded(Matrix m, double scale) {
        Double[][] rows = new Double[m.rows()][m.columns()];
        for (int j = 0; j < m.rows(); j++) {
            for (int i = 0; i < m.columns(); i++) {
                rows[j][i] = Math.round(m.get(j, i) * scale) / scale;
            }
        }
        return Given.matrix(rows);
    }
}
