package lab.backprop.web;

import java.util.List;

/**
 * A results {@link Table} as HTML, in its card (a figure): its caption and column headers in TeX (typeset by KaTeX in the page),
 * one row per unit, and every cell with data-symbol, data-j, data-i and data-value (the full double, also
 * its title), the shown number and, under it, the product it came from. A row shorter than the header
 * lets its last cell span the rest.
 */
final class TableMarkup {
    private TableMarkup() {
    }

    static String of(Table t) {
        return of(new Html(), t).toString();
    }

    /** {@link #of(Table)}, written at the end of {@code h}. */
    static Html of(Html h, Table t) {
        h.open("figure").attr("class", "table-card").end().open("table").attr("data-symbol", t.symbol()).attr("data-layer", t.layer()).end();
        h.caption(t.caption());
        h.head(t.columns(), "math inline");
        int columns = t.columns().size();
        for (Table.Row r : t.rows()) {
            h.rowHead(r.label());
            List<Table.Cell> cells = r.cells();
            for (int n = 0; n < cells.size(); n++) {
                Table.Cell c = cells.get(n);
                boolean spans = n == cells.size() - 1 && cells.size() < columns;
                String exact = c.exact();
                h.open("td").attr("data-symbol", c.symbol()).attr("data-j", c.j()).attr("data-i", c.i())
                        .attr("data-value", exact)
                        .attr("colspan", spans ? Integer.valueOf(columns - cells.size() + 1) : null)
                        .attr("title", exact).end();
                h.open("span").attr("class", "num").end().text(c.text()).close("span");
                if (c.factors() != null) {
                    h.open("small").attr("class", "factors").end().text("= " + c.factors()).close("small");
                }
                h.close("td");
            }
            h.close("tr");
        }
        return h.close("tbody").close("table").close("figure");
    }
}
