package lab.backprop.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FlatNetworkTest {
    static Stream<Arguments> networks() {
        return Stream.of(
                Arguments.of(21L, new int[] {2, 1}, new String[] {"sigmoid"}),
                Arguments.of(22L, new int[] {2, 2, 1}, new String[] {"sigmoid", "sigmoid"}),
                Arguments.of(23L, new int[] {3, 2, 2}, new String[] {"tanh", "sigmoid"}),
                Arguments.of(24L, new int[] {2, 4, 3, 2}, new String[] {"relu", "tanh", "linear"}),
                Arguments.of(25L, new int[] {4, 3, 3, 3, 2}, new String[] {"sigmoid", "relu", "sigmoid", "sigmoid"}),
                Arguments.of(26L, new int[] {5, 8, 6, 4, 3, 2},
                        new String[] {"tanh", "sigmoid", "relu", "tanh", "linear"}));
    }

    @ParameterizedTest(name = "seed {0}: after each of 300 samples the weights equal Backprop.step's, bit for bit")
    @MethodSource("networks")
    void learnEqualsTheTracedStepAfterEverySample(long seed, int[] sizes, String[] activations) {
        Nets.Problem p = Nets.random(seed, sizes, activations);
        Random rnd = new Random(seed);
        double[][] xs = new double[5][sizes[0]];
        double[][] ds = new double[5][sizes[sizes.length - 1]];
        for (int t = 0; t < 5; t++) {
            xs[t] = rnd.doubles(sizes[0], -1, 1).toArray();
            ds[t] = rnd.doubles(sizes[sizes.length - 1], 0, 1).toArray();
        }
        Network traced = p.network();
        FlatNetwork fast = FlatNetwork.of(traced);
        double eta = 0.1;
        for (int step = 0; step < 300; step++) {
            int t = step % 5;
            traced = Backprop.step(traced, Vec.of(xs[t]), Vec.of(ds[t]), eta).updated();
            fast.learn(xs[t], ds[t], eta);
            assertThat(fast.toNetwork()).as("after step %d", step).isEqualTo(traced);
        }
        assertThat(fast.isFinite()).isTrue();
        assertThat(traced).isNotEqualTo(p.network());
    }

    @ParameterizedTest(name = "seed {0}: |delta| sums equal those of the traced step")
    @MethodSource("networks")
    void sumsTheAbsoluteErrorSignalsOfEachLayer(long seed, int[] sizes, String[] activations) {
        Nets.Problem p = Nets.random(seed, sizes, activations);
        FlatNetwork fast = FlatNetwork.of(p.network());
        fast.learn(p.x(), p.d(), 0.3);
        StepTrace step = Backprop.step(p.network(), Vec.of(p.x()), Vec.of(p.d()), 0.3);
        for (int l = 0; l < step.layers().size(); l++) {
            double sum = 0;
            for (int j = 0; j < step.layers().get(l).delta().size(); j++) {
                sum += Math.abs(step.layers().get(l).delta().get(j));
            }
            assertThat(fast.absDeltaSum(l)).as("layer %d", l).isEqualTo(sum);
        }
    }

    @ParameterizedTest(name = "seed {0}: the loss equals Backprop.loss of a forward pass")
    @MethodSource("networks")
    void computesTheLossOfAForwardPass(long seed, int[] sizes, String[] activations) {
        Nets.Problem p = Nets.random(seed, sizes, activations);
        double expected = Backprop.loss(Backprop.forward(p.network(), Vec.of(p.x())).output(), Vec.of(p.d()));
        assertThat(FlatNetwork.of(p.network()).loss(p.x(), p.d())).isEqualTo(expected);
    }
}
