package lab.backprop.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token buckets, on a clock the test moves by hand. */
class RateLimiterTest {
    final AtomicLong now = new AtomicLong(1_000);
    final RateLimiter limiter = new RateLimiter(10, 50, now::get);

    void advanceMillis(long ms) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(ms));
    }

    int allowed(String client, int tries) {
        int ok = 0;
        for (int i = 0; i < tries; i++) {
            if (limiter.acquire(client) == 0) {
                ok++;
            }
        }
        return ok;
    }

    @Test
    void aNewClientMayBurstThenGetsTheRate() {
        assertThat(allowed("a", 80)).isEqualTo(50);
        assertThat(limiter.acquire("a")).isEqualTo(1);
        advanceMillis(1_000);
        assertThat(allowed("a", 80)).isEqualTo(10);
        advanceMillis(250);
        assertThat(allowed("a", 5)).isEqualTo(2);
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        assertThat(allowed("a", 60)).isEqualTo(50);
        assertThat(allowed("b", 60)).isEqualTo(50);
    }

    @Test
    void aQuietClientRefillsOnlyUpToTheBurst() {
        allowed("a", 50);
        advanceMillis(3_600_000);
        assertThat(allowed("a", 100)).isEqualTo(50);
    }

    @Test
    void retryAfterCoversTheTimeToTheNextToken() {
        RateLimiter slow = new RateLimiter(1, 1, now::get);
        assertThat(slow.acquire("a")).isZero();
        assertThat(slow.acquire("a")).isEqualTo(1);
        RateLimiter verySlow = new RateLimiter(1, 3, now::get);
        for (int i = 0; i < 3; i++) {
            verySlow.acquire("a");
        }
        advanceMillis(100);
        assertThat(verySlow.acquire("a")).isEqualTo(1);
    }

    @Test
    void fullBucketsAreForgottenWhenThereAreVeryManyClients() {
        for (int i = 0; i <= RateLimiter.SWEEP_ABOVE; i++) {
            limiter.acquire("client-" + i);
        }
        advanceMillis(10_000);
        limiter.acquire("one-more");
        assertThat(limiter.clients()).isLessThan(10);
    }
}
