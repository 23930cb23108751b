package lab.backprop.exercises;

import java.util.List;

/** Every marked cell, in the order of the answers (loss, then each layer's quantities, then lossAfter). */
public record Marking(Summary summary, List<Cell> cells) {
    /** How many cells got each mark; total counts every cell that was asked. */
    public record Summary(int correct, int followThrough, int incorrect, int missing, int total) {
    }

    public static Marking of(List<Cell> cells) {
        return new Marking(new Summary(count(cells, Status.CORRECT), count(cells, Status.FOLLOW_THROUGH),
                count(cells, Status.INCORRECT), count(cells, Status.MISSING), cells.size()), List.copyOf(cells));
    }

    private static int count(List<Cell> cells, Status status) {
        return (int) cells.stream().filter(c -> c.status() == status).count();
    }
}
