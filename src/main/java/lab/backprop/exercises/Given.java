package lab.backprop.exercises;

import java.util.Arrays;

/**
 * What a student wrote for one quantity, shaped exactly like the true quantity: a single cell for
 * the loss, one cell per unit (a column) for a vector, one per connection for a matrix. A null entry
 * is a blank: the student was asked and did not answer.
 */
public final class Given {
    private final Double[][] entries;

    private Given(Double[][] entries) {
        this.entries = entries;
    }

    /** One value, or a blank when {@code value} is null. */
    public static Given scalar(Double value) {
        return new Given(new Double[][] {{value}});
    }

    /** One value per unit; null entries are blanks. */
    public static Given vector(Double... values) {
        Double[][] e = new Double[values.length][1];
        for (int j = 0; j < values.length; j++) {
            e[j][0] = values[j];
        }
        return new Given(e);
    }

    /** One value per connection [j][i]; every row must have the same length. */
    public static Given matrix(Double[][] rows) {
        Double[][] e = new Double[rows.length][];
        for (int j = 0; j < rows.length; j++) {
            if (rows[j].length != rows[0].length) {
                throw new IllegalArgumentException("row " + j + " has " + rows[j].length + " entries, expected "
                        + rows[0].length);
            }
            e[j] = rows[j].clone();
        }
        return new Given(e);
    }

    /** All blanks, in the given shape. */
    public static Given blank(int rows, int columns) {
        return new Given(new Double[rows][columns]);
    }

    public int rows() {
        return entries.length;
    }

    public int columns() {
        return entries.length == 0 ? 0 : entries[0].length;
    }

    /** The entry [j][i] (i = 0 for vectors and the loss), or null for a blank. */
    public Double at(int j, int i) {
        return entries[j][i];
    }

    @Override
    public String toString() {
        return Arrays.deepToString(entries);
    }
}
