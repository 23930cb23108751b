package lab.backprop.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import lab.backprop.engine.Backprop;
import lab.backprop.engine.LayerTrace;
import lab.backprop.engine.Matrix;
import lab.backprop.engine.StepTrace;
import lab.backprop.engine.Vec;
import lab.backprop.i18n.Lang;
import lab.backprop.notation.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The exercises under content/exercises/: all load cleanly and each accepts its own answer key. */
class ShippedExercisesTest {
    static final ExerciseLoader.Result LOADED = ExerciseLoader.load(
            ExerciseFiles.fromClasspath(ShippedExercisesTest.class.getClassLoader(), ExerciseFiles.BUILT_IN));

    static Stream<Exercise> exercises() {
        return LOADED.catalog().all().stream();
    }

    @Test
    void allLoadWithoutErrorsOrWarnings() {
        assertThat(LOADED.errors()).isEmpty();
        assertThat(LOADED.warnings()).isEmpty();
        assertThat(LOADED.catalog().all()).extracting(Exercise::id).containsExactly(
                "forward-2-2-1", "output-delta", "hidden-delta", "full-step-2-2-2", "step-3-2-1", "slope-k",
                "saturated-unit", "delta-rule", "gradient-and-update");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void marksItsOwnAnswerKeyRoundedToItsDecimalsAllCorrect(Exercise e) {
        Marking m = Marker.mark(e.problem(), e.problem().step(), key(e), e.tolerance(), Lang.EN);
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
        return Backprop.step(e.problem().network(), e.problem().input(), e.problem().target(),
                e.problem().learningRate());
    }

    /** Every asked value of the true step, rounded to the exercise's decimals as a student would. */
    static Answers key(Exercise e) {
        StepTrace t = step(e);
        double scale = Math.pow(10, e.decimals());
        List<Map<Quantity, Given>> layers = new ArrayList<>();
        for (int l = 0; l < t.layers().size(); l++) {
            LayerTrace lt = t.layers().get(l);
            Map<Quantity, Given> given = new EnumMap<>(Quantity.class);
            for (Quantity q : Quantity.values()) {
                if (e.ask().asks(l, q)) {
                    given.put(q, rounded(value(lt, q), scale));
                }
            }
            layers.add(given);
        }
        return new Answers(e.ask().loss() ? Given.scalar(Math.round(t.loss() * scale) / scale) : null,
                e.ask().lossAfter() ? Given.scalar(Math.round(t.lossAfter() * scale) / scale) : null, layers);
    }

    static Matrix value(LayerTrace t, Quantity q) {
        return switch (q) {
            case NET -> column(t.net());
            case OUT -> column(t.out());
            case DERIVATIVE -> column(t.derivative());
            case DELTA -> column(t.delta());
            case GRAD_WEIGHTS -> t.gradWeights();
            case GRAD_BIASES -> column(t.gradBiases());
            case WEIGHT_UPDATES -> t.weightUpdates();
            case BIAS_UPDATES -> column(t.biasUpdates());
            case NEW_WEIGHTS -> t.newWeights();
            case NEW_BIASES -> column(t.newBiases());
        };
    }

    static Matrix column(Vec v) {
        return Matrix.generate(v.size(), 1, (j, i) -> v.get(j));
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
