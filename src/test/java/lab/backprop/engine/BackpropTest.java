package lab.backprop.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import lab.backprop.support.ScalarGraph;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BackpropTest {

    /**
     * A 2-2-2 sigmoid network whose every number has been worked by hand and published many times
     * (inputs 0.05, 0.10; targets 0.01, 0.99; η = 0.5). Expected values are quoted to 9 digits.
     */
    @Nested
    class AHandWorked222Network {
        final Network network = Nets.of(
                new double[][][] {{{0.15, 0.20}, {0.25, 0.30}}, {{0.40, 0.45}, {0.50, 0.55}}},
                new double[][] {{0.35, 0.35}, {0.60, 0.60}},
                new String[] {"sigmoid", "sigmoid"}, 1.0);
        final StepTrace step = Backprop.step(network, Vec.of(0.05, 0.10), Vec.of(0.01, 0.99), 0.5);
        final LayerTrace hidden = step.layers().get(0);
        final LayerTrace output = step.layers().get(1);

        @Test
        void feedsForwardToTheHandComputedActivations() {
            assertThat(hidden.net().get(0)).isCloseTo(0.3775, within(1e-12));
            assertThat(hidden.out().get(0)).isCloseTo(0.593269992, within(1e-9));
            assertThat(hidden.out().get(1)).isCloseTo(0.596884378, within(1e-9));
            assertThat(output.net().get(0)).isCloseTo(1.105905967, within(1e-9));
            assertThat(output.out().get(0)).isCloseTo(0.751365070, within(1e-9));
            assertThat(output.out().get(1)).isCloseTo(0.772928465, within(1e-9));
        }

        @Test
        void computesTheLossBeforeTheUpdate() {
            assertThat(step.loss()).isCloseTo(0.298371109, within(1e-9));
        }

        @Test
        void updatesTheOutputWeightsByEtaDeltaZ() {
            assertThat(output.newWeights().get(0, 0)).isCloseTo(0.358916480, within(1e-9));
            assertThat(output.newWeights().get(0, 1)).isCloseTo(0.408666186, within(1e-9));
            assertThat(output.newWeights().get(1, 0)).isCloseTo(0.511301270, within(1e-9));
            assertThat(output.newWeights().get(1, 1)).isCloseTo(0.561370121, within(1e-9));
        }

        @Test
        void updatesTheHiddenWeightsWithDeltasFromTheOldOutputWeights() {
            assertThat(hidden.newWeights().get(0, 0)).isCloseTo(0.149780716, within(1e-9));
            assertThat(hidden.newWeights().get(0, 1)).isCloseTo(0.199561432, within(1e-9));
            assertThat(hidden.newWeights().get(1, 0)).isCloseTo(0.249751144, within(1e-9));
            assertThat(hidden.newWeights().get(1, 1)).isCloseTo(0.299502287, within(1e-9));
        }

        @Test
        void reportsTheErrorSignalWithTheSignOfSectionFive() {
            // Δ = (d − y) g'(a): the first output is too high (0.75 > 0.01), so its Δ is negative.
            double y0 = output.out().get(0);
            assertThat(output.derivative().get(0)).isCloseTo(y0 * (1 - y0), within(1e-15));
            assertThat(output.error().get(0)).isCloseTo(0.01 - y0, within(1e-15));
            assertThat(output.delta().get(0)).isCloseTo((0.01 - y0) * y0 * (1 - y0), within(1e-15));
            assertThat(output.delta().get(0)).isCloseTo(-0.138498562, within(1e-9));
            assertThat(output.gradWeights().get(0, 0)).isCloseTo(0.082167041, within(1e-9));
        }

        @Test
        void lowersTheLoss() {
            assertThat(step.lossAfter()).isLessThan(step.loss());
            assertThat(step.lossAfter()).isCloseTo(
                    Backprop.loss(Backprop.forward(step.updated(), Vec.of(0.05, 0.10)).output(), Vec.of(0.01, 0.99)),
                    within(1e-15));
        }

    }

    /** A 1-1-1 linear network small enough to do with pencil and paper (worked in the comments). */
    @Nested
    class APencilAndPaper111Network {
        // x = 1, v = 0.5, w = 1, biases 0, d = 1, η = 0.1, g(s) = s.
        final StepTrace step = Backprop.step(
                Nets.of(new double[][][] {{{0.5}}, {{1.0}}}, new double[][] {{0}, {0}},
                        new String[] {"linear", "linear"}, 1.0),
                Vec.of(1.0), Vec.of(1.0), 0.1);

        @Test
        void matchesEveryHandComputedNumber() {
            LayerTrace hidden = step.layers().get(0);
            LayerTrace output = step.layers().get(1);
            // u = 0.5, z = 0.5, a = 0.5, y = 0.5, E = ½(0.5)² = 0.125
            assertThat(hidden.net().get(0)).isEqualTo(0.5);
            assertThat(output.out().get(0)).isEqualTo(0.5);
            assertThat(step.loss()).isEqualTo(0.125);
            // Δ = (1 − 0.5)·1 = 0.5; δ = 1 · (w = 1 · Δ = 0.5) = 0.5
            assertThat(output.delta().get(0)).isEqualTo(0.5);
            assertThat(hidden.delta().get(0)).isEqualTo(0.5);
            // Δw = 0.1·0.5·z(0.5) = 0.025; Δv = 0.1·0.5·x(1) = 0.05; bias updates 0.05 each
            assertThat(output.weightUpdates().get(0, 0)).isCloseTo(0.025, within(1e-15));
            assertThat(hidden.weightUpdates().get(0, 0)).isCloseTo(0.05, within(1e-15));
            assertThat(output.biasUpdates().get(0)).isCloseTo(0.05, within(1e-15));
            assertThat(output.newWeights().get(0, 0)).isCloseTo(1.025, within(1e-15));
            assertThat(hidden.newWeights().get(0, 0)).isCloseTo(0.55, within(1e-15));
            // after: u = 0.55 + 0.05 = 0.6, a = 1.025·0.6 + 0.05 = 0.665, E = ½(0.335)² = 0.0561125
            assertThat(step.outAfter().get(0)).isCloseTo(0.665, within(1e-15));
            assertThat(step.lossAfter()).isCloseTo(0.0561125, within(1e-15));
        }
    }

    @Nested
    class AgainstAnIndependentImplementation {
        static Stream<Arguments> networks() {
            return Stream.of(
                    Arguments.of(1L, new int[] {2, 1}, new String[] {"sigmoid"}),
                    Arguments.of(2L, new int[] {2, 2, 1}, new String[] {"sigmoid", "sigmoid"}),
                    Arguments.of(3L, new int[] {3, 2, 2}, new String[] {"tanh", "sigmoid"}),
                    Arguments.of(4L, new int[] {2, 4, 3, 2}, new String[] {"relu", "tanh", "linear"}),
                    Arguments.of(5L, new int[] {4, 3, 3, 3, 2}, new String[] {"sigmoid", "relu", "sigmoid", "sigmoid"}),
                    Arguments.of(6L, new int[] {5, 8, 6, 4, 3, 2},
                            new String[] {"tanh", "sigmoid", "relu", "tanh", "linear"}));
        }

        @ParameterizedTest(name = "seed {0}: gradients equal a scalar autodiff's to 1e-12")
        @MethodSource("networks")
        void gradientsMatchAScalarAutodiff(long seed, int[] sizes, String[] activations) {
            Nets.Problem p = Nets.random(seed, sizes, activations);
            StepTrace step = Backprop.step(p.network(), Vec.of(p.x()), Vec.of(p.d()), 0.3);
            ScalarGraph.Graph ref = ScalarGraph.build(p.w(), p.b(), activations, p.k(), p.x(), p.d());

            assertThat(step.loss()).isCloseTo(ref.loss().data, within(1e-12 * Math.abs(ref.loss().data)));
            for (int l = 0; l < p.w().length; l++) {
                LayerTrace t = step.layers().get(l);
                for (int j = 0; j < p.w()[l].length; j++) {
                    assertClose(t.gradBiases().get(j), ref.biases()[l][j].grad);
                    for (int i = 0; i < p.w()[l][j].length; i++) {
                        assertClose(t.gradWeights().get(j, i), ref.weights()[l][j][i].grad);
                        assertClose(t.weightUpdates().get(j, i), -0.3 * ref.weights()[l][j][i].grad);
                    }
                }
            }
        }

        @ParameterizedTest(name = "seed {0}: gradients equal central finite differences of E")
        @MethodSource("networks")
        void gradientsMatchCentralFiniteDifferences(long seed, int[] sizes, String[] activations) {
            Nets.Problem p = Nets.random(seed, sizes, activations);
            StepTrace step = Backprop.step(p.network(), Vec.of(p.x()), Vec.of(p.d()), 0.3);
            double h = 1e-6;
            for (int l = 0; l < p.w().length; l++) {
                for (int j = 0; j < p.w()[l].length; j++) {
                    for (int i = 0; i < p.w()[l][j].length; i++) {
                        double saved = p.w()[l][j][i];
                        p.w()[l][j][i] = saved + h;
                        double plus = lossOf(p);
                        p.w()[l][j][i] = saved - h;
                        double minus = lossOf(p);
                        p.w()[l][j][i] = saved;
                        double numeric = (plus - minus) / (2 * h);
                        assertThat(step.layers().get(l).gradWeights().get(j, i))
                                .as("∂E/∂w[%d][%d][%d]", l, j, i)
                                .isCloseTo(numeric, within(1e-7 * Math.max(1, Math.abs(numeric))));
                    }
                    double saved = p.b()[l][j];
                    p.b()[l][j] = saved + h;
                    double plus = lossOf(p);
                    p.b()[l][j] = saved - h;
                    double minus = lossOf(p);
                    p.b()[l][j] = saved;
                    assertThat(step.layers().get(l).gradBiases().get(j))
                            .as("∂E/∂b[%d][%d]", l, j)
                            .isCloseTo((plus - minus) / (2 * h), within(1e-7));
                }
            }
        }

        private double lossOf(Nets.Problem p) {
            return Backprop.loss(Backprop.forward(p.network(), Vec.of(p.x())).output(), Vec.of(p.d()));
        }

        private void assertClose(double actual, double expected) {
            double scale = Math.max(Math.abs(actual), Math.abs(expected));
            assertThat(actual).isCloseTo(expected, within(1e-12 * scale + 1e-300));
        }
    }

    @Nested
    class HiddenDeltas {
        @Test
        void useTheOutputWeightsAsTheyWereBeforeTheUpdate() {
            Nets.Problem p = Nets.random(11, new int[] {2, 3, 2}, new String[] {"sigmoid", "sigmoid"});
            StepTrace step = Backprop.step(p.network(), Vec.of(p.x()), Vec.of(p.d()), 1.0);
            LayerTrace hidden = step.layers().get(0);
            LayerTrace output = step.layers().get(1);
            for (int i = 0; i < 3; i++) {
                double withOld = 0;
                double withNew = 0;
                for (int j = 0; j < 2; j++) {
                    withOld += output.weights().get(j, i) * output.delta().get(j);
                    withNew += output.newWeights().get(j, i) * output.delta().get(j);
                }
                double z = hidden.out().get(i);
                double gPrime = p.k() * z * (1 - z);
                assertThat(hidden.error().get(i)).isCloseTo(withOld, within(1e-15));
                assertThat(hidden.delta().get(i)).isCloseTo(gPrime * withOld, within(1e-15));
                assertThat(Math.abs(gPrime * withNew - gPrime * withOld)).isGreaterThan(1e-6);
            }
        }
    }

    @Nested
    class Immutability {
        @Test
        void aStepLeavesTheGivenNetworkUnchangedAndReturnsANewOne() {
            Nets.Problem p = Nets.random(7, new int[] {2, 2, 1}, new String[] {"sigmoid", "sigmoid"});
            Network before = p.network();
            StepTrace step = Backprop.step(before, Vec.of(p.x()), Vec.of(p.d()), 0.5);
            assertThat(before).isEqualTo(p.network());
            assertThat(step.updated()).isNotEqualTo(before);
            assertThat(step.updated().layers().get(1).weights()).isEqualTo(step.output().newWeights());
        }

        @Test
        void vectorsAndMatricesCopyWhatTheyAreGiven() {
            double[] values = {1, 2};
            Vec v = Vec.of(values);
            values[0] = 99;
            v.toArray()[1] = 99;
            assertThat(v).isEqualTo(Vec.of(1, 2));
            double[][] rows = {{1, 2}};
            Matrix m = Matrix.of(rows);
            rows[0][0] = 99;
            m.toArray()[0][1] = 99;
            assertThat(m).isEqualTo(Matrix.of(new double[][] {{1, 2}}));
        }
    }

    @Nested
    class Shapes {
        @Test
        void rejectAnInputOfTheWrongSize() {
            Network n = Nets.random(1, new int[] {2, 1}, new String[] {"sigmoid"}).network();
            assertThatThrownBy(() -> Backprop.forward(n, Vec.of(1, 2, 3)))
                    .hasMessage("input has 3 entries, expected 2");
        }

        @Test
        void rejectLayersThatDoNotConnect() {
            Layer first = new Layer(Matrix.zeros(3, 2), Vec.zeros(3), Activation.SIGMOID);
            Layer second = new Layer(Matrix.zeros(1, 2), Vec.zeros(1), Activation.SIGMOID);
            assertThatThrownBy(() -> new Network(List.of(first, second), 1))
                    .hasMessage("layer 1 takes 2 inputs but the layer below has 3 units");
        }
    }

    @Nested
    class TrainingCurves {
        @Test
        void haveOneLossPerStepPlusTheFinalOneAndFallForASmallRate() {
            Nets.Problem p = Nets.random(3, new int[] {2, 2, 1}, new String[] {"sigmoid", "sigmoid"});
            double[] curve = Training.lossCurve(p.network(), Vec.of(p.x()), Vec.of(p.d()), 0.5, 20);
            assertThat(curve).hasSize(21);
            assertThat(curve[0]).isEqualTo(Backprop.step(p.network(), Vec.of(p.x()), Vec.of(p.d()), 0.5).loss());
            for (int s = 1; s < curve.length; s++) {
                assertThat(curve[s]).isLessThan(curve[s - 1]);
            }
        }

        @ParameterizedTest(name = "seed {0}: every value equals the traced steps' loss, bit for bit")
        @MethodSource("lab.backprop.engine.FlatNetworkTest#networks")
        void equalTheLossesOfTracedStepsBitForBit(long seed, int[] sizes, String[] activations) {
            Nets.Problem p = Nets.random(seed, sizes, activations);
            double[] curve = Training.lossCurve(p.network(), Vec.of(p.x()), Vec.of(p.d()), 0.5, 30);
            assertThat(curve).isEqualTo(tracedCurve(p.network(), Vec.of(p.x()), Vec.of(p.d()), 0.5, 30));
        }

        @Test
        void followTheTracedStepsWhenTheyDivergeToInfinityAndNaN() {
            Nets.Problem p = Nets.random(7, new int[] {2, 3, 2}, new String[] {"linear", "linear"});
            Vec x = Vec.of(new double[] {3, -2});
            Vec d = Vec.of(new double[] {1, 0});
            double[] curve = Training.lossCurve(p.network(), x, d, 5, 30);
            assertThat(curve).isEqualTo(tracedCurve(p.network(), x, d, 5, 30));
            assertThat(curve[30]).as("the last loss is no longer finite").matches(v -> !Double.isFinite(v));
        }

        @Test
        void refuseAnExampleOfTheWrongSize() {
            Nets.Problem p = Nets.random(3, new int[] {2, 2, 1}, new String[] {"sigmoid", "sigmoid"});
            assertThatThrownBy(() -> Training.lossCurve(p.network(), Vec.of(new double[] {1}), Vec.of(p.d()), 0.5, 3))
                    .hasMessage("input has 1 entries, expected 2");
            Vec twoTargets = Vec.of(new double[] {1, 0});
            assertThatThrownBy(() -> Training.lossCurve(p.network(), Vec.of(p.x()), twoTargets, 0.5, 3))
                    .hasMessage("target has 2 entries, expected 1");
        }

        /** The curve as repeated traced steps compute it: the loss before each step, then after the last. */
        private static double[] tracedCurve(Network network, Vec x, Vec d, double eta, int steps) {
            double[] losses = new double[steps + 1];
            Network current = network;
            for (int s = 0; s < steps; s++) {
                StepTrace trace = Backprop.step(current, x, d, eta);
                losses[s] = trace.loss();
                current = trace.updated();
            }
            losses[steps] = Backprop.loss(Backprop.forward(current, x).output(), d);
            return losses;
        }
    }
}
