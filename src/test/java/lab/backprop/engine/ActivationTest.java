package lab.backprop.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActivationTest {

    @ParameterizedTest(name = "{0}: g' equals the central difference of g")
    @EnumSource(Activation.class)
    void derivativeMatchesFiniteDifferences(Activation g) {
        double h = 1e-6;
        for (double k : new double[] {0.5, 1, 2.5}) {
            for (double a : new double[] {-3.1, -0.7, 0.3, 1.9, 4.2}) {
                double numeric = (g.apply(a + h, k) - g.apply(a - h, k)) / (2 * h);
                assertThat(g.derivative(a, g.apply(a, k), k))
                        .as("%s'(%s) with k = %s", g.id(), a, k)
                        .isCloseTo(numeric, within(1e-8));
            }
        }
    }

    @Test
    void sigmoidWithSlopeKHasTheLectureForm() {
        double k = 2;
        double a = 0.4;
        double y = 1 / (1 + Math.exp(-k * a));
        assertThat(Activation.SIGMOID.apply(a, k)).isCloseTo(y, within(1e-15));
        double lectureForm = k * Math.exp(-k * a) / Math.pow(1 + Math.exp(-k * a), 2);
        assertThat(Activation.SIGMOID.derivative(a, y, k)).isCloseTo(lectureForm, within(1e-15));
    }

    @Test
    void sigmoidDerivativePeaksAtKOverFourAndVanishesForLargeInputs() {
        assertThat(Activation.SIGMOID.derivative(0, Activation.SIGMOID.apply(0, 3), 3)).isEqualTo(0.75);
        double far = Activation.SIGMOID.apply(20, 1);
        assertThat(Activation.SIGMOID.derivative(20, far, 1)).isLessThan(1e-8).isGreaterThanOrEqualTo(0);
    }

    @Test
    void sigmoidStaysFiniteForHugeNetInputs() {
        assertThat(Activation.SIGMOID.apply(-1000, 1)).isEqualTo(0.0);
        assertThat(Activation.SIGMOID.apply(1000, 1)).isEqualTo(1.0);
    }

    @Test
    void onlyTheSigmoidUsesTheSlope() {
        assertThat(Activation.TANH.apply(0.5, 3)).isEqualTo(Math.tanh(0.5));
        assertThat(Activation.SIGMOID.usesSlope()).isTrue();
        assertThat(Activation.TANH.usesSlope()).isFalse();
    }

    @Test
    void isFoundByItsJsonName() {
        assertThat(Activation.byId("relu")).contains(Activation.RELU);
        assertThat(Activation.byId("softmax")).isEmpty();
    }
}
