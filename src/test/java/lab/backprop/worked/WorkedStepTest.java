package lab.backprop.worked;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lab.backprop.engine.Activation;
import lab.backprop.engine.Layer;
import lab.backprop.engine.Matrix;
import lab.backprop.engine.Network;
import lab.backprop.engine.Vec;
import lab.backprop.problem.Problem;
import org.junit.jupiter.api.Test;

class WorkedStepTest {
    /** The hand-worked 2-2-2 example; the expected lines carry its published numbers. */
    final Problem problem = new Problem(new Network(List.of(
            new Layer(Matrix.of(new double[][] {{0.15, 0.20}, {0.25, 0.30}}), Vec.of(0.35, 0.35), Activation.SIGMOID),
            new Layer(Matrix.of(new double[][] {{0.40, 0.45}, {0.50, 0.55}}), Vec.of(0.60, 0.60), Activation.SIGMOID)),
            1.0), Vec.of(0.05, 0.10), Vec.of(0.01, 0.99), 0.5);
    final List<WorkedStep.Part> steps = WorkedStep.of(problem, problem.step(), 4, Script.UNICODE);

    @Test
    void followsTheLecturesOrder() {
        assertThat(steps).extracting(WorkedStep.Part::heading).containsExactly(
                "solution.forwardHidden", "solution.forwardOutput", "solution.loss", "solution.outputDelta",
                "solution.hiddenDelta", "solution.updateOutput", "solution.updateHidden", "solution.lossAfter");
    }

    @Test
    void plugsTheNumbersIntoEachFormula() {
        assertThat(steps.get(0).lines().get(0).text())
                .isEqualTo("u₁ = v₁₀ + v₁₁·x₁ + v₁₂·x₂ = 0.3500 + 0.1500×0.0500 + 0.2000×0.1000 = 0.3775");
        assertThat(steps.get(0).lines().get(1).text()).isEqualTo("z₁ = g(u₁) = 1 / (1 + e^(−0.3775)) = 0.5933");
        assertThat(steps.get(2).lines().get(0).text())
                .isEqualTo("E = ½ Σₖ (dₖ − yₖ)² = ½ [(0.0100 − 0.7514)² + (0.9900 − 0.7729)²] = 0.2984");
        assertThat(steps.get(3).lines().get(1).text())
                .isEqualTo("Δ₁ = (d₁ − y₁)·g′(a₁) = (0.0100 − 0.7514) × 0.1868 = −0.1385");
        assertThat(steps.get(4).lines().get(1).text()).startsWith("δ₁ = g′(u₁)·Σₖ wₖ₁Δₖ = 0.2413 × (0.4000×(−0.1385) + 0.5000×");
        assertThat(steps.get(5).lines().get(1).text()).isEqualTo(
                "Δw₁₁ = η·Δ₁·z₁ = 0.5000 × (−0.1385) × 0.5933 = −0.0411;   w₁₁(t+1) = 0.4000 + (−0.0411) = 0.3589");
        assertThat(steps.get(7).lines().get(0).text()).startsWith("E(t+1) = ½ Σₖ (dₖ − yₖ)² = ½ [(0.0100 − ");
    }
}
