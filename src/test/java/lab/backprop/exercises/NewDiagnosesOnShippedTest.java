package lab.backprop.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import lab.backprop.engine.Activation;
import lab.backprop.engine.LayerTrace;
import lab.backprop.engine.Matrix;
import lab.backprop.engine.StepTrace;
import lab.backprop.i18n.Lang;
import lab.backprop.notation.Quantity;
import lab.backprop.problem.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The two new slips made in every asked cell of every shipped exercise where they can be made, and
 * written rounded to the exercise's decimals as a student would: each is named by its own diagnosis
 * (never taken for an older one, even where two slips land within the tolerance of each other), or,
 * where it gives the right number within the tolerance, simply marked correct.
 */
class NewDiagnosesOnShippedTest {
    static Stream<Exercise> exercises() {
        return ShippedExercisesTest.exercises();
    }

    /** A value as a student writes it: rounded to the exercise's decimals. */
    static double rounded(Exercise e, double v) {
        double scale = Math.pow(10, e.decimals());
        return Math.round(v * scale) / scale;
    }

    static Cell mark(Exercise e, Answers a) {
        Problem p = e.problem();
        return Marker.mark(p, p.step(), a, e.tolerance(), Lang.EN).cells().stream()
                .filter(c -> c.given() != null).findFirst().orElseThrow();
    }

    /**
     * The slip {@code exact}, written rounded in cell c: named d, or — where the exact slip is within the
     * tolerance of the truth, so no mistake at all — not named d (the written number may be correct, or
     * off only by rounding, and may even lie nearer an older slip's value, which is then named).
     * {@code alsoPossible} is a diagnosis whose own value lies within rounding of this slip's: the two
     * cannot be told apart in the written number, and either name is right.
     */
    static void assertNamed(Exercise e, Cell c, double exact, Diagnosis d, Diagnosis... alsoPossible) {
        if (e.tolerance().accepts(exact, c.expected())) {
            assertThat(c.diagnosis()).as(e.id() + " " + c.path()).isNotEqualTo(d);
        } else if (alsoPossible.length > 0) {
            assertThat(c.diagnosis()).as(e.id() + " " + c.path()).isIn(d, alsoPossible[0]);
        } else {
            assertThat(c.diagnosis()).as(e.id() + " " + c.path()).isEqualTo(d);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void derivativeAtTheOutputInEveryDerivativeCell(Exercise e) {
        StepTrace t = e.problem().step();
        int layers = t.layers().size();
        double k = e.problem().network().slope();
        for (int l = 0; l < layers; l++) {
            if (!e.ask().asks(l, Quantity.DERIVATIVE)) {
                continue;
            }
            Activation g = e.problem().network().layers().get(l).activation();
            LayerTrace lt = t.layers().get(l);
            for (int j = 0; j < lt.out().size(); j++) {
                double y = lt.out().get(j);
                // by hand: the sigmoid's k·σ(k·y)(1 − σ(k·y)), tanh's 1 − tanh²(y)
                double slip = switch (g) {
                    case SIGMOID -> k * Problems.sigma(k * y) * (1 - Problems.sigma(k * y));
                    case TANH -> 1 - Math.tanh(y) * Math.tanh(y);
                    case RELU, LINEAR -> lt.derivative().get(j);
                };
                Double[] cells = new Double[lt.out().size()];
                cells[j] = rounded(e, slip);
                Cell c = mark(e, Sheet.of(layers).vector(l, Quantity.DERIVATIVE, cells).answers());
                assertNamed(e, c, slip, Diagnosis.DERIVATIVE_AT_OUTPUT);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void bothSlipsInEveryAskedDeltaCell(Exercise e) {
        StepTrace t = e.problem().step();
        int layers = t.layers().size();
        double k = e.problem().network().slope();
        for (int l = 0; l < layers; l++) {
            if (!e.ask().asks(l, Quantity.DELTA)) {
                continue;
            }
            LayerTrace lt = t.layers().get(l);
            Activation g = e.problem().network().layers().get(l).activation();
            boolean output = l == layers - 1;
            Matrix above = output ? null : e.problem().network().layers().get(l + 1).weights();
            for (int j = 0; j < lt.out().size(); j++) {
                double y = lt.out().get(j);
                // the factor the signal is multiplied by: (d − y) at the output, Σ_k w_kj·Δ_k below
                double rest = output ? e.problem().target().get(j) - y : sum(above, t.layers().get(l + 1), j, false);
                // δ with the new weights above (the updatedWeights slip), to tell where the two coincide
                double updated = output ? Double.NaN
                        : lt.derivative().get(j) * sum(t.layers().get(l + 1).newWeights(), t.layers().get(l + 1), j, false);
                if (g == Activation.SIGMOID) {
                    double slip = k * Problems.sigma(k * y) * (1 - Problems.sigma(k * y)) * rest;
                    Cell c = markDelta(e, l, j, slip);
                    if (Math.abs(slip - updated) <= 0.5 * Math.pow(10, -e.decimals())) {
                        assertNamed(e, c, slip, Diagnosis.DERIVATIVE_AT_OUTPUT, Diagnosis.UPDATED_WEIGHTS);
                    } else {
                        assertNamed(e, c, slip, Diagnosis.DERIVATIVE_AT_OUTPUT);
                    }
                }
                if (above != null && above.rows() == above.columns()) {
                    double swapped = lt.derivative().get(j) * sum(above, t.layers().get(l + 1), j, true);
                    assertNamed(e, markDelta(e, l, j, swapped), swapped, Diagnosis.SWAPPED_INDICES);
                }
            }
        }
    }

    /** Σ_k w_kj·Δ_k, or with the matrix transposed Σ_k w_jk·Δ_k. */
    private static double sum(Matrix w, LayerTrace above, int j, boolean transposed) {
        double s = 0;
        for (int r = 0; r < w.rows(); r++) {
            s += (transposed ? w.get(j, r) : w.get(r, j)) * above.delta().get(r);
        }
        return s;
    }

    private static Cell markDelta(Exercise e, int l, int j, double value) {
        int layers = e.problem().network().layers().size();
        Double[] cells = new Double[e.problem().network().layers().get(l).size()];
        cells[j] = rounded(e, value);
        return mark(e, Sheet.of(layers).vector(l, Quantity.DELTA, cells).answers());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void swappedIndicesInEveryWeightCellWithATransposedEntry(Exercise e) {
        StepTrace t = e.problem().step();
        int layers = t.layers().size();
        for (int l = 0; l < layers; l++) {
            for (Quantity q : List.of(Quantity.GRAD_WEIGHTS, Quantity.WEIGHT_UPDATES, Quantity.NEW_WEIGHTS)) {
                if (e.ask().asks(l, q)) {
                    swapEachCell(e, l, q, t.layers().get(l));
                }
            }
        }
    }

    private static void swapEachCell(Exercise e, int l, Quantity q, LayerTrace lt) {
        int layers = e.problem().network().layers().size();
        Matrix truth = switch (q) {
            case GRAD_WEIGHTS -> lt.gradWeights();
            case WEIGHT_UPDATES -> lt.weightUpdates();
            default -> lt.newWeights();
        };
        int rows = truth.rows();
        int cols = truth.columns();
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < cols && j < cols; i++) {
                if (i < rows) {
                    Double[][] cells = new Double[rows][cols];
                    cells[j][i] = rounded(e, truth.get(i, j));
                    assertNamed(e, mark(e, Sheet.of(layers).matrix(l, q, cells).answers()), truth.get(i, j),
                            Diagnosis.SWAPPED_INDICES);
                }
            }
        }
    }
}
