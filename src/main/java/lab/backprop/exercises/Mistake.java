package lab.backprop.exercises;

import lab.backprop.engine.Activation;
import lab.backprop.engine.Matrix;

/**
 * What a cell would hold after a classic mistake: the diagnosis and the value it produces (NaN when
 * the mistake cannot be made in this cell, e.g. a swapped index with no transposed entry).
 */
record Mistake(Diagnosis diagnosis, double value) {
    /**
     * g′ evaluated at the output y as if it were the net input: g′(y) with g applied once more, i.e.
     * k·σ(k·y)(1 − σ(k·y)) for the sigmoid and 1 − tanh²(y) for tanh (the same as g′(a) for relu and
     * linear units, so never a distinct mistake there).
     */
    static double derivativeAtOutput(Activation g, double y, double k) {
        return g.derivative(y, g.apply(y, k), k);
    }

    /** The transpose of a square matrix (w_jk in place of w_kj), or null when it is not square. */
    static Matrix transposed(Matrix w) {
        return w.rows() == w.columns() ? Matrix.generate(w.rows(), w.columns(), (j, i) -> w.get(i, j)) : null;
    }

    /** Entry [i][j] of a rows × columns matrix given by {@code entry}, or NaN when there is none. */
    static double atTransposed(int rows, int columns, int j, int i, Matrix.Entry entry) {
        return i < rows && j < columns ? entry.at(i, j) : Double.NaN;
    }
}
