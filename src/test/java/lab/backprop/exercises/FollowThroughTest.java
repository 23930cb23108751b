package lab.backprop.exercises;

import static lab.backprop.exercises.MarkerTest.cell;
import static lab.backprop.exercises.Problems.sigma;
import static lab.backprop.notation.Quantity.DELTA;
import static lab.backprop.notation.Quantity.DERIVATIVE;
import static lab.backprop.notation.Quantity.NET;
import static lab.backprop.notation.Quantity.NEW_WEIGHTS;
import static lab.backprop.notation.Quantity.OUT;
import static lab.backprop.notation.Quantity.WEIGHT_UPDATES;
import static org.assertj.core.api.Assertions.assertThat;

import lab.backprop.i18n.Lang;
import lab.backprop.problem.Problem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Follow-through on the hand-worked 2-2-2 network (v = [[.15,.20],[.25,.30]], b = .35; w =
 * [[.40,.45],[.50,.55]], b = .60; x = (.05,.10), d = (.01,.99), η = .5): the expected answers are
 * recomputed here by hand from a deliberately wrong z₁ = 0.7 (the truth is 0.5933).
 */
class FollowThroughTest {
    final Problem p = Problems.handWorked();
    static final double Z1 = 0.7;
    static final double Z2 = 0.5969;
    final double a1 = 0.40 * Z1 + 0.45 * Z2 + 0.60;
    final double a2 = 0.50 * Z1 + 0.55 * Z2 + 0.60;
    final double y1 = sigma(a1);
    final double y2 = sigma(a2);
    final double delta1 = (0.01 - y1) * y1 * (1 - y1);
    final double delta2 = (0.99 - y2) * y2 * (1 - y2);

    Marking mark(Answers a) {
        return Marker.mark(p, p.step(), a, Tolerance.DEFAULT, Lang.EN);
    }

    static double r4(double v) {
        return Math.round(v * 1e4) / 1e4;
    }

    @Nested
    class AcrossTwoLayers {
        @Test
        void aWrongHiddenOutputCarriesThroughTheOutputLayersNetOutAndDelta() {
            Marking m = mark(Sheet.of(2)
                    .vector(0, OUT, Z1, Z2)
                    .vector(1, NET, r4(a1), r4(a2))
                    .vector(1, OUT, r4(y1), r4(y2))
                    .vector(1, DELTA, r4(delta1), r4(delta2))
                    .answers());
            assertThat(cell(m, "layers[0].out[0]").status()).isEqualTo(Status.INCORRECT);
            assertThat(cell(m, "layers[0].out[1]").status()).isEqualTo(Status.CORRECT);
            assertThat(m.cells().subList(2, 8)).extracting(Cell::status).containsOnly(Status.FOLLOW_THROUGH);
            assertThat(m.summary()).isEqualTo(new Marking.Summary(1, 6, 1, 0, 8));
            assertThat(cell(m, "layers[1].delta[0]").message()).contains("follow-through");
        }

        @Test
        void followsThroughQuantitiesTheStudentWasNotAskedFor() {
            Marking m = mark(Sheet.of(2).vector(0, OUT, Z1, Z2).vector(1, DELTA, r4(delta1), r4(delta2)).answers());
            assertThat(cell(m, "layers[1].delta[0]").status()).isEqualTo(Status.FOLLOW_THROUGH);
            assertThat(cell(m, "layers[1].delta[1]").status()).isEqualTo(Status.FOLLOW_THROUGH);
        }

        @Test
        void carriesAWrongDeltaIntoTheHiddenDeltasAndTheUpdates() {
            double wrongDelta1 = -0.2;
            double z1 = 0.593269992;
            double z2 = 0.596884378;
            double hiddenDelta1 = z1 * (1 - z1) * (0.40 * wrongDelta1 + 0.50 * 0.0381);
            Marking m = mark(Sheet.of(2)
                    .vector(1, DELTA, wrongDelta1, 0.0381)
                    .matrix(1, WEIGHT_UPDATES, new Double[][] {{r4(0.5 * wrongDelta1 * z1), r4(0.5 * wrongDelta1 * z2)},
                            {null, null}})
                    .matrix(1, NEW_WEIGHTS, new Double[][] {{r4(0.40 + 0.5 * wrongDelta1 * z1), null}, {null, null}})
                    .vector(0, DELTA, r4(hiddenDelta1), null)
                    .answers());
            assertThat(cell(m, "layers[1].delta[0]").status()).isEqualTo(Status.INCORRECT);
            assertThat(cell(m, "layers[1].weightUpdates[0][0]").status()).isEqualTo(Status.FOLLOW_THROUGH);
            assertThat(cell(m, "layers[1].weightUpdates[0][1]").status()).isEqualTo(Status.FOLLOW_THROUGH);
            assertThat(cell(m, "layers[1].newWeights[0][0]").status()).isEqualTo(Status.FOLLOW_THROUGH);
            assertThat(cell(m, "layers[0].delta[0]").status()).isEqualTo(Status.FOLLOW_THROUGH);
        }
    }

    @Nested
    class WithinALayer {
        @Test
        void aWrongNetCarriesToOutAndToTheDerivative() {
            double z = sigma(0.4);
            Marking m = mark(Sheet.of(2)
                    .vector(0, NET, 0.4, 0.3925)
                    .vector(0, OUT, r4(z), 0.5969)
                    .vector(0, DERIVATIVE, r4(z * (1 - z)), 0.2406)
                    .answers());
            assertThat(m.cells()).extracting(Cell::status).containsExactly(
                    Status.INCORRECT, Status.CORRECT, Status.FOLLOW_THROUGH, Status.CORRECT,
                    Status.FOLLOW_THROUGH, Status.CORRECT);
        }
    }

    @Nested
    class OnlyFromWrongAnswers {
        @Test
        void aWrongAnswerWithCorrectInputsIsIncorrect() {
            Marking m = mark(Sheet.of(2).vector(1, OUT, 0.7514, 0.7729).vector(1, DELTA, -0.15, 0.0381).answers());
            assertThat(cell(m, "layers[1].delta[0]").status()).isEqualTo(Status.INCORRECT);
        }

        @Test
        void aValueFollowingAWrongAnswerTheStudentThenCorrectedIsIncorrect() {
            // u₁ is wrong but z₁ is right: the output net must follow z₁, not σ(u₁).
            double fromWrongU = 0.40 * sigma(0.4) + 0.45 * Z2 + 0.60;
            Marking m = mark(Sheet.of(2)
                    .vector(0, NET, 0.4, null)
                    .vector(0, OUT, 0.5933, Z2)
                    .vector(1, NET, r4(fromWrongU), null)
                    .answers());
            assertThat(cell(m, "layers[1].net[0]").status()).isEqualTo(Status.INCORRECT);
        }

        @Test
        void followsThroughAWrongAnswerThatWasLeftUncorrected() {
            double fromWrongU = 0.40 * sigma(0.4) + 0.45 * Z2 + 0.60;
            Marking m = mark(Sheet.of(2).vector(0, NET, 0.4, null).vector(1, NET, r4(fromWrongU), null).answers());
            assertThat(cell(m, "layers[1].net[0]").status()).isEqualTo(Status.FOLLOW_THROUGH);
        }
    }

    @Nested
    class RoundingCarriedForward {
        /** 1-1-1: u = 0.3, z = σ(0.3) = 0.574442…, a = 40·z − 23: z's rounding error grows forty-fold. */
        final Problem amplifying = Problems.sigmoid(1.0, new double[][][] {{{1.0}}, {{40.0}}},
                new double[][] {{0.0}, {-23.0}}, new double[] {0.3}, new double[] {1.0}, 0.5);

        @Test
        void aValueComputedFromCorrectRoundedAnswersIsCorrectNotFollowThrough() {
            double zRounded = r4(sigma(0.3));
            double aFromRounded = 40 * zRounded - 23;
            double aTrue = 40 * sigma(0.3) - 23;
            assertThat(Math.abs(aFromRounded - aTrue)).isGreaterThan(0.001);
            Marking m = Marker.mark(amplifying, amplifying.step(), Sheet.of(2).vector(0, OUT, zRounded).vector(1, NET, aFromRounded)
                    .answers(), Tolerance.DEFAULT, Lang.EN);
            assertThat(m.cells()).extracting(Cell::status).containsExactly(Status.CORRECT, Status.CORRECT);
        }
    }
}
