package lab.backprop.web;

import java.util.List;
import lab.backprop.lessons.Lesson;

/**
 * One results table of a quantity (u, z, a, y, E, Δ, δ, ∂E/∂w, Δw, new w...), ready for the template:
 * the lesson focus group it belongs to (null outside a step's groups), a caption in TeX, column headers
 * and rows of cells. {@code symbol} becomes the table's data-symbol.
 */
public record Table(Lesson.Focus group, String symbol, int layer, String caption, List<String> columns,
                    List<Row> rows) {
    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The table as HTML in its card, for the page (see {@link TableMarkup}). */
    public String markup() {
        return TableMarkup.of(this);
    }

    /** Tables as HTML, each in its card, written at the end of {@code h}. */
    public static Html cards(Html h, List<Table> tables) {
        tables.forEach(t -> TableMarkup.of(h, t));
        return h;
    }

    /** A table outside the step's focus groups (the given network, the delta rule, the sigmoid). */
    public Table(String symbol, int layer, String caption, List<String> columns, List<Row> rows) {
        this(null, symbol, layer, caption, columns, rows);
    }

    /** A row: its header (such as u₁) and its cells. */
    public record Row(String label, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One number: {@code symbol} and the 1-based indices j (row) and i (column, 0 for the bias) become
     * data attributes; {@code factors} is the product it was computed from, shown under it, or null.
     */
    public record Cell(String symbol, int j, int i, double value, String factors) {
        public String text() {
            return Numbers.format(value);
        }

        /** The full double, for tests and for copying into a calculator. */
        public String exact() {
            return Numbers.shortest(value);
        }
    }
}
