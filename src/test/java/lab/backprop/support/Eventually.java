package lab.backprop.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for observable state instead of sleeping and hoping: polls a condition until a deadline. */
public final class Eventually {
    private Eventually() {
    }

    /**
     * Returns as soon as {@code condition} holds, checking it about every millisecond; fails with an
     * {@link AssertionError} naming {@code what} if it still does not hold after {@code timeout}.
     */
    public static void until(BooleanSupplier condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("still not the case after " + timeout.toMillis() + " ms: " + what);
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting until " + what, e);
            }
        }
    }
}
