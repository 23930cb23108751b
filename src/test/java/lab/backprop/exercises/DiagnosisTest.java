package lab.backprop.exercises;

import static lab.backprop.exercises.MarkerTest.cell;
import static lab.backprop.exercises.Problems.sigma;
import static lab.backprop.notation.Quantity.BIAS_UPDATES;
import static lab.backprop.notation.Quantity.DELTA;
import static lab.backprop.notation.Quantity.DERIVATIVE;
import static lab.backprop.notation.Quantity.GRAD_WEIGHTS;
import static lab.backprop.notation.Quantity.NET;
import static lab.backprop.notation.Quantity.NEW_WEIGHTS;
import static lab.backprop.notation.Quantity.OUT;
import static lab.backprop.notation.Quantity.WEIGHT_UPDATES;
import static org.assertj.core.api.Assertions.assertThat;

import lab.backprop.i18n.Lang;
import lab.backprop.problem.Problem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each classic mistake, reproduced by hand on the hand-worked 2-2-2 network (η = 0.5). */
class DiagnosisTest {
    static final double Z1 = 0.593269992;
    static final double Z2 = 0.596884378;
    static final double Y1 = 0.751365070;
    static final double Y2 = 0.772928465;
    static final double D1 = (0.01 - Y1) * Y1 * (1 - Y1);
    static final double D2 = (0.99 - Y2) * Y2 * (1 - Y2);

    final Problem p = Problems.handWorked();

    /** The first marked cell: the one the test filled in (the others are left blank). */
    Cell only(Answers a) {
        return Marker.mark(p, p.step(), a, Tolerance.DEFAULT, Lang.EN).cells().get(0);
    }

    static void assertDiagnosed(Cell c, Diagnosis d) {
        assertThat(c.status()).isEqualTo(Status.INCORRECT);
        assertThat(c.diagnosis()).isEqualTo(d);
    }

    @Nested
    class Sign {
        @Test
        void ofTheOutputDelta() {
            Cell c = only(Sheet.of(2).vector(1, DELTA, -D1, null).answers());
            assertDiagnosed(c, Diagnosis.SIGN);
            assertThat(c.message()).startsWith("The sign is flipped").contains("(5)");
        }

        @Test
        void ofAHiddenDelta() {
            double delta1 = Z1 * (1 - Z1) * (0.40 * D1 + 0.50 * D2);
            assertDiagnosed(only(Sheet.of(2).vector(0, DELTA, -delta1, null).answers()), Diagnosis.SIGN);
        }

        @Test
        void ofAGradientAndAnUpdate() {
            assertDiagnosed(only(Sheet.of(2).matrix(1, GRAD_WEIGHTS, new Double[][] {{D1 * Z1, null}, {null, null}})
                    .answers()), Diagnosis.SIGN);
            assertDiagnosed(only(Sheet.of(2).matrix(1, WEIGHT_UPDATES, new Double[][] {{-0.5 * D1 * Z1, null}, {null, null}})
                    .answers()), Diagnosis.SIGN);
        }

        @Test
        void ofADeltaComputedFromTheStudentsOwnWrongOutput() {
            double y = 0.76;
            Marking m = Marker.mark(p, p.step(), Sheet.of(2).vector(1, OUT, y, null)
                    .vector(1, DELTA, -(0.01 - y) * y * (1 - y), null).answers(), Tolerance.DEFAULT, Lang.EN);
            assertDiagnosed(cell(m, "layers[1].delta[0]"), Diagnosis.SIGN);
        }
    }

    @Test
    void missingDerivativeInTheOutputAndHiddenDelta() {
        assertDiagnosed(only(Sheet.of(2).vector(1, DELTA, 0.01 - Y1, null).answers()),
                Diagnosis.MISSING_DERIVATIVE);
        assertDiagnosed(only(Sheet.of(2).vector(0, DELTA, 0.40 * D1 + 0.50 * D2, null).answers()),
                Diagnosis.MISSING_DERIVATIVE);
    }

    @Nested
    class MissingSlope {
        /** The same network with slope k = 2. */
        final Problem k2 = Problems.sigmoid(2.0, new double[][][] {{{0.15, 0.20}, {0.25, 0.30}}, {{0.40, 0.45}, {0.50, 0.55}}},
                new double[][] {{0.35, 0.35}, {0.60, 0.60}}, new double[] {0.05, 0.10}, new double[] {0.01, 0.99}, 0.5);

        Cell onlyK2(Answers a) {
            return Marker.mark(k2, k2.step(), a, Tolerance.DEFAULT, Lang.EN).cells().get(0);
        }

        @Test
        void inTheSigmoid() {
            assertDiagnosed(onlyK2(Sheet.of(2).vector(0, OUT, sigma(0.3775), null).answers()), Diagnosis.MISSING_SLOPE);
        }

        @Test
        void inTheDerivative() {
            double z = sigma(2 * 0.3775);
            assertDiagnosed(onlyK2(Sheet.of(2).vector(0, DERIVATIVE, z * (1 - z), null).answers()),
                    Diagnosis.MISSING_SLOPE);
        }

        @Test
        void inTheOutputDelta() {
            double z1 = sigma(2 * 0.3775);
            double z2 = sigma(2 * 0.3925);
            double y = sigma(2 * (0.40 * z1 + 0.45 * z2 + 0.60));
            Cell c = onlyK2(Sheet.of(2).vector(1, DELTA, (0.01 - y) * y * (1 - y), null).answers());
            assertDiagnosed(c, Diagnosis.MISSING_SLOPE);
            assertThat(c.message()).contains("slope k");
        }
    }

    @Test
    void updatedWeightsInTheHiddenDelta() {
        double w11 = 0.40 + 0.5 * D1 * Z1;
        double w21 = 0.50 + 0.5 * D2 * Z1;
        double wrong = Z1 * (1 - Z1) * (w11 * D1 + w21 * D2);
        assertDiagnosed(only(Sheet.of(2).vector(0, DELTA, wrong, null).answers()),
                Diagnosis.UPDATED_WEIGHTS);
    }

    @Test
    void missingLearningRateInUpdatesAndNewWeights() {
        assertDiagnosed(only(Sheet.of(2).matrix(1, WEIGHT_UPDATES, new Double[][] {{D1 * Z1, null}, {null, null}})
                .answers()), Diagnosis.MISSING_LEARNING_RATE);
        assertDiagnosed(only(Sheet.of(2).matrix(1, NEW_WEIGHTS, new Double[][] {{0.40 + D1 * Z1, null}, {null, null}})
                .answers()), Diagnosis.MISSING_LEARNING_RATE);
        assertDiagnosed(only(Sheet.of(2).vector(1, BIAS_UPDATES, D1, null).answers()),
                Diagnosis.MISSING_LEARNING_RATE);
    }

    @Test
    void missingBiasInTheNetInput() {
        Cell c = only(Sheet.of(2).vector(0, NET, 0.15 * 0.05 + 0.20 * 0.10, null).answers());
        assertDiagnosed(c, Diagnosis.MISSING_BIAS);
        assertThat(c.message()).isEqualTo("The bias is missing: it is an extra weight on a constant +1 input.");
    }

    @Test
    void aMistakeTooSmallToTellApartIsNotDiagnosed() {
        Problem tinyBias = Problems.sigmoid(1.0, new double[][][] {{{0.15, 0.20}}, {{1.0}}},
                new double[][] {{0.0004}, {0.0}}, new double[] {0.05, 0.10}, new double[] {1.0}, 0.5);
        // truth 0.0279, without the bias 0.0275: the answer 0.0271 is within tolerance of the mistake only
        Cell c = Marker.mark(tinyBias, tinyBias.step(), Sheet.of(2).vector(0, NET, 0.0271).answers(), Tolerance.DEFAULT, Lang.EN)
                .cells().get(0);
        assertThat(c.status()).isEqualTo(Status.INCORRECT);
        assertThat(c.diagnosis()).isNull();
    }

    @Test
    void anUnrecognisedMistakeHasNoDiagnosis() {
        assertThat(only(Sheet.of(2).vector(1, DELTA, 0.5, null).answers()).diagnosis()).isNull();
    }
}
