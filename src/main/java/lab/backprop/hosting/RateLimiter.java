package lab.backprop.hosting;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: each holds up to {@code burst} requests and refills at {@code perSecond}.
 * A request takes one token or is refused with the whole seconds until one is back. Deciding costs a
 * map look-up and a few arithmetic operations, so a flood is refused before any work is done.
 */
final class RateLimiter {
    /** Above this many clients, buckets that have refilled completely are dropped (they equal new ones). */
    static final int SWEEP_ABOVE = 10_000;
    private static final long NANOS = TimeUnit.SECONDS.toNanos(1);

    private final double perSecond;
    private final double burst;
    private final LongSupplier clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep = new AtomicLong();

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    RateLimiter(int perSecond, int burst, LongSupplier nanoClock) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("a rate limit needs a positive rate and burst");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.clock = nanoClock;
    }

    /** 0 when {@code client} may go ahead (a token is taken), else the seconds to wait (at least 1). */
    long acquire(String client) {
        long now = clock.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(client, k -> new Bucket(burst, now));
        long wait;
        synchronized (bucket) {
            refill(bucket, now);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                wait = 0;
            } else {
                wait = Math.max(1, (long) Math.ceil((1 - bucket.tokens) / perSecond));
            }
        }
        if (buckets.size() > SWEEP_ABOVE) {
            sweep(now);
        }
        return wait;
    }

    int clients() {
        return buckets.size();
    }

    private void refill(Bucket bucket, long now) {
        double elapsed = (double) (now - bucket.at) / NANOS;
        bucket.tokens = Math.min(burst, bucket.tokens + elapsed * perSecond);
        bucket.at = now;
    }

    /** At most once a second: forget every client whose bucket is full again. */
    private void sweep(long now) {
        long last = lastSweep.get();
        if (now - last < NANOS || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                refill(e.getValue(), now);
                return e.getValue().tokens >= burst;
            }
        });
    }
}
