package lab.backprop.engine;

/**
 * Steele, Lea and Flood's SplitMix64 generator and a Fisher–Yates shuffle driven by it, written out
 * here so that a seed gives the same numbers and the same sample order on every JVM and machine
 * (java.util.Random and Collections.shuffle promise less). Generated exercises, the training's shuffle
 * and the lab's data sets and starting weights all draw from it.
 */
public final class SplitMix64 {
    private long state;

    public SplitMix64(long seed) {
        this.state = seed;
    }

    public long nextLong() {
        long z = state += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A number from 0 to bound − 1 (bound ≤ 2³¹; the bias, under bound / 2⁶⁴, is negligible). */
    public int nextInt(int bound) {
        return (int) Long.remainderUnsigned(nextLong(), bound);
    }

    /** A number in [0, 1) from the top 53 bits of the next output. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Fisher–Yates from the top: for i = n − 1 down to 1, swap a[i] with a[j], j uniform in 0..i. */
    public void shuffle(int[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
