package lab.backprop.hosting;

import io.javalin.util.function.ThrowingRunnable;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds how many compute requests run at once: they run on a few threads of the gate's own (a few per
 * core), in the order they came, from a bounded queue with a bounded wait. Whatever the load on the
 * compute endpoints, most of the server's threads and CPU stay free for pages; a request that cannot
 * start soon is refused (503) instead of piling up.
 *
 * <p>The request's own thread hands its work over and goes back to serving other requests; the answer
 * is written from the gate's thread when the work is done. No thread is parked per waiting request:
 * when each waiting request held a server thread blocked on a semaphore, parking and waking those
 * threads cost more CPU than the steps themselves at 256 connections (docs/PERFORMANCE.md, twelfth
 * sitting). A newcomer never starts ahead of a request already waiting.
 */
final class ComputeGate implements AutoCloseable {
    /** How often the queue's head is checked for work that has waited too long. */
    static final long SWEEP_EVERY_MILLIS = 50;

    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService sweeper;
    private final long waitNanos;

    /**
     * {@code workers} threads named {@code name-1}, {@code name-2}…; at most {@code maxWaiting} requests
     * queued behind them, each refused when it has waited {@code waitMillis} (give or take
     * {@link #SWEEP_EVERY_MILLIS}) without starting.
     */
    ComputeGate(String name, int workers, int maxWaiting, long waitMillis) {
        this.workers = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(maxWaiting), threads(name), new ThreadPoolExecutor.AbortPolicy());
        this.workers.prestartAllCoreThreads();
        this.waitNanos = TimeUnit.MILLISECONDS.toNanos(waitMillis);
        this.sweeper = Executors.newSingleThreadScheduledExecutor(threads(name + "-wait"));
        sweeper.scheduleWithFixedDelay(this::refuseWhatWaitedTooLong, SWEEP_EVERY_MILLIS, SWEEP_EVERY_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /**
     * Runs {@code work} on one of the gate's threads. The future completes when it has run: normally, or
     * with what it threw, or with {@link Busy} — at once when the queue is full, or, without running it,
     * when it has waited longer than the gate's wait for a thread.
     */
    CompletableFuture<Void> submit(ThrowingRunnable<Exception> work) {
        Work queued = new Work(work, System.nanoTime());
        try {
            workers.execute(queued);
        } catch (RejectedExecutionException full) {
            queued.done.completeExceptionally(Busy.INSTANCE);
        }
        return queued.done;
    }

    /** How many requests wait for a thread at this moment (a snapshot). */
    int waiting() {
        return workers.getQueue().size();
    }

    /** Stops the gate's threads (when the server has stopped): whatever still waits is dropped. */
    @Override
    public void close() {
        sweeper.shutdownNow();
        workers.shutdownNow();
    }

    /** The queue is in arrival order, so what has waited longest is at its head. */
    private void refuseWhatWaitedTooLong() {
        BlockingQueue<Runnable> queue = workers.getQueue();
        long now = System.nanoTime();
        for (Runnable head = queue.peek(); head instanceof Work w && w.waitedTooLong(now); head = queue.peek()) {
            if (queue.remove(w)) { // else a thread took it first, and refuses it itself
                w.done.completeExceptionally(Busy.INSTANCE);
            }
        }
    }

    private final class Work implements Runnable {
        final ThrowingRunnable<Exception> work;
        final long queued;
        final CompletableFuture<Void> done = new CompletableFuture<>();

        Work(ThrowingRunnable<Exception> work, long queued) {
            this.work = work;
            this.queued = queued;
        }

        boolean waitedTooLong(long now) {
            return now - queued > waitNanos;
        }

        @Override
        public void run() {
            if (waitedTooLong(System.nanoTime())) {
                done.completeExceptionally(Busy.INSTANCE);
                return;
            }
            try {
                work.run();
                done.complete(null);
            } catch (Throwable failure) {
                done.completeExceptionally(failure);
            }
        }
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The gate could not take the request (queue full, or waited too long); one shared instance, no trace. */
    static final class Busy extends RuntimeException {
        static final Busy INSTANCE = new Busy();

        private Busy() {
            super("the compute queue is full or its wait ran out", null, false, false);
        }
    }
}
