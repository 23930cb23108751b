package lab.backprop.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Nudging one weight by ±ε: hand-worked losses, and agreement with the backward pass where it should agree. */
class GradientCheckTest {
    /** The example network of lessons 04–07. */
    static final Network EXAMPLE = Nets.of(new double[][][] {{{0.5, -0.3}, {0.2, 0.4}}, {{0.6, -0.5}}},
            new double[][] {{0.1, -0.1}, {0.2}}, new String[] {"sigmoid", "sigmoid"}, 1.0);
    static final Vec X = Vec.of(1.0, 0.5);
    static final Vec D = Vec.of(1.0);

    @Nested
    class ByHand {
        /** y = w·x + b, linear, with w = 0.5, b = 0, x = 2, d = 3: y = 1 and E = ½(3 − 1)² = 2. */
        final Network line = Nets.of(new double[][][] {{{0.5}}}, new double[][] {{0.0}}, new String[] {"linear"}, 1);

        @Test
        void nudgesTheWeightBothWaysAndDividesByTwoEpsilon() {
            GradientCheck c = GradientCheck.of(line, Vec.of(2), Vec.of(3), 0, 0, 0, 0.1);
            // w + ε = 0.6: y = 1.2, E = ½·1.8² = 1.62; w − ε = 0.4: y = 0.8, E = ½·2.2² = 2.42.
            assertThat(c.lossPlus()).isCloseTo(1.62, within(1e-15));
            assertThat(c.lossMinus()).isCloseTo(2.42, within(1e-15));
            assertThat(c.estimate()).isCloseTo((1.62 - 2.42) / 0.2, within(1e-13));
            // ∂E/∂w = −(d − y)·x = −2·2 = −4; E is quadratic in w, so the central difference is exact.
            assertThat(c.analytic()).isEqualTo(-4.0);
            assertThat(c.difference()).isCloseTo(0, within(1e-13));
            assertThat(c.weight()).isEqualTo(0.5);
            assertThat(c.isBias()).isFalse();
        }

        @Test
        void nudgesABiasAsTheWeightOnTheConstantInputOne() {
            GradientCheck c = GradientCheck.of(line, Vec.of(2), Vec.of(3), 0, 0, GradientCheck.BIAS, 0.5);
            // b = ±0.5: y = 1.5 or 0.5, E = ½·1.5² = 1.125 or ½·2.5² = 3.125; ∂E/∂b = −(d − y) = −2.
            assertThat(c.lossPlus()).isCloseTo(1.125, within(1e-15));
            assertThat(c.lossMinus()).isCloseTo(3.125, within(1e-15));
            assertThat(c.estimate()).isCloseTo(-2.0, within(1e-15));
            assertThat(c.analytic()).isEqualTo(-2.0);
            assertThat(c.isBias()).isTrue();
        }

        @Test
        void findsTheLessonsMinusPointZeroSixFourFiveForW11() {
            GradientCheck c = GradientCheck.of(EXAMPLE, X, D, 1, 0, 0, 1e-5);
            // ∂E/∂w₁₁ = −Δ·z₁ = −0.1056 × 0.6106 (lesson 06's numbers).
            assertThat(c.analytic()).isCloseTo(-0.0645, within(5e-5));
            assertThat(c.estimate()).isCloseTo(c.analytic(), within(1e-9));
        }
    }

    @Nested
    class AgainstTheBackwardPass {
        @ParameterizedTest(name = "seed {0}: every weight and bias agrees to 1e-8 with ε = 1e-5")
        @ValueSource(longs = {1, 2, 3, 4, 5})
        void agreesForEveryWeightOfADeepNetwork(long seed) {
            Nets.Problem p = Nets.random(seed, new int[] {3, 4, 3, 2}, new String[] {"sigmoid", "tanh", "sigmoid"});
            Network n = p.network();
            StepTrace step = Backprop.step(n, Vec.of(p.x()), Vec.of(p.d()), 0.5);
            for (int l = 0; l < n.layers().size(); l++) {
                LayerTrace t = step.layers().get(l);
                for (int j = 0; j < n.layers().get(l).size(); j++) {
                    for (int i = GradientCheck.BIAS; i < n.layers().get(l).inputSize(); i++) {
                        GradientCheck c = GradientCheck.of(n, Vec.of(p.x()), Vec.of(p.d()), l, j, i, 1e-5);
                        double engine = i == GradientCheck.BIAS ? t.gradBiases().get(j) : t.gradWeights().get(j, i);
                        assertThat(c.analytic()).isEqualTo(engine);
                        assertThat(c.estimate()).as("layer %d, weight %d,%d", l, j, i).isCloseTo(engine, within(1e-8));
                    }
                }
            }
        }

        @Test
        void visiblyDisagreesWhenEpsilonIsFarTooBigOrFarTooSmall() {
            double good = Math.abs(GradientCheck.of(EXAMPLE, X, D, 1, 0, 0, 1e-5).difference());
            double tooBig = Math.abs(GradientCheck.of(EXAMPLE, X, D, 1, 0, 0, 1).difference());
            double tooSmall = Math.abs(GradientCheck.of(EXAMPLE, X, D, 1, 0, 0, 1e-13).difference());
            assertThat(good).isLessThan(1e-10);
            // Truncation: the curvature of E over [w − 1, w + 1] shows in the fourth decimal.
            assertThat(tooBig).isGreaterThan(1e-4);
            // Round-off: E₊ and E₋ agree in all but their last few bits, so the quotient is noise.
            assertThat(tooSmall).isGreaterThan(1e-6);
        }

        @Test
        void refusesAWeightTheNetworkDoesNotHaveAndANonPositiveEpsilon() {
            assertThatThrownBy(() -> GradientCheck.of(EXAMPLE, X, D, 2, 0, 0, 1e-5)).hasMessageContaining("no layer 2");
            assertThatThrownBy(() -> GradientCheck.of(EXAMPLE, X, D, 1, 1, 0, 1e-5)).hasMessageContaining("no weight");
            assertThatThrownBy(() -> GradientCheck.of(EXAMPLE, X, D, 1, 0, 2, 1e-5)).hasMessageContaining("no weight");
            assertThatThrownBy(() -> GradientCheck.of(EXAMPLE, X, D, 1, 0, 0, 0)).hasMessageContaining("epsilon");
        }
    }
}
