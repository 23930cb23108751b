package lab.backprop.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import lab.backprop.engine.TrainingProgress;
import lab.backprop.engine.TrainingRun;
import org.junit.jupiter.api.Test;

/** The training request's limits that HTTP tests cannot reach cheaply: the wall time and the stop. */
class TrainingProblemTest {
    static TrainingProblem xor(int epochs) throws Exception {
        return TrainingReader.read(Json.mapper().readTree("""
                {"layers": [2, 2, 1], "weights": [[[0.5, -0.4], [0.3, 0.8]], [[0.7, -0.6]]], "learningRate": 0.5,
                 "data": [{"input": [0, 0], "target": [0]}, {"input": [0, 1], "target": [1]},
                          {"input": [1, 0], "target": [1]}, {"input": [1, 1], "target": [0]}],
                 "epochs": %d}""".formatted(epochs)));
    }

    @Test
    void aRunPastItsWallTimeIsRefusedAtEpochsNamingTheEpochItReached() throws Exception {
        assertThatThrownBy(() -> xor(1000).train(() -> false, TrainingProgress.NONE, 0))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("training took longer than 0 s and was stopped after epoch 1 of 1000;"
                        + " use fewer epochs or samples or a smaller network")
                .extracting(e -> ((InvalidInput) e).path()).isEqualTo("epochs");
    }

    @Test
    void aStopEndsTheRunAfterTheCurrentEpochWithThatEpochAsTheLastPoint() throws Exception {
        int[] asked = {0};
        TrainingRun run = xor(1000).train(() -> ++asked[0] == 3, TrainingProgress.NONE);
        assertThat(run.stopped()).isTrue();
        assertThat(run.epochs()).isEqualTo(3);
        assertThat(run.lossCurve().get(run.lossCurve().size() - 1).epoch()).isEqualTo(3);
    }

    @Test
    void theBudgetCountsAtLeast32Weights() throws Exception {
        assertThat(xor(10).work()).isEqualTo(10L * 4 * 32);
    }
}
