package lab.backprop.exercises;

import static lab.backprop.exercises.DiagnosisTest.D1;
import static lab.backprop.exercises.DiagnosisTest.D2;
import static lab.backprop.exercises.DiagnosisTest.Y1;
import static lab.backprop.exercises.DiagnosisTest.Z1;
import static lab.backprop.exercises.DiagnosisTest.Z2;
import static lab.backprop.exercises.DiagnosisTest.assertDiagnosed;
import static lab.backprop.exercises.Problems.sigma;
import static lab.backprop.notation.Quantity.DELTA;
import static lab.backprop.notation.Quantity.DERIVATIVE;
import static lab.backprop.notation.Quantity.GRAD_WEIGHTS;
import static lab.backprop.notation.Quantity.NET;
import static lab.backprop.notation.Quantity.NEW_WEIGHTS;
import static lab.backprop.notation.Quantity.WEIGHT_UPDATES;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lab.backprop.engine.Activation;
import lab.backprop.engine.Layer;
import lab.backprop.engine.Matrix;
import lab.backprop.engine.Network;
import lab.backprop.engine.Vec;
import lab.backprop.i18n.Lang;
import lab.backprop.problem.Problem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The two diagnoses added for issue 12, reproduced by hand like the six of {@link DiagnosisTest}: g′
 * evaluated at the output instead of the net input, and a weight's two indices swapped.
 */
class NewDiagnosesTest {
    final Problem p = Problems.handWorked();

    /** The one cell the test filled in (the others of its quantity are left blank). */
    Cell only(Problem problem, Answers a) {
        return Marker.mark(problem, problem.step(), a, Tolerance.DEFAULT, Lang.EN).cells().stream()
                .filter(c -> c.given() != null).findFirst().orElseThrow();
    }

    Cell only(Answers a) {
        return only(p, a);
    }

    /** The slip by hand: the sigmoid's g′ at y, k·σ(k·y)(1 − σ(k·y)). */
    static double sigmoidSlopeAt(double y, double k) {
        double s = sigma(k * y);
        return k * s * (1 - s);
    }

    @Nested
    class DerivativeAtOutput {
        @Test
        void inAHiddenUnitsDerivative() {
            // right: z₁(1 − z₁) = 0.2413; the slip: σ(z₁)(1 − σ(z₁)) = 0.2292
            Cell c = only(Sheet.of(2).vector(0, DERIVATIVE, sigmoidSlopeAt(Z1, 1), null).answers());
            assertDiagnosed(c, Diagnosis.DERIVATIVE_AT_OUTPUT);
            assertThat(c.message()).startsWith("g′ was evaluated at the output y");
        }

        @Test
        void inTheOutputDelta() {
            assertDiagnosed(only(Sheet.of(2).vector(1, DELTA, (0.01 - Y1) * sigmoidSlopeAt(Y1, 1), null).answers()),
                    Diagnosis.DERIVATIVE_AT_OUTPUT);
        }

        @Test
        void inAHiddenDelta() {
            // the credit-assignment network (hidden-delta): Δ is large enough for the slip to show in δ₁
            Problem credit = Problems.sigmoid(1.0, new double[][][] {{{0.3, -0.5}, {0.8, 0.2}}, {{1.2, -0.6}}},
                    new double[][] {{0.1, 0.0}, {0.3}}, new double[] {1.0, 0.4}, new double[] {0.2}, 0.5);
            double z1 = sigma(0.3 - 0.2 + 0.1);
            double z2 = sigma(0.8 + 0.08);
            double y = sigma(1.2 * z1 - 0.6 * z2 + 0.3);
            double delta = (0.2 - y) * y * (1 - y);
            double wrong = sigmoidSlopeAt(z1, 1) * 1.2 * delta;
            assertDiagnosed(only(credit, Sheet.of(2).vector(0, DELTA, wrong, null).answers()),
                    Diagnosis.DERIVATIVE_AT_OUTPUT);
        }

        @Test
        void withSlopeTwoTheSlipKeepsTheK() {
            Problem k2 = Problems.sigmoid(2.0, new double[][][] {{{0.15, 0.20}, {0.25, 0.30}}, {{0.40, 0.45}, {0.50, 0.55}}},
                    new double[][] {{0.35, 0.35}, {0.60, 0.60}}, new double[] {0.05, 0.10}, new double[] {0.01, 0.99}, 0.5);
            double z = sigma(2 * 0.3775);
            Cell c = only(k2, Sheet.of(2).vector(0, DERIVATIVE, sigmoidSlopeAt(z, 2), null).answers());
            assertDiagnosed(c, Diagnosis.DERIVATIVE_AT_OUTPUT);
        }

        @Test
        void inATanhUnit() {
            Problem tanh = new Problem(new Network(List.of(
                    new Layer(Matrix.of(new double[][] {{0.8, -0.4}}), Vec.of(0.1), Activation.TANH)), 1.0),
                    Vec.of(1.0, 0.5), Vec.of(0.2), 0.5);
            double y = Math.tanh(0.8 - 0.2 + 0.1);
            double atY = 1 - Math.tanh(y) * Math.tanh(y);
            assertDiagnosed(only(tanh, Sheet.of(1).vector(0, DERIVATIVE, atY).answers()), Diagnosis.DERIVATIVE_AT_OUTPUT);
        }

        @Test
        void isNoMistakeForReluAndLinearUnits() {
            for (double a : new double[] {-0.7, 0.3, 2.5}) {
                for (Activation g : List.of(Activation.RELU, Activation.LINEAR)) {
                    double y = g.apply(a, 1);
                    assertThat(Mistake.derivativeAtOutput(g, y, 1)).isEqualTo(g.derivative(a, y, 1));
                }
            }
        }

        @Test
        void whereTheSlipGivesTheSameNumberItIsNotNamed() {
            // y(1 − y) = σ(y)(1 − σ(y)) where y = σ(−y), y ≈ 0.4013: the slip cannot be told apart there
            double y = 0.4;
            for (int n = 0; n < 50; n++) {
                y = sigma(-y);
            }
            assertThat(Math.abs(sigmoidSlopeAt(y, 1) - y * (1 - y))).isLessThan(1e-5);
            Problem one = new Problem(new Network(List.of(
                    new Layer(Matrix.of(new double[][] {{Math.log(y / (1 - y))}}), Vec.of(0.0), Activation.SIGMOID)),
                    1.0), Vec.of(1.0), Vec.of(1.0), 0.5);
            Cell c = only(one, Sheet.of(1).vector(0, DERIVATIVE, sigmoidSlopeAt(y, 1)).answers());
            assertThat(c.status()).isEqualTo(Status.CORRECT);
        }
    }

    @Nested
    class SwappedIndices {
        @Test
        void inAnUpdateTheTransposedEntry() {
            // Δw₁₂ = η·Δ₁·z₂ belongs here; the slip writes Δw₂₁ = η·Δ₂·z₁
            Cell c = only(Sheet.of(2).matrix(1, WEIGHT_UPDATES, new Double[][] {{null, 0.5 * D2 * Z1}, {null, null}})
                    .answers());
            assertDiagnosed(c, Diagnosis.SWAPPED_INDICES);
            assertThat(c.message()).startsWith("The two indices of a weight are swapped");
        }

        @Test
        void inAGradientAndANewWeight() {
            assertDiagnosed(only(Sheet.of(2).matrix(1, GRAD_WEIGHTS, new Double[][] {{null, null}, {-D1 * Z2, null}})
                    .answers()), Diagnosis.SWAPPED_INDICES);
            assertDiagnosed(only(Sheet.of(2).matrix(1, NEW_WEIGHTS, new Double[][] {{null, null}, {0.45 + 0.5 * D1 * Z2, null}})
                    .answers()), Diagnosis.SWAPPED_INDICES);
        }

        @Test
        void inAHiddenDeltaSummedWithTheTransposedWeights() {
            // δ₂ = g′(u₂)·(w₁₂·Δ₁ + w₂₂·Δ₂); the slip sums w₂₁·Δ₁ + w₂₂·Δ₂
            double wrong = Z2 * (1 - Z2) * (0.50 * D1 + 0.55 * D2);
            assertDiagnosed(only(Sheet.of(2).vector(0, DELTA, null, wrong).answers()), Diagnosis.SWAPPED_INDICES);
        }

        @Test
        void inANetInputWithTheTransposedWeights() {
            // u₁ = v₁₁·x₁ + v₁₂·x₂ + v₁₀ = 0.3775; the slip uses v₂₁ for v₁₂: 0.3825
            assertDiagnosed(only(Sheet.of(2).vector(0, NET, 0.15 * 0.05 + 0.25 * 0.10 + 0.35, null).answers()),
                    Diagnosis.SWAPPED_INDICES);
        }

        @Test
        void inANonSquareMatrixOnlyWhereTheTransposedEntryExists() {
            Problem p321 = Problems.sigmoid(1.0, new double[][][] {{{0.2, -0.4, 0.1}, {0.5, 0.3, -0.2}}, {{0.6, -0.8}}},
                    new double[][] {{0.1, -0.1}, {0.05}}, new double[] {1.0, 0.5, -0.5}, new double[] {1.0}, 0.8);
            double[] x = {1.0, 0.5, -0.5};
            double[] delta = p321.step().layers().get(0).delta().toArray();
            // cell [1][0] holding η·δ₁·x₂ (the entry [0][1]) is swapped
            Cell c = only(p321, Sheet.of(2).matrix(0, WEIGHT_UPDATES,
                    new Double[][] {{null, null, null}, {0.8 * delta[0] * x[1], null, null}}).answers());
            assertDiagnosed(c, Diagnosis.SWAPPED_INDICES);
            // cell [0][2] has no transposed entry (there is no hidden unit 3): a wrong value is not named swapped
            Cell none = only(p321, Sheet.of(2).matrix(0, WEIGHT_UPDATES,
                    new Double[][] {{null, null, 0.8 * delta[1] * x[0] + 0.3}, {null, null, null}}).answers());
            assertThat(none.status()).isEqualTo(Status.INCORRECT);
            assertThat(none.diagnosis()).isNotEqualTo(Diagnosis.SWAPPED_INDICES);
        }

        @Test
        void notWhenTheTransposedValueIsTheRightOne() {
            // a symmetric weight matrix: u with v transposed is u itself, so the slip is no mistake
            Problem sym = Problems.sigmoid(1.0, new double[][][] {{{0.3, 0.7}, {0.7, -0.2}}, {{0.5, 0.5}}},
                    new double[][] {{0.0, 0.0}, {0.0}}, new double[] {0.4, 0.9}, new double[] {0.5}, 0.5);
            assertThat(Mistake.transposed(sym.network().layers().get(0).weights()))
                    .isEqualTo(sym.network().layers().get(0).weights());
            Cell c = only(sym, Sheet.of(2).vector(0, NET, 0.3 * 0.4 + 0.7 * 0.9, null).answers());
            assertThat(c.status()).isEqualTo(Status.CORRECT);
            Cell diagonal = only(Sheet.of(2).matrix(1, WEIGHT_UPDATES, new Double[][] {{0.5 * D1 * Z1 + 0.01, null},
                    {null, null}}).answers());
            assertThat(diagonal.diagnosis()).isNull();
        }
    }
}
