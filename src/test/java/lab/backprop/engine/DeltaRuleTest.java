package lab.backprop.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DeltaRuleTest {

    @Test
    void aLinearUnitMovesEachWeightByEtaTimesErrorTimesItsInput() {
        // w = (0.2, −0.1), b = 0, x = (1, 0.5), t = 1, η = 0.5, g linear.
        Layer layer = new Layer(Matrix.of(new double[][] {{0.2, -0.1}}), Vec.of(0.0), Activation.LINEAR);
        DeltaRuleTrace step = DeltaRule.step(layer, 1.0, Vec.of(1.0, 0.5), Vec.of(1.0), 0.5);
        // y = 0.2 − 0.05 = 0.15, t − y = 0.85
        assertThat(step.out().get(0)).isCloseTo(0.15, within(1e-15));
        assertThat(step.error().get(0)).isCloseTo(0.85, within(1e-15));
        // Δw = 0.5·0.85·(1, 0.5) = (0.425, 0.2125); Δb = 0.425
        assertThat(step.weightUpdates().get(0, 0)).isCloseTo(0.425, within(1e-15));
        assertThat(step.weightUpdates().get(0, 1)).isCloseTo(0.2125, within(1e-15));
        assertThat(step.biasUpdates().get(0)).isCloseTo(0.425, within(1e-15));
        assertThat(step.newWeights().get(0, 0)).isCloseTo(0.625, within(1e-15));
        assertThat(step.newWeights().get(0, 1)).isCloseTo(0.1125, within(1e-15));
        // E = ½·0.85² = 0.36125; after: y = 0.625 + 0.05625 + 0.425 = 1.10625, E = ½·0.10625²
        assertThat(step.loss()).isCloseTo(0.36125, within(1e-15));
        assertThat(step.outAfter().get(0)).isCloseTo(1.10625, within(1e-15));
        assertThat(step.lossAfter()).isCloseTo(0.5 * 0.10625 * 0.10625, within(1e-15));
    }

    @Test
    void aSigmoidUnitUsesNoDerivativeFactor() {
        Layer layer = new Layer(Matrix.of(new double[][] {{1.0}, {-2.0}}), Vec.of(0.5, 0.0), Activation.SIGMOID);
        DeltaRuleTrace step = DeltaRule.step(layer, 2.0, Vec.of(0.3), Vec.of(1.0, 0.0), 0.1);
        for (int j = 0; j < 2; j++) {
            double y = 1 / (1 + Math.exp(-2.0 * step.net().get(j)));
            double t = j == 0 ? 1.0 : 0.0;
            assertThat(step.out().get(j)).isCloseTo(y, within(1e-15));
            assertThat(step.weightUpdates().get(j, 0)).isCloseTo(0.1 * (t - y) * 0.3, within(1e-15));
        }
        assertThat(step.net().get(0)).isCloseTo(0.8, within(1e-15));
    }
}
