package lab.backprop.engine;

import java.util.Arrays;

/**
 * An immutable matrix of doubles, indexed [row][column]. A weight matrix has one row per receiving
 * unit j and one column per sending unit i, so {@code get(j, i)} is the lecture's v_ji or w_kj.
 */
public final class Matrix {
    /** Computes the entry of row j, column i. */
    @FunctionalInterface
    public interface Entry {
        double at(int j, int i);
    }

    private final double[][] rows;
    private final int columns;

    private Matrix(double[][] rows, int columns) {
        this.rows = rows;
        this.columns = columns;
    }

    /** A matrix holding a copy of {@code rows}; every row must have the same length. */
    public static Matrix of(double[][] rows) {
        int columns = rows.length == 0 ? 0 : rows[0].length;
        double[][] copy = new double[rows.length][];
        for (int j = 0; j < rows.length; j++) {
            if (rows[j].length != columns) {
                throw new IllegalArgumentException(
                        "row " + j + " has " + rows[j].length + " entries, expected " + columns);
            }
            copy[j] = rows[j].clone();
        }
        return new Matrix(copy, columns);
    }

    /** The rows × columns matrix whose entry (j, i) is {@code f.at(j, i)}. */
    public static Matrix generate(int rowCount, int columns, Entry f) {
        double[][] m = new double[rowCount][columns];
        for (int j = 0; j < rowCount; j++) {
            for (int i = 0; i < columns; i++) {
                m[j][i] = f.at(j, i);
            }
        }
        return new Matrix(m, columns);
    }

    public static Matrix zeros(int rowCount, int columns) {
        return new Matrix(new double[rowCount][columns], columns);
    }

    public int rows() {
        return rows.length;
    }

    public int columns() {
        return columns;
    }

    public double get(int j, int i) {
        return rows[j][i];
    }

    /** A deep copy of the entries, for callers (such as JSON writers) that need arrays. */
    /** Whether every entry is finite (no NaN, no infinity). */
    public boolean isFinite() {
        for (double[] row : rows) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    public double[][] toArray() {
        double[][] copy = new double[rows.length][];
        for (int j = 0; j < rows.length; j++) {
            copy[j] = rows[j].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Matrix other && Arrays.deepEquals(rows, other.rows);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(rows);
    }

    @Override
    public String toString() {
        return Arrays.deepToString(rows);
    }
}
