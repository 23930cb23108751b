package lab.backprop.exercises;

import static lab.backprop.exercises.MarkerTest.cell;
import static lab.backprop.notation.Quantity.DELTA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import lab.backprop.engine.StepTrace;
import lab.backprop.i18n.Lang;
import org.junit.jupiter.api.Test;

/**
 * The exercises added for issue 12, each with one classic slip marked as it should be, and their
 * questions' keys checked against hand-worked numbers.
 */
class NewExercisesTest {
    static Exercise exercise(String id) {
        return ShippedExercisesTest.LOADED.catalog().find(id).orElseThrow();
    }

    static Marking mark(Exercise e, Answers a) {
        return Marker.mark(e, e.problem().step(), a, Lang.EN);
    }

    static Answers questions(int layers, Map<String, Double> given) {
        Map<String, Given> q = new java.util.HashMap<>();
        given.forEach((id, v) -> q.put(id, Given.scalar(v)));
        return new Answers(null, null, Sheet.of(layers).answers().layers(), q);
    }

    @Test
    void hiddenDeltaWithTwoOutputsNamesTheTransposedSum() {
        Exercise e = exercise("hidden-delta-two-outputs");
        StepTrace t = e.problem().step();
        double d1 = t.layers().get(1).delta().get(0);
        double d2 = t.layers().get(1).delta().get(1);
        double z1 = t.layers().get(0).out().get(0);
        // right: δ₁ = g′(u₁)(w₁₁Δ₁ + w₂₁Δ₂) with w₁₁ = 0.6, w₂₁ = 0.3; the slip sums w₁₁Δ₁ + w₁₂Δ₂ (w₁₂ = −0.5)
        assertThat(t.layers().get(0).delta().get(0)).isCloseTo(z1 * (1 - z1) * (0.6 * d1 + 0.3 * d2), within(1e-12));
        double slip = z1 * (1 - z1) * (0.6 * d1 - 0.5 * d2);
        Cell c = cell(mark(e, Sheet.of(2).vector(0, DELTA, slip, null).answers()), "layers[0].delta[0]");
        assertThat(c.diagnosis()).isEqualTo(Diagnosis.SWAPPED_INDICES);
    }

    @Test
    void derivativesKeysAreTheTextbookValuesAndADeadReluUnitsDeltaIsZero() {
        Exercise e = exercise("derivatives");
        StepTrace t = e.problem().step();
        Map<String, Double> key = Map.of("sigmoid-0-k1", 0.25, "sigmoid-0-k2", 0.5,
                "sigmoid-2-k1", 0.104993585, "sigmoid-2-k2", 0.035325412, "tanh", 0.786447733);
        for (Question q : e.questions()) {
            assertThat(q.expected(e.problem(), t)).as(q.id()).isCloseTo(key.get(q.id()), within(1e-9));
        }
        // u₂ = −0.6·1.0 + 0.2·0.5 = −0.5 < 0: g′ = 0, δ₂ = 0; the linear output's Δ = d − y
        assertThat(t.layers().get(0).delta().get(1)).isZero();
        assertThat(t.output().delta().get(0)).isCloseTo(1.5 - 0.76, within(1e-12));
        // the slip: δ₁ without g′ is w₁₁·Δ₁, here the same as with g′ = 1, so it is right; for the dead unit
        // w₁₂·Δ₁ = 0.666 is the missing g′
        Cell c = cell(mark(e, Sheet.of(2).vector(0, DELTA, null, 0.9 * 0.74).answers()), "layers[0].delta[1]");
        assertThat(c.diagnosis()).isEqualTo(Diagnosis.MISSING_DERIVATIVE);
    }

    @Test
    void theSaturatedOutputsTinyDeltaIsNotTheError() {
        Exercise e = exercise("saturated-wrong-end");
        StepTrace t = e.problem().step();
        double y = t.output().out().get(0);
        assertThat(y).isGreaterThan(0.99);
        assertThat(Math.abs(t.output().delta().get(0))).isLessThan(0.003);
        double tenSteps = e.questions().get(0).expected(e.problem(), t);
        assertThat(t.loss() - tenSteps).isBetween(0.0, 0.001);
        Cell c = cell(mark(e, Sheet.of(2).vector(1, DELTA, 0 - y).answers()), "layers[1].delta[0]");
        assertThat(c.diagnosis()).isEqualTo(Diagnosis.MISSING_DERIVATIVE);
    }

    @Test
    void twoHiddenLayersMultiplyTheDerivativesAndTheSlipIsNamed() {
        Exercise e = exercise("two-hidden-layers");
        StepTrace t = e.problem().step();
        double[] deltaJ = t.layers().get(1).delta().toArray();
        double zh = t.layers().get(0).out().get(0);
        // δ_h1 = g′(u_h1)·(v₁₁·δ_j1 + v₂₁·δ_j2) with v_jh = [[0.5, −0.4], [0.7, 0.2]]
        double right = zh * (1 - zh) * (0.5 * deltaJ[0] + 0.7 * deltaJ[1]);
        assertThat(t.layers().get(0).delta().get(0)).isCloseTo(right, within(1e-12));
        Cell c = cell(mark(e, Sheet.of(3).vector(0, DELTA, 0.5 * deltaJ[0] + 0.7 * deltaJ[1], null).answers()),
                "layers[0].delta[0]");
        assertThat(c.diagnosis()).isEqualTo(Diagnosis.MISSING_DERIVATIVE);
        // the choice: δ₁ (h) is the smaller; picking δ₁ (j) is incorrect
        Marking m = mark(e, questions(3, Map.of("smaller-signal", 1.0)));
        assertThat(cell(m, "questions.smaller-signal").status()).isEqualTo(Status.INCORRECT);
        assertThat(cell(m, "questions.smaller-signal").symbol()).isEqualTo("δ₁ (h) / δ₁ (j)");
    }

    @Test
    void twoStepsKeepLosingAndTheSlipOfReusingTheFirstStepIsIncorrect() {
        Exercise e = exercise("two-steps");
        StepTrace t = e.problem().step();
        // by hand: one sigmoid unit, w = (0.5, −0.4), w₁₀ = 0.1, x = (1, 0.5), d = 0.9, η = 1
        double y = 1 / (1 + Math.exp(-0.4));
        double delta = (0.9 - y) * y * (1 - y);
        double a2 = (0.5 + delta) * 1.0 + (-0.4 + delta * 0.5) * 0.5 + 0.1 + delta;
        double y2 = 1 / (1 + Math.exp(-a2));
        double delta2 = (0.9 - y2) * y2 * (1 - y2);
        double a3 = a2 + delta2 * (1.0 + 0.25 + 1.0);
        double y3 = 1 / (1 + Math.exp(-a3));
        double lossTwo = 0.5 * (0.9 - y3) * (0.9 - y3);
        assertThat(e.questions().get(0).expected(e.problem(), t)).isCloseTo(lossTwo, within(1e-12));
        assertThat(e.questions().get(1).expected(e.problem(), t)).isEqualTo(2.0);
        Marking m = mark(e, questions(1, Map.of("loss-after-two", t.lossAfter(), "smallest-loss", 2.0)));
        assertThat(cell(m, "questions.loss-after-two").status()).isEqualTo(Status.INCORRECT);
        assertThat(cell(m, "questions.smallest-loss").status()).isEqualTo(Status.CORRECT);
    }

    @Test
    void theGradientCheckAgreesWithMinusDeltaTimesZAndForgettingTheTwoIsIncorrect() {
        Exercise e = exercise("gradient-check");
        StepTrace t = e.problem().step();
        double gradient = t.output().gradWeights().get(0, 0);
        assertThat(gradient).isCloseTo(-0.0645, within(0.00005));
        double plus = e.questions().get(0).expected(e.problem(), t);
        double minus = e.questions().get(1).expected(e.problem(), t);
        double central = e.questions().get(2).expected(e.problem(), t);
        assertThat(central).isCloseTo((plus - minus) / 0.02, within(1e-12)).isCloseTo(gradient, within(1e-6));
        Marking m = mark(e, questions(2, Map.of("central-difference", (plus - minus) / 0.01)));
        assertThat(cell(m, "questions.central-difference").status()).isEqualTo(Status.INCORRECT);
        assertThat(cell(m, "questions.central-difference").symbol()).isEqualTo("(E₊ − E₋)/2ε");
    }
}
