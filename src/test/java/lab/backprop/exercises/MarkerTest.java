package lab.backprop.exercises;

import static lab.backprop.notation.Quantity.DELTA;
import static lab.backprop.notation.Quantity.NET;
import static lab.backprop.notation.Quantity.NEW_BIASES;
import static lab.backprop.notation.Quantity.NEW_WEIGHTS;
import static lab.backprop.notation.Quantity.OUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import lab.backprop.i18n.Lang;
import lab.backprop.problem.Problem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Which cells are marked, and each of the four marks, on the published hand-worked 2-2-2 network. */
class MarkerTest {
    final Problem p = Problems.handWorked();

    Marking mark(Answers a) {
        return Marker.mark(p, p.step(), a, Tolerance.DEFAULT, Lang.EN);
    }

    static Cell cell(Marking m, String path) {
        return m.cells().stream().filter(c -> c.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + path + " in " + m.cells()));
    }

    @Nested
    class WhichCellsCount {
        @Test
        void anOmittedQuantityIsNotPartOfTheExercise() {
            Marking m = mark(Sheet.of(2).answers());
            assertThat(m.cells()).isEmpty();
            assertThat(m.summary()).isEqualTo(new Marking.Summary(0, 0, 0, 0, 0));
        }

        @Test
        void aBlankEntryOfAGivenQuantityIsMissing() {
            Marking m = mark(Sheet.of(2).vector(0, NET, 0.3775, null).answers());
            assertThat(m.cells()).extracting(Cell::path).containsExactly("layers[0].net[0]", "layers[0].net[1]");
            assertThat(cell(m, "layers[0].net[1]").status()).isEqualTo(Status.MISSING);
            assertThat(cell(m, "layers[0].net[1]").given()).isNull();
            assertThat(cell(m, "layers[0].net[1]").expected()).isCloseTo(0.3925, within(1e-12));
            assertThat(m.summary()).isEqualTo(new Marking.Summary(1, 0, 0, 1, 2));
        }

        @Test
        void anAllBlankQuantityCountsEveryEntryAsMissing() {
            Answers a = new Answers(Given.scalar(null), null, List.of(Map.of(), Map.of(NEW_WEIGHTS, Given.blank(2, 2))));
            Marking m = mark(a);
            assertThat(m.summary()).isEqualTo(new Marking.Summary(0, 0, 0, 5, 5));
        }

        @Test
        void listsCellsLossFirstThenEachLayerInQuantityOrderRowByRowThenLossAfter() {
            Answers a = Sheet.of(2).lossAfter(0.2910).loss(0.2984)
                    .matrix(1, NEW_WEIGHTS, new Double[][] {{0.3589, 0.4087}, {0.5113, 0.5614}})
                    .vector(1, NEW_BIASES, 0.5308, 0.6190)
                    .vector(0, OUT, 0.5933, 0.5969)
                    .answers();
            assertThat(mark(a).cells()).extracting(Cell::path).containsExactly(
                    "loss", "layers[0].out[0]", "layers[0].out[1]",
                    "layers[1].newWeights[0][0]", "layers[1].newWeights[0][1]",
                    "layers[1].newWeights[1][0]", "layers[1].newWeights[1][1]",
                    "layers[1].newBiases[0]", "layers[1].newBiases[1]", "lossAfter");
        }

        @Test
        void namesEachCellWithTheLectureSymbol() {
            Answers a = Sheet.of(2).loss(0.2984).vector(1, DELTA, -0.1385, 0.0381)
                    .matrix(1, NEW_WEIGHTS, new Double[][] {{0.3589, 0.4087}, {0.5113, 0.5614}}).answers();
            assertThat(mark(a).cells()).extracting(Cell::symbol)
                    .containsExactly("E", "Δ₁", "Δ₂", "w₁₁(t+1)", "w₁₂(t+1)", "w₂₁(t+1)", "w₂₂(t+1)");
        }
    }

    @Nested
    class TheFourMarks {
        @Test
        void anAnswerRoundedToFourDecimalsIsCorrect() {
            Cell c = mark(Sheet.of(2).loss(0.2984).answers()).cells().get(0);
            assertThat(c.status()).isEqualTo(Status.CORRECT);
            assertThat(c.given()).isEqualTo(0.2984);
            assertThat(c.expected()).isCloseTo(0.298371109, within(1e-9));
            assertThat(c.diagnosis()).isNull();
            assertThat(c.message()).isEqualTo("Correct.");
        }

        @Test
        void anAnswerJustOutsideTheToleranceIsIncorrect() {
            Cell c = mark(Sheet.of(2).loss(0.29888).answers()).cells().get(0);
            assertThat(c.status()).isEqualTo(Status.INCORRECT);
            assertThat(c.diagnosis()).isNull();
            assertThat(c.message()).startsWith("Outside the tolerance");
        }

        @Test
        void aWiderToleranceAcceptsIt() {
            Marking m = Marker.mark(p, p.step(), Sheet.of(2).loss(0.29888).answers(), new Tolerance(0.001), Lang.EN);
            assertThat(m.cells().get(0).status()).isEqualTo(Status.CORRECT);
        }

        @Test
        void aBlankIsMissing() {
            Cell c = mark(Sheet.of(2).loss(null).answers()).cells().get(0);
            assertThat(c.status()).isEqualTo(Status.MISSING);
            assertThat(c.message()).isEqualTo("Not answered.");
        }

        @Test
        void aValueRightFromTheStudentsOwnWrongAnswerIsFollowThrough() {
            double a1 = 0.40 * 0.6 + 0.45 * 0.596884378 + 0.60;
            Marking m = mark(Sheet.of(2).vector(0, OUT, 0.6, 0.5969).vector(1, NET, a1, null).answers());
            assertThat(cell(m, "layers[1].net[0]").status()).isEqualTo(Status.FOLLOW_THROUGH);
            assertThat(cell(m, "layers[1].net[0]").expected()).isCloseTo(1.105905967, within(1e-9));
            assertThat(m.summary()).isEqualTo(new Marking.Summary(1, 1, 1, 1, 4));
        }

        @Test
        void writesMessagesInKoreanByDefaultLanguage() {
            Marking m = Marker.mark(p, p.step(), Sheet.of(2).loss(0.2984).lossAfter(null).answers(), Tolerance.DEFAULT,
                    Lang.KO);
            assertThat(m.cells()).extracting(Cell::message).containsExactly("정답입니다.", "답을 쓰지 않았습니다.");
        }
    }

    @Nested
    class TheLossAfterTheStep {
        /** E after the step, by hand: the published new weights, and biases moved by η·δ as well. */
        static double lossAfter(double[][] v, double[] bv, double[][] w, double[] bw) {
            double[] x = {0.05, 0.10};
            double[] z = new double[2];
            double e = 0;
            for (int j = 0; j < 2; j++) {
                z[j] = Problems.sigma(v[j][0] * x[0] + v[j][1] * x[1] + bv[j]);
            }
            double[] d = {0.01, 0.99};
            for (int k = 0; k < 2; k++) {
                double y = Problems.sigma(w[k][0] * z[0] + w[k][1] * z[1] + bw[k]);
                e += 0.5 * (d[k] - y) * (d[k] - y);
            }
            return e;
        }

        final double[][] newV = {{0.149780716, 0.199561432}, {0.249751144, 0.299502287}};
        final double[] newBv = {0.35 + 0.5 * -0.008771354, 0.35 + 0.5 * -0.009954254};
        final double[][] newW = {{0.358916480, 0.408666186}, {0.511301270, 0.561370121}};
        final double[] newBw = {0.60 + 0.5 * -0.138498562, 0.60 + 0.5 * 0.038098236};

        @Test
        void isCorrectAgainstAForwardPassWithTheNewWeightsAndBiases() {
            double expected = lossAfter(newV, newBv, newW, newBw);
            Cell c = mark(Sheet.of(2).lossAfter(expected).answers()).cells().get(0);
            assertThat(c.status()).isEqualTo(Status.CORRECT);
            assertThat(c.expected()).isCloseTo(expected, within(1e-8));
            assertThat(c.symbol()).isEqualTo("E(t+1)");
        }

        @Test
        void followsThroughTheStudentsOwnNewWeights() {
            double[][] wrongW = {{0.30, 0.408666186}, {0.511301270, 0.561370121}};
            double fromWrong = lossAfter(newV, newBv, wrongW, newBw);
            Marking m = mark(Sheet.of(2).matrix(1, NEW_WEIGHTS, new Double[][] {{0.30, 0.4087}, {0.5113, 0.5614}})
                    .lossAfter(fromWrong).answers());
            assertThat(cell(m, "layers[1].newWeights[0][0]").status()).isEqualTo(Status.INCORRECT);
            assertThat(cell(m, "lossAfter").status()).isEqualTo(Status.FOLLOW_THROUGH);
        }
    }
}
