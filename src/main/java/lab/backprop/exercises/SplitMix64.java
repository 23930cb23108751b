package lab.backprop.exercises;

/**
 * Steele, Lea and Flood's SplitMix64 generator, written out here so that a seed gives the same
 * numbers on every JVM and machine, now and later (java.util's generators promise less).
 */
final class SplitMix64 {
    private long state;

    SplitMix64(long seed) {
        this.state = seed;
    }

    long nextLong() {
        long z = state += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A number from 0 to bound − 1 (bound ≤ 2³¹; the bias, under bound / 2⁶⁴, is negligible). */
    int nextInt(int bound) {
        return (int) Long.remainderUnsigned(nextLong(), bound);
    }
}
