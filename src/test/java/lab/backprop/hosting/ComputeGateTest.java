package lab.backprop.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import lab.backprop.support.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The compute threads: work runs on the gate's own threads, at most as many at once as it has, in the
 * order it came; a short wait when they are taken, a quick no when the queue is full.
 */
class ComputeGateTest {
    private final CountDownLatch release = new CountDownLatch(1);
    private ComputeGate gate;

    @AfterEach
    void close() {
        release.countDown();
        gate.close();
    }

    /** Takes the gate's only thread until {@link #release} counts down; returns once it runs. */
    private CompletableFuture<Void> occupied() throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        CompletableFuture<Void> blocker = gate.submit(() -> {
            running.countDown();
            release.await();
        });
        assertThat(running.await(5, TimeUnit.SECONDS)).as("the first work runs at once").isTrue();
        return blocker;
    }

    private static Throwable failureOf(CompletableFuture<Void> future) throws Exception {
        try {
            future.get(5, TimeUnit.SECONDS);
            throw new AssertionError("expected the future to fail");
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    @Test
    void workRunsOnTheGatesOwnThreads() throws Exception {
        gate = new ComputeGate("compute", 2, 4, 5_000);
        CompletableFuture<String> name = new CompletableFuture<>();
        gate.submit(() -> name.complete(Thread.currentThread().getName())).get(5, TimeUnit.SECONDS);
        assertThat(name.get()).startsWith("compute-").isNotEqualTo(Thread.currentThread().getName());
    }

    @Test
    void waitingWorkRunsWhenAThreadComesFree() throws Exception {
        gate = new ComputeGate("compute", 1, 1, 5_000);
        CompletableFuture<Void> blocker = occupied();
        AtomicBoolean ran = new AtomicBoolean();
        CompletableFuture<Void> waiting = gate.submit(() -> ran.set(true));
        assertThat(gate.waiting()).isEqualTo(1);
        assertThat(waiting).as("no free thread, so it waits").isNotDone();
        release.countDown();
        waiting.get(5, TimeUnit.SECONDS);
        assertThat(ran).isTrue();
        assertThat(blocker).isCompleted();
        assertThat(gate.waiting()).isZero();
    }

    @Test
    void workStartsInTheOrderItCame() throws Exception {
        gate = new ComputeGate("compute", 1, 8, 5_000);
        occupied();
        List<Integer> order = new CopyOnWriteArrayList<>();
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int n = i;
            all.add(gate.submit(() -> order.add(n)));
        }
        release.countDown();
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);
        assertThat(order).as("a newcomer never starts ahead of work already waiting").containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void noMoreRunAtOnceThanTheGateHasThreads() throws Exception {
        gate = new ComputeGate("compute", 2, 16, 5_000);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch twoIn = new CountDownLatch(2);
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            all.add(gate.submit(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                twoIn.countDown();
                twoIn.await(); // the first two meet, so two do run at once
                Thread.sleep(20);
                running.decrementAndGet();
            }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void aFullQueueIsANoAtOnce() throws Exception {
        gate = new ComputeGate("compute", 1, 1, 10_000);
        occupied();
        CompletableFuture<Void> waiting = gate.submit(() -> { });
        AtomicBoolean ran = new AtomicBoolean();
        CompletableFuture<Void> refused = gate.submit(() -> ran.set(true));
        assertThat(refused).as("no room to wait: refused without waiting the 10 s a wait may last")
                .isCompletedExceptionally();
        assertThat(failureOf(refused)).isInstanceOf(ComputeGate.Busy.class);
        assertThat(gate.waiting()).as("the one waiting still waits").isEqualTo(1);
        release.countDown();
        waiting.get(5, TimeUnit.SECONDS);
        assertThat(ran).as("refused work never runs").isFalse();
    }

    @Test
    void aWaitThatRunsOutIsANoWithoutRunningTheWork() throws Exception {
        gate = new ComputeGate("compute", 1, 1, 300);
        occupied();
        long start = System.nanoTime();
        AtomicBoolean ran = new AtomicBoolean();
        CompletableFuture<Void> waiting = gate.submit(() -> ran.set(true));
        assertThat(failureOf(waiting)).as("told no while the thread is still taken").isInstanceOf(ComputeGate.Busy.class);
        assertThat(System.nanoTime() - start).as("after the 300 ms wait, not long after")
                .isBetween(TimeUnit.MILLISECONDS.toNanos(300), TimeUnit.MILLISECONDS.toNanos(2_000));
        assertThat(gate.waiting()).isZero();
        release.countDown();
        gate.submit(() -> { }).get(5, TimeUnit.SECONDS);
        assertThat(ran).as("work that waited too long is not run: its client has been told no").isFalse();
    }

    @Test
    void whatTheWorkThrowsIsWhatItsFutureFailsWith() throws Exception {
        gate = new ComputeGate("compute", 1, 1, 5_000);
        IllegalStateException thrown = new IllegalStateException("the handler failed");
        assertThat(failureOf(gate.submit(() -> {
            throw thrown;
        }))).isSameAs(thrown);
        AtomicBoolean ran = new AtomicBoolean();
        gate.submit(() -> ran.set(true)).get(5, TimeUnit.SECONDS);
        assertThat(ran).as("the thread goes on to the next work").isTrue();
    }

    @Test
    void closingStopsTheThreads() throws Exception {
        gate = new ComputeGate("closing-gate", 2, 4, 5_000);
        gate.submit(() -> { }).get(5, TimeUnit.SECONDS);
        gate.close();
        Eventually.until(() -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().startsWith("closing-gate-")), Duration.ofSeconds(5), "the threads end");
        assertThat(failureOf(gate.submit(() -> { }))).as("a closed gate takes no work")
                .isInstanceOf(ComputeGate.Busy.class);
    }
}
