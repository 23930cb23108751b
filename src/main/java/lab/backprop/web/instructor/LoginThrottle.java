package lab.backprop.web.instructor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins, per address: after {@link #FAILURES} failures within {@link #WINDOW} the address
 * must wait until the oldest of them is a window old. A correct password clears the address.
 */
final class LoginThrottle {
    static final int FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_ADDRESSES = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Seconds this address must wait before trying again; 0 when it may try now. */
    long waitSeconds(String address) {
        Deque<Instant> times = failures.get(address);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            Instant now = clock.instant();
            while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
                times.pollFirst();
            }
            if (times.size() < FAILURES) {
                return 0;
            }
            return Math.max(1, Duration.between(now, times.peekFirst().plus(WINDOW)).toSeconds());
        }
    }

    void failed(String address) {
        if (failures.size() > MAX_ADDRESSES) {
            failures.clear();
        }
        Deque<Instant> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
            while (times.size() > FAILURES) {
                times.pollFirst();
            }
        }
    }

    void succeeded(String address) {
        failures.remove(address);
    }
}
