package lab.backprop.hosting;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds how many compute requests run at once (a few per core), with a short, bounded wait for a free
 * slot. Whatever the load on the compute endpoints, most of the server's threads and CPU stay free
 * for pages; a request that cannot get a slot soon is refused (503) instead of piling up. Slots go to
 * the waiting requests in the order they came: a newcomer never takes one ahead of them, which kept
 * the unlucky few waiting hundreds of milliseconds under a burst.
 */
final class ComputeGate {
    private final Semaphore slots;
    private final int maxWaiting;
    private final long waitMillis;
    private final AtomicInteger waiting = new AtomicInteger();

    ComputeGate(int slots, int maxWaiting, long waitMillis) {
        this.slots = new Semaphore(slots, true);
        this.maxWaiting = maxWaiting;
        this.waitMillis = waitMillis;
    }

    /** Takes a slot, waiting a little if need be; false when the server is too busy. */
    boolean enter() throws InterruptedException {
        if (slots.tryAcquire(0, TimeUnit.MILLISECONDS)) { // unlike tryAcquire(), this one queues fairly
            return true;
        }
        if (waiting.incrementAndGet() > maxWaiting) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return slots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } finally {
            waiting.decrementAndGet();
        }
    }

    void leave() {
        slots.release();
    }

    /**
     * How many requests are blocked waiting for a slot at this moment (queued on the semaphore; a
     * snapshot, exact only while no request comes or goes).
     */
    int waiting() {
        return slots.getQueueLength();
    }
}
