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
 * The two new slips made in every asked cell of every shipped exercise where they can be made: each is named
 * by its own diagnosis (never taken for an older one), or, where it gives the right number within the
 * tolerance, simply marked correct.
 */
class NewDiagnosesOnShippedTest {
    static Stream<Exercise> exercises() {
        return ShippedExercisesTest.exercises();
    }

    static Cell mark(Exercise e, Answers a) {
        Problem p = e.problem();
        return Marker.mark(p, p.step(), a, e.tolerance(), Lang.EN).cells().stream()
                .filter(c -> c.given() != null).findFirst().orElseThrow();
    }

    static void assertNamedOrCorrect(Exercise e, Cell c, Diagnosis d) {
        if (e.tolerance().accepts(c.given(), c.expected())) {
            assertThat(c.status()).as(c.path()).isEqualTo(Status.CORRECT);
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
                cells[j] = slip;
                Cell c = mark(e, Sheet.of(layers).vector(l, Quantity.DERIVATIVE, cells).answers());
                assertNamedOrCorrect(e, c, Diagnosis.DERIVATIVE_AT_OUTPUT);
            }
        }
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
                    cells[j][i] = truth.get(i, j);
                    assertNamedOrCorrect(e, mark(e, Sheet.of(layers).matrix(l, q, cells).answers()),
                            Diagnosis.SWAPPED_INDICES);
                }
            }
        }
    }
}
