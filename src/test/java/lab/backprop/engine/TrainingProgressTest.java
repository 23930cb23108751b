package lab.backprop.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The progress hook's network: at each recorded epoch, exactly the network a run of that many epochs ends with. */
class TrainingProgressTest {
    @Test
    void theNetworkAtARecordedEpochIsTheOneAShorterRunEndsWith() {
        TrainingPlan plan = TrainingPlan.online(Samples.xor(), 0.5, 1200).withShuffleSeed(7);
        Map<Integer, Network> seen = new HashMap<>();
        TrainingRun run = Training.train(Samples.xorNetwork(1), plan, () -> false, new TrainingProgress() {
            @Override
            public void point(int epoch, LossPoint loss, DeltaPoint delta) {
            }

            @Override
            public void point(int epoch, LossPoint loss, DeltaPoint delta, java.util.function.Supplier<Network> network) {
                if (epoch == 1 || epoch == 601 || epoch == 1200) {
                    seen.put(epoch, network.get());
                }
            }
        });
        assertThat(seen.get(1200)).isEqualTo(run.network());
        for (int epoch : new int[] {1, 601}) {
            TrainingPlan shorter = new TrainingPlan(plan.samples(), plan.eta(), epoch, plan.mode(), plan.shuffleSeed());
            assertThat(seen.get(epoch)).as("epoch %d", epoch).isEqualTo(Training.train(Samples.xorNetwork(1), shorter).network());
        }
    }

    @Test
    void aListenerOfThreeArgumentsStillHearsEveryPoint() {
        int[] heard = {0};
        Training.train(Samples.xorNetwork(1), TrainingPlan.online(Samples.xor(), 0.5, 20), () -> false,
                (epoch, loss, delta) -> heard[0]++);
        assertThat(heard[0]).isEqualTo(20);
    }
}
