package lab.backprop.api;

import static org.assertj.core.api.Assertions.assertThat;

import lab.backprop.exercises.ExerciseGenerator;
import lab.backprop.problem.Json;
import lab.backprop.problem.Problem;
import lab.backprop.problem.ProblemJson;
import lab.backprop.problem.ProblemReader;
import org.junit.jupiter.api.Test;

class ProblemJsonTest {
    @Test
    void writesWhatProblemReaderReadsBack() throws Exception {
        Problem p = ProblemReader.read(Json.mapper().readTree("""
                {"layers": [2, 2, 1], "weights": [[[0.1, -0.2], [0.3, 0.4]], [[0.5, 0.6]]],
                 "activations": ["tanh", "linear"], "slope": 2, "input": [1, 0], "target": [0.5], "learningRate": 0.1}"""));
        assertThat(ProblemReader.read(ProblemJson.of(p))).isEqualTo(p);
        assertThat(ProblemJson.of(p).get("biases").toString()).isEqualTo("[[0.0,0.0],[0.0]]");
        Problem generated = ExerciseGenerator.generate(5, new int[] {3, 3, 2}).problem();
        assertThat(ProblemReader.read(ProblemJson.of(generated))).isEqualTo(generated);
    }
}
