package lab.backprop.web;

/**
 * The inside of a {@link Diagram}'s SVG: the weight lines (each focusable, with its tooltip), then every
 * weight's label and update label, then the units with their notes, so that no line is drawn over a
 * label; and an empty group for the script's tooltip. The data-fstep, data-bstep and data-ustep numbers
 * are the steps at which the page's forward, backward and update walk lights an element up.
 */
final class DiagramMarkup {
    private static final String MIDDLE = ".35em";

    private DiagramMarkup() {
    }

    static String of(Diagram d) {
        Html h = new Html();
        h.open("g").attr("class", "edges").end();
        for (Diagram.Edge e : d.edges()) {
            h.open("g").attr("class", e.bias() ? "edge bias" : "edge").attr("tabindex", "0").attr("focusable", "true")
                    .attr("data-edge", e.id()).attr("data-fstep", e.forwardStep()).attr("data-bstep", e.backwardStep())
                    .attr("data-ustep", d.updateStep()).attr("aria-label", e.title()).end();
            h.element("title", e.title());
            line(h, "hit", e);
            line(h, "wire", e);
            h.close("g");
        }
        h.close("g").open("g").attr("class", "weights").end();
        for (Diagram.Edge e : d.edges()) {
            h.open("g").attr("class", e.bias() ? "weight bias" : "weight").attr("data-edge", e.id())
                    .attr("data-fstep", e.forwardStep()).attr("data-bstep", e.backwardStep())
                    .attr("data-ustep", d.updateStep()).end();
            label(h, "weight-label", e.weight());
            if (!e.update().full().isEmpty()) {
                label(h, "update-label", e.update());
            }
            h.close("g");
        }
        h.close("g").open("g").attr("class", "nodes").end();
        for (Diagram.Node n : d.nodes()) {
            h.open("g").attr("class", n.bias() ? "node bias" : "node").attr("data-fstep", n.forwardStep())
                    .attr("data-bstep", n.backwardStep()).attr("data-layer", n.layer()).end();
            h.open("circle").attr("cx", n.cx()).attr("cy", n.cy()).attr("r", n.r()).end().close("circle");
            h.open("text").attr("class", "label").attr("x", n.cx()).attr("y", n.cy()).attr("dy", MIDDLE).end()
                    .text(n.label()).close("text");
            for (Diagram.Note note : n.notes()) {
                h.open("text").attr("class", "note " + note.kind()).attr("x", note.x()).attr("y", note.y())
                        .attr("dy", MIDDLE).end().text(note.text()).close("text");
            }
            h.close("g");
        }
        return h.close("g").open("g").attr("class", "tip").attr("aria-hidden", "true").end().close("g").toString();
    }

    private static void line(Html h, String kind, Diagram.Edge e) {
        h.open("line").attr("class", kind).attr("x1", e.x1()).attr("y1", e.y1()).attr("x2", e.x2())
                .attr("y2", e.y2()).end().close("line");
    }

    private static void label(Html h, String kind, Diagram.Label l) {
        h.open("g").attr("class", l.shown() ? kind + " shown" : kind).end();
        h.open("rect").attr("x", l.x() - l.width() / 2).attr("y", l.y() - l.height() / 2).attr("width", l.width())
                .attr("height", l.height()).attr("rx", "4").end().close("rect");
        h.open("text").attr("x", l.x()).attr("y", l.y()).attr("data-full", l.full()).attr("dy", MIDDLE).end()
                .text(l.text()).close("text");
        h.close("g");
    }
}
