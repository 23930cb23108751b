package lab.backprop.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Divergence, determinism, the choice of curve points, stopping early, progress and bad input. */
class TrainingControlTest {
    static final int[] SIZES = {3, 4, 3, 2};
    static final String[] ACTIVATIONS = {"tanh", "sigmoid", "sigmoid"};

    @Nested
    class Divergence {
        @Test
        void aLinearNetworkWithAHugeRateStopsWithTheEpochWhereANumberStoppedBeingFinite() {
            // 1-1-1 linear, x = 1, d = 1, η = 10: every step multiplies the error by about −19.
            Network network = Nets.of(new double[][][] {{{0.5}}, {{1.0}}}, new double[][] {{0}, {0}},
                    new String[] {"linear", "linear"}, 1.0);
            List<Sample> one = List.of(new Sample(Vec.of(1), Vec.of(1)));
            int expected = 0;
            Network traced = network;
            for (int e = 1; e <= 500 && expected == 0; e++) {
                traced = Backprop.step(traced, Vec.of(1), Vec.of(1), 10).updated();
                if (!Samples.isFinite(traced) || !Double.isFinite(Samples.meanLoss(traced, one))) {
                    expected = e;
                }
            }
            assertThat(expected).isBetween(2, 499);
            int divergedAt = expected;

            assertThatThrownBy(() -> Training.train(network, TrainingPlan.online(one, 10, 500)))
                    .isInstanceOfSatisfying(Diverged.class, d -> assertThat(d.epoch()).isEqualTo(divergedAt))
                    .hasMessageContaining("epoch " + divergedAt);
        }

        @Test
        void batchModeNamesTheEpochThatSummedTracedGradientsOverflowIn() {
            int[] sizes = {2, 3, 1};
            Nets.Problem p = Nets.random(41, sizes, new String[] {"linear", "linear"});
            List<Sample> samples = Samples.random(41, 3, sizes);
            double eta = 5;
            int expected = 0;
            Network reference = p.network();
            for (int e = 1; e <= 500 && expected == 0; e++) {
                reference = batchEpoch(reference, samples, eta);
                if (!Samples.isFinite(reference) || !Double.isFinite(Samples.meanLoss(reference, samples))) {
                    expected = e;
                }
            }
            assertThat(expected).isBetween(2, 499);
            int divergedAt = expected;

            assertThatThrownBy(() -> Training.train(p.network(),
                    TrainingPlan.online(samples, eta, 500).withMode(TrainingMode.BATCH)))
                    .isInstanceOfSatisfying(Diverged.class, d -> assertThat(d.epoch()).isEqualTo(divergedAt));
        }

        /** One batch epoch from traced steps: every weight minus η Σ ∂E/∂w over the samples. */
        private Network batchEpoch(Network network, List<Sample> samples, double eta) {
            List<StepTrace> steps = samples.stream()
                    .map(s -> Backprop.step(network, s.input(), s.target(), eta)).toList();
            List<Layer> layers = new ArrayList<>();
            for (int l = 0; l < network.layers().size(); l++) {
                int layer = l;
                Layer old = network.layers().get(l);
                Matrix w = Matrix.generate(old.size(), old.inputSize(), (j, i) -> old.weights().get(j, i)
                        - eta * steps.stream().mapToDouble(t -> t.layers().get(layer).gradWeights().get(j, i)).sum());
                Vec b = Vec.generate(old.size(), j -> old.biases().get(j)
                        - eta * steps.stream().mapToDouble(t -> t.layers().get(layer).gradBiases().get(j)).sum());
                layers.add(new Layer(w, b, old.activation()));
            }
            return new Network(layers, network.slope());
        }
    }

    @Nested
    class Determinism {
        @Test
        void theSameInputsGiveTheSameRunBitForBit() {
            Nets.Problem p = Nets.random(42, SIZES, ACTIVATIONS);
            List<Sample> samples = Samples.random(42, 7, SIZES);
            TrainingPlan plan = TrainingPlan.online(samples, 0.3, 40).withShuffleSeed(5);
            TrainingRun first = Training.train(p.network(), plan);
            TrainingRun second = Training.train(p.network(), plan);
            assertThat(second).isEqualTo(first);
            assertThat(Training.train(p.network(), plan.withMode(TrainingMode.BATCH)))
                    .isEqualTo(Training.train(p.network(), plan.withMode(TrainingMode.BATCH)));
        }

        @Test
        void aShuffleSeedGivesTheSameOrderEachRunAndNotTheGivenOne() {
            int[] a = new int[10];
            int[] b = new int[10];
            SplitMix64 r1 = new SplitMix64(5);
            SplitMix64 r2 = new SplitMix64(5);
            int[] identity = IntStream.range(0, 10).toArray();
            for (int e = 0; e < 3; e++) {
                Training.sampleOrder(a, r1);
                Training.sampleOrder(b, r2);
                assertThat(a).isEqualTo(b).isNotEqualTo(identity);
                assertThat(Arrays.stream(a).sorted().toArray()).isEqualTo(identity);
            }
            Training.sampleOrder(a, null);
            assertThat(a).isEqualTo(identity);
        }

        @Test
        void shufflingChangesTheResultAndTheGivenOrderIsKeptWithoutASeed() {
            Nets.Problem p = Nets.random(43, SIZES, ACTIVATIONS);
            List<Sample> samples = Samples.random(43, 5, SIZES);
            TrainingPlan plan = TrainingPlan.online(samples, 0.3, 3);
            assertThat(Training.train(p.network(), plan.withShuffleSeed(1)).network())
                    .isNotEqualTo(Training.train(p.network(), plan).network());
        }
    }

    @Nested
    class CurvePoints {
        @Test
        void everyEpochUpTo500() {
            assertThat(EpochSampling.epochs(1)).containsExactly(1);
            assertThat(EpochSampling.epochs(500)).isEqualTo(IntStream.rangeClosed(1, 500).toArray());
        }

        @Test
        void evenlySpacedAbove500WithTheFirstAndLastEpoch() {
            // 999 epochs: 1 + ⌊p·998/499⌋ = 1 + 2p, the odd epochs.
            assertThat(EpochSampling.epochs(999)).isEqualTo(IntStream.range(0, 500).map(p -> 1 + 2 * p).toArray());
            for (int epochs : new int[] {501, 1200, 123_457, Integer.MAX_VALUE}) {
                int[] chosen = EpochSampling.epochs(epochs);
                assertThat(chosen).hasSize(500).startsWith(1).endsWith(epochs);
                for (int n = 1; n < chosen.length; n++) {
                    assertThat(chosen[n]).isGreaterThan(chosen[n - 1]);
                }
            }
        }

        @Test
        void aLongRunRecordsExactlyThoseEpochs() {
            TrainingRun run = Training.train(Samples.xorNetwork(3), TrainingPlan.online(Samples.xor(), 0.5, 1200));
            assertThat(run.lossCurve()).extracting(LossPoint::epoch)
                    .containsExactlyElementsOf(Arrays.stream(EpochSampling.epochs(1200)).boxed().toList());
            assertThat(run.deltaCurve()).extracting(DeltaPoint::epoch)
                    .containsExactlyElementsOf(run.lossCurve().stream().map(LossPoint::epoch).toList());
        }
    }

    @Nested
    class StopAndProgress {
        @Test
        void aStopSignalEndsTheRunAfterTheEpochItAnswersAndRecordsThatEpoch() {
            Nets.Problem p = Nets.random(44, SIZES, ACTIVATIONS);
            List<Sample> samples = Samples.random(44, 4, SIZES);
            int[] asked = {0};
            TrainingRun run = Training.train(p.network(), TrainingPlan.online(samples, 0.3, 5000),
                    () -> ++asked[0] == 777, TrainingProgress.NONE);

            assertThat(run.stopped()).isTrue();
            assertThat(run.epochs()).isEqualTo(777);
            assertThat(run.network()).isEqualTo(Samples.tracedOnline(p.network(), samples, 0.3, 777));
            LossPoint last = run.lossCurve().get(run.lossCurve().size() - 1);
            assertThat(last.epoch()).isEqualTo(777);
            assertThat(last.loss()).isEqualTo(Samples.meanLoss(run.network(), samples));
            assertThat(run.lossCurve().get(run.lossCurve().size() - 2).epoch()).isLessThan(777);
        }

        @Test
        void progressHearsEveryPointInOrder() {
            Nets.Problem p = Nets.random(45, SIZES, ACTIVATIONS);
            List<Sample> samples = Samples.random(45, 4, SIZES);
            List<LossPoint> heard = new ArrayList<>();
            List<DeltaPoint> heardDeltas = new ArrayList<>();
            TrainingRun run = Training.train(p.network(), TrainingPlan.online(samples, 0.3, 30), () -> false,
                    (epoch, loss, delta) -> {
                        assertThat(loss.epoch()).isEqualTo(epoch);
                        heard.add(loss);
                        heardDeltas.add(delta);
                    });
            assertThat(run.stopped()).isFalse();
            assertThat(heard).isEqualTo(run.lossCurve()).hasSize(30);
            assertThat(heardDeltas).isEqualTo(run.deltaCurve());
        }
    }

    @Nested
    class BadInput {
        @Test
        void aSampleThatDoesNotFitTheNetworkIsNamed() {
            Network network = Samples.xorNetwork(1);
            List<Sample> samples = List.of(new Sample(Vec.of(0, 0), Vec.of(0)), new Sample(Vec.of(1, 0, 1), Vec.of(1)));
            assertThatThrownBy(() -> Training.train(network, TrainingPlan.online(samples, 0.5, 1)))
                    .hasMessage("sample 1's input has 3 entries, expected 2");
        }

        @Test
        void aPlanChecksItsNumbers() {
            assertThatThrownBy(() -> TrainingPlan.online(Samples.xor(), 0.5, 0))
                    .hasMessage("epochs must be at least 1, not 0");
            assertThatThrownBy(() -> TrainingPlan.online(Samples.xor(), Double.NaN, 1))
                    .hasMessage("eta must be a positive finite number, not NaN");
            assertThatThrownBy(() -> TrainingPlan.online(List.of(), 0.5, 1))
                    .hasMessage("samples must hold at least one sample");
        }
    }
}
