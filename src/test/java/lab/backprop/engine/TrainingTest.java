package lab.backprop.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TrainingTest {
    static final int[] SIZES = {3, 4, 3, 2};
    static final String[] ACTIVATIONS = {"tanh", "sigmoid", "sigmoid"};

    @Nested
    class Xor {
        /**
         * 2-2-1 sigmoid, weights from SplitMix64 seed 1 in [−1, 1), η = 0.5, shuffle seed 7: the mean loss is
         * 0.118 after 500 epochs and first falls under 0.01 after epoch 1,554; 3,000 epochs leave a margin.
         */
        @Test
        void aTwoTwoOneSigmoidNetworkLearnsXorWithin3000Epochs() {
            List<Sample> xor = Samples.xor();
            TrainingRun run = Training.train(Samples.xorNetwork(1),
                    TrainingPlan.online(xor, 0.5, 3000).withShuffleSeed(7));

            assertThat(run.epochs()).isEqualTo(3000);
            assertThat(run.lossCurve().get(0).loss()).isGreaterThan(0.1);
            assertThat(run.finalLoss()).isLessThan(0.01);
            // The recorded epochs of a 3,000-epoch run are 1 + ⌊p·2999/499⌋: …, 1551, 1557, …
            int firstUnder = run.lossCurve().stream().filter(point -> point.loss() < 0.01).findFirst()
                    .orElseThrow().epoch();
            assertThat(firstUnder).isEqualTo(1557);
            assertThat(run.finalLoss()).isEqualTo(Samples.meanLoss(run.network(), xor));
            for (Sample s : xor) {
                double y = Backprop.forward(run.network(), s.input()).output().get(0);
                assertThat(y).isCloseTo(s.target().get(0), within(0.2));
            }
        }
    }

    @Nested
    class OnlineMode {
        @Test
        void equalsTracedStepsSampleAfterSampleInTheGivenOrder() {
            Nets.Problem p = Nets.random(31, SIZES, ACTIVATIONS);
            List<Sample> samples = Samples.random(31, 6, SIZES);
            TrainingRun run = Training.train(p.network(), TrainingPlan.online(samples, 0.2, 25));
            assertThat(run.network()).isEqualTo(Samples.tracedOnline(p.network(), samples, 0.2, 25));
        }

        @Test
        void withASeedEqualsTracedStepsInEachEpochsShuffledOrder() {
            Nets.Problem p = Nets.random(32, SIZES, ACTIVATIONS);
            List<Sample> samples = Samples.random(32, 6, SIZES);
            TrainingRun run = Training.train(p.network(), TrainingPlan.online(samples, 0.2, 5).withShuffleSeed(99));

            SplitMix64 random = new SplitMix64(99);
            Network traced = p.network();
            for (int e = 0; e < 5; e++) {
                int[] order = {0, 1, 2, 3, 4, 5};
                random.shuffle(order);
                for (int t : order) {
                    traced = Backprop.step(traced, samples.get(t).input(), samples.get(t).target(), 0.2).updated();
                }
            }
            assertThat(run.network()).isEqualTo(traced);
        }
    }

    @Nested
    class BatchMode {
        @Test
        void onOneSampleForOneEpochEqualsOnline() {
            Nets.Problem p = Nets.random(33, SIZES, ACTIVATIONS);
            List<Sample> one = List.of(new Sample(Vec.of(p.x()), Vec.of(p.d())));
            TrainingPlan plan = TrainingPlan.online(one, 0.7, 1);
            Network online = Training.train(p.network(), plan).network();
            Network batch = Training.train(p.network(), plan.withMode(TrainingMode.BATCH)).network();
            // η·(Δ·x) against (η·Δ)·x: equal up to one rounding.
            assertNetworksClose(batch, online, 1e-15);
        }

        @Test
        void addsEtaTimesTheSumOfTheTracedStepsGradients() {
            Nets.Problem p = Nets.random(34, SIZES, ACTIVATIONS);
            List<Sample> samples = Samples.random(34, 5, SIZES);
            double eta = 0.3;
            Network batch = Training.train(p.network(),
                    TrainingPlan.online(samples, eta, 1).withMode(TrainingMode.BATCH)).network();

            for (int l = 0; l < SIZES.length - 1; l++) {
                Layer before = p.network().layers().get(l);
                Layer after = batch.layers().get(l);
                for (int j = 0; j < before.size(); j++) {
                    double sumGradBias = 0;
                    for (Sample s : samples) {
                        sumGradBias += Backprop.step(p.network(), s.input(), s.target(), eta)
                                .layers().get(l).gradBiases().get(j);
                    }
                    assertClose(after.biases().get(j), before.biases().get(j) - eta * sumGradBias, 1e-12);
                    for (int i = 0; i < before.inputSize(); i++) {
                        double sumGrad = 0;
                        for (Sample s : samples) {
                            sumGrad += Backprop.step(p.network(), s.input(), s.target(), eta)
                                    .layers().get(l).gradWeights().get(j, i);
                        }
                        assertClose(after.weights().get(j, i), before.weights().get(j, i) - eta * sumGrad, 1e-12);
                    }
                }
            }
        }

        @Test
        void movesEachWeightByEtaTimesMinusTheFiniteDifferenceOfTheSummedLoss() {
            Nets.Problem p = Nets.random(35, SIZES, ACTIVATIONS);
            List<Sample> samples = Samples.random(35, 4, SIZES);
            double eta = 0.25;
            Network batch = Training.train(p.network(),
                    TrainingPlan.online(samples, eta, 1).withMode(TrainingMode.BATCH)).network();
            double h = 1e-6;
            for (int l = 0; l < p.w().length; l++) {
                for (int j = 0; j < p.w()[l].length; j++) {
                    for (int i = 0; i < p.w()[l][j].length; i++) {
                        double saved = p.w()[l][j][i];
                        p.w()[l][j][i] = saved + h;
                        double plus = summedLoss(p.network(), samples);
                        p.w()[l][j][i] = saved - h;
                        double minus = summedLoss(p.network(), samples);
                        p.w()[l][j][i] = saved;
                        double numeric = (plus - minus) / (2 * h);
                        double moved = (batch.layers().get(l).weights().get(j, i) - saved) / eta;
                        assertThat(moved).as("w[%d][%d][%d]", l, j, i).isCloseTo(-numeric, within(1e-7));
                    }
                }
            }
        }

        private double summedLoss(Network network, List<Sample> samples) {
            return Samples.meanLoss(network, samples) * samples.size();
        }
    }

    @Nested
    class Curves {
        @Test
        void eachLossPointIsTheMeanLossWithTheWeightsAfterThatEpoch() {
            Nets.Problem p = Nets.random(36, SIZES, ACTIVATIONS);
            List<Sample> samples = Samples.random(36, 4, SIZES);
            TrainingRun run = Training.train(p.network(), TrainingPlan.online(samples, 0.4, 6));
            assertThat(run.lossCurve()).extracting(LossPoint::epoch).containsExactly(1, 2, 3, 4, 5, 6);
            for (LossPoint point : run.lossCurve()) {
                Network after = Samples.tracedOnline(p.network(), samples, 0.4, point.epoch());
                assertThat(point.loss()).as("epoch %d", point.epoch()).isEqualTo(Samples.meanLoss(after, samples));
            }
            assertThat(run.finalLoss()).isEqualTo(Samples.meanLoss(run.network(), samples));
        }

        @Test
        void onOneSampleAndOneEpochTheDeltaPointIsTheMeanAbsoluteDeltaOfTheStep() {
            Nets.Problem p = Nets.random(37, SIZES, ACTIVATIONS);
            TrainingRun run = Training.train(p.network(),
                    TrainingPlan.online(List.of(new Sample(Vec.of(p.x()), Vec.of(p.d()))), 0.5, 1));
            StepTrace step = Backprop.step(p.network(), Vec.of(p.x()), Vec.of(p.d()), 0.5);
            DeltaPoint point = run.deltaCurve().get(0);
            assertThat(point.epoch()).isEqualTo(1);
            assertThat(point.meanAbsDelta().size()).isEqualTo(3);
            for (int l = 0; l < 3; l++) {
                Vec delta = step.layers().get(l).delta();
                double sum = 0;
                for (int j = 0; j < delta.size(); j++) {
                    sum += Math.abs(delta.get(j));
                }
                assertThat(point.meanAbsDelta().get(l)).isCloseTo(sum / delta.size(), within(1e-15));
            }
        }

        @Test
        void aDeltaPointAveragesOverTheEpochsSamplesWithTheWeightsInForceForEach() {
            Nets.Problem p = Nets.random(38, SIZES, ACTIVATIONS);
            List<Sample> samples = Samples.random(38, 3, SIZES);
            TrainingRun run = Training.train(p.network(), TrainingPlan.online(samples, 0.5, 2));
            Network current = Samples.tracedOnline(p.network(), samples, 0.5, 1);
            double[] sums = new double[3];
            for (Sample s : samples) {
                StepTrace step = Backprop.step(current, s.input(), s.target(), 0.5);
                for (int l = 0; l < 3; l++) {
                    for (int j = 0; j < step.layers().get(l).delta().size(); j++) {
                        sums[l] += Math.abs(step.layers().get(l).delta().get(j));
                    }
                }
                current = step.updated();
            }
            DeltaPoint second = run.deltaCurve().get(1);
            assertThat(second.epoch()).isEqualTo(2);
            for (int l = 0; l < 3; l++) {
                double units = SIZES[l + 1];
                assertThat(second.meanAbsDelta().get(l)).isCloseTo(sums[l] / (3 * units), within(1e-15));
            }
        }
    }

    static void assertNetworksClose(Network actual, Network expected, double relative) {
        for (int l = 0; l < expected.layers().size(); l++) {
            Layer a = actual.layers().get(l);
            Layer e = expected.layers().get(l);
            for (int j = 0; j < e.size(); j++) {
                assertClose(a.biases().get(j), e.biases().get(j), relative);
                for (int i = 0; i < e.inputSize(); i++) {
                    assertClose(a.weights().get(j, i), e.weights().get(j, i), relative);
                }
            }
        }
    }

    static void assertClose(double actual, double expected, double relative) {
        double scale = Math.max(Math.abs(actual), Math.abs(expected));
        assertThat(actual).isCloseTo(expected, within(relative * scale + 1e-300));
    }
}
