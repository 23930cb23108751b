package lab.backprop.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The compute slots: a short wait when they are taken, a quick no when the waiting room is full. */
class ComputeGateTest {
    static CompletableFuture<Boolean> enterLater(ComputeGate gate) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return gate.enter();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aWaitingRequestGetsTheNextFreeSlot() throws Exception {
        ComputeGate gate = new ComputeGate(1, 1, 5_000);
        assertThat(gate.enter()).isTrue();
        CompletableFuture<Boolean> waiting = enterLater(gate);
        Thread.sleep(100);
        assertThat(waiting).isNotDone();
        gate.leave();
        assertThat(waiting.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aFullWaitingRoomOrALongWaitIsANo() throws Exception {
        ComputeGate gate = new ComputeGate(1, 1, 300);
        assertThat(gate.enter()).isTrue();
        CompletableFuture<Boolean> waiting = enterLater(gate);
        Thread.sleep(100);
        long start = System.nanoTime();
        assertThat(gate.enter()).as("no room to wait").isFalse();
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.MILLISECONDS.toNanos(100));
        assertThat(waiting.get(5, TimeUnit.SECONDS)).as("waited 300 ms in vain").isFalse();
    }
}
