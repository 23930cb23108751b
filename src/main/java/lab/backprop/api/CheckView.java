package lab.backprop.api;

import java.util.List;
import lab.backprop.exercises.Cell;
import lab.backprop.exercises.Marking;

/** The JSON answer of /api/check; a fixed contract (see docs/EXERCISES.md). */
public record CheckView(Marking.Summary summary, List<CellView> cells) {
    /** One marked cell; {@code given} and {@code diagnosis} are null when absent. */
    public record CellView(String path, String symbol, Double given, double expected, String status,
                           String diagnosis, String message) {
    }

    public static CheckView of(Marking m) {
        return new CheckView(m.summary(), m.cells().stream().map(CheckView::cell).toList());
    }

    private static CellView cell(Cell c) {
        return new CellView(c.path(), c.symbol(), c.given(), c.expected(), c.status().id(),
                c.diagnosis() == null ? null : c.diagnosis().id(), c.message());
    }
}
