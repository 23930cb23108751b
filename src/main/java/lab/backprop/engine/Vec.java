package lab.backprop.engine;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/** An immutable vector of doubles: the values of one layer's units (x, u, z, a, y, Δ, δ, ...). */
public final class Vec {
    private final double[] values;

    private Vec(double[] values) {
        this.values = values;
    }

    /** A vector holding a copy of {@code values}. */
    public static Vec of(double... values) {
        return new Vec(values.clone());
    }

    /** The vector (f(0), f(1), ..., f(size − 1)). */
    public static Vec generate(int size, IntToDoubleFunction f) {
        double[] v = new double[size];
        for (int i = 0; i < size; i++) {
            v[i] = f.applyAsDouble(i);
        }
        return new Vec(v);
    }

    /** The zero vector of the given size. */
    public static Vec zeros(int size) {
        return new Vec(new double[size]);
    }

    public int size() {
        return values.length;
    }

    public double get(int i) {
        return values[i];
    }

    /** Whether every value is finite (no NaN, no infinity). */
    public boolean isFinite() {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** A copy of the values, for callers (such as JSON writers) that need an array. */
    public double[] toArray() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Vec other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
