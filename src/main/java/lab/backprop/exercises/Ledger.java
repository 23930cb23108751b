package lab.backprop.exercises;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lab.backprop.engine.Vec;
import lab.backprop.notation.Quantity;

/**
 * One quantity of one layer (or the loss) while marking. For each entry it keeps the value the
 * student works with from here on — their answer if they gave one, else the recomputation from their
 * earlier values — and whether that value is tainted, i.e. carries a wrong answer of theirs: a given
 * entry is tainted when it was marked incorrect or follow-through; a blank or unasked entry inherits
 * the taint of the inputs it was recomputed from.
 */
final class Ledger {
    /** Names a cell: its path and symbol from its indices. */
    interface Naming {
        String path(int j, int i);

        String symbol(int j, int i);
    }

    /** The quantity, or null for the loss (which has no diagnoses). */
    private final Quantity quantity;
    private final Given given;
    private final Naming naming;
    private final Judge judge;
    private final double[][] value;
    private final boolean[][] tainted;
    private final List<Cell> cells = new ArrayList<>();

    Ledger(Quantity quantity, int rows, int columns, Given given, Naming naming, Judge judge) {
        this.quantity = quantity;
        this.given = given;
        this.naming = naming;
        this.judge = judge;
        this.value = new double[rows][columns];
        this.tainted = new boolean[rows][columns];
    }

    /** Marks entry [j][i] (when asked) and records the student's value and its taint. */
    void enter(int j, int i, double truth, double recomputed, boolean upstreamTainted, Mistake... mistakes) {
        Double g = given == null ? null : given.at(j, i);
        if (given != null) {
            Cell cell = judge.mark(naming.path(j, i), naming.symbol(j, i), quantity, g, truth, recomputed,
                    upstreamTainted, Arrays.asList(mistakes));
            cells.add(cell);
            tainted[j][i] = g == null ? upstreamTainted
                    : cell.status() == Status.INCORRECT || cell.status() == Status.FOLLOW_THROUGH;
        } else {
            tainted[j][i] = upstreamTainted;
        }
        value[j][i] = g != null ? g : recomputed;
    }

    double value(int j, int i) {
        return value[j][i];
    }

    boolean tainted(int j, int i) {
        return tainted[j][i];
    }

    /** Column i of the values, e.g. the student's outputs y of a layer. */
    Vec column(int i) {
        return Vec.generate(value.length, j -> value[j][i]);
    }

    boolean anyTainted() {
        for (boolean[] row : tainted) {
            for (boolean t : row) {
                if (t) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The marked cells in entry order; empty when the quantity was not asked. */
    List<Cell> cells() {
        return cells;
    }
}
