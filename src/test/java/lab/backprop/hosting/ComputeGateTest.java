package lab.backprop.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import lab.backprop.support.Eventually;
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

    /** Another thread asks for a slot; returns once it is blocked waiting for one. */
    static CompletableFuture<Boolean> waitingForASlot(ComputeGate gate) {
        CompletableFuture<Boolean> waiting = enterLater(gate);
        Eventually.until(() -> gate.waiting() == 1 || waiting.isDone(), Duration.ofSeconds(5),
                "the second request waits for a slot");
        assertThat(waiting).as("no free slot, so it must wait").isNotDone();
        return waiting;
    }

    @Test
    void aWaitingRequestGetsTheNextFreeSlot() throws Exception {
        ComputeGate gate = new ComputeGate(1, 1, 5_000);
        assertThat(gate.enter()).isTrue();
        CompletableFuture<Boolean> waiting = waitingForASlot(gate);
        gate.leave();
        assertThat(waiting.get(5, TimeUnit.SECONDS)).as("got the slot that was left").isTrue();
        assertThat(gate.waiting()).isZero();
    }

    @Test
    void aNewcomerNeverTakesAFreedSlotAheadOfARequestAlreadyWaiting() throws Exception {
        ComputeGate gate = new ComputeGate(1, 8, 1_000);
        assertThat(gate.enter()).isTrue();
        CompletableFuture<Boolean> waiting = waitingForASlot(gate);
        gate.leave();
        assertThat(gate.enter()).as("the newcomer queues behind the one waiting, who gets the slot and keeps it")
                .isFalse();
        assertThat(waiting.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aFullWaitingRoomIsANoAtOnce() throws Exception {
        ComputeGate gate = new ComputeGate(1, 1, 10_000);
        assertThat(gate.enter()).isTrue();
        CompletableFuture<Boolean> waiting = waitingForASlot(gate);
        long start = System.nanoTime();
        assertThat(gate.enter()).as("no room to wait").isFalse();
        assertThat(System.nanoTime() - start).as("refused without waiting the 10 s a wait may last")
                .isLessThan(TimeUnit.SECONDS.toNanos(2));
        assertThat(gate.waiting()).as("the one waiting still waits").isEqualTo(1);
        gate.leave();
        assertThat(waiting.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aWaitThatRunsOutIsANo() throws Exception {
        ComputeGate gate = new ComputeGate(1, 1, 300);
        assertThat(gate.enter()).isTrue();
        CompletableFuture<Long> waitedNanos = CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            try {
                assertThat(gate.enter()).as("no slot came free").isFalse();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return System.nanoTime() - start;
        });
        assertThat(waitedNanos.get(5, TimeUnit.SECONDS)).as("the no came after waiting the 300 ms")
                .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(300));
        assertThat(gate.waiting()).isZero();
    }
}
