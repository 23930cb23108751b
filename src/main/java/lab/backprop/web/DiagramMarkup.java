package lab.backprop.web;

import lab.backprop.i18n.Lang;
import lab.backprop.i18n.Texts;

/**
 * A {@link Diagram} as HTML: its figure, and inside its SVG the weight lines (each focusable, with its
 * tooltip), then every weight's label and update label, then the units with their notes, so that no line
 * is drawn over a label; and an empty group for the script's tooltip. The data-fstep, data-bstep and
 * data-ustep numbers are the steps at which the page's forward, backward and update walk lights an
 * element up.
 */
final class DiagramMarkup {
    private static final String MIDDLE = ".35em";

    private DiagramMarkup() {
    }

    /**
     * The diagram's figure: the buttons of the forward, backward and update walk (for a computed step;
     * shown by the script), the SVG at one SVG unit to a sixteenth of an em, and the caption.
     */
    static String figure(Diagram d, Lang lang) {
        return figure(new Html(), d, lang).toString();
    }

    /** {@link #figure(Diagram, Lang)}, written at the end of {@code h}. */
    static Html figure(Html h, Diagram d, Lang lang) {
        Texts texts = Texts.get();
        h.open("figure").attr("class", "diagram").end().text("\n");
        if (d.revealed()) {
            h.open("div").attr("class", "diagram-controls").attr("data-js-only", "").attr("hidden", "").end()
                    .text("\n");
            for (String walk : new String[] {"forward", "backward", "update", "reset"}) {
                h.open("button").attr("type", "button").attr("data-diagram", walk).end()
                        .text(texts.of(lang, "diagram." + walk)).close("button").text("\n");
            }
            h.open("span").attr("class", "diagram-status").attr("aria-live", "polite")
                    .attr("data-diagram-status", "").end().close("span").text("\n").close("div").text("\n");
        }
        h.open("div").attr("class", "diagram-scroll").end().text("\n");
        h.open("svg").attr("role", "img").attr("aria-label", texts.of(lang, "diagram.label"))
                .attr("preserveAspectRatio", "xMidYMid meet").attr("viewBox", "0 0 " + d.width() + " " + d.height())
                .attr("width", Numbers.shortest(d.width() / 16.0) + "em")
                .attr("height", Numbers.shortest(d.height() / 16.0) + "em").attr("data-steps", d.steps())
                .attr("data-backward", d.backwardStep()).attr("data-update", d.updateStep()).end();
        inside(h, d);
        h.close("svg").text("\n").close("div").text("\n");
        h.element("figcaption", texts.of(lang, d.revealed() ? "diagram.caption" : "diagram.givenCaption"));
        return h.close("figure");
    }

    private static void inside(Html h, Diagram d) {
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
            h.open("circle").coordinate("cx", n.cx()).coordinate("cy", n.cy()).coordinate("r", n.r()).end()
                    .close("circle");
            h.open("text").attr("class", "label").coordinate("x", n.cx()).coordinate("y", n.cy()).attr("dy", MIDDLE)
                    .end().text(n.label()).close("text");
            for (Diagram.Note note : n.notes()) {
                h.open("text").attr("class", "note " + note.kind()).coordinate("x", note.x())
                        .coordinate("y", note.y()).attr("dy", MIDDLE).end().text(note.text()).close("text");
            }
            h.close("g");
        }
        h.close("g").open("g").attr("class", "tip").attr("aria-hidden", "true").end().close("g");
    }

    private static void line(Html h, String kind, Diagram.Edge e) {
        h.open("line").attr("class", kind).coordinate("x1", e.x1()).coordinate("y1", e.y1())
                .coordinate("x2", e.x2()).coordinate("y2", e.y2()).end().close("line");
    }

    private static void label(Html h, String kind, Diagram.Label l) {
        h.open("g").attr("class", l.shown() ? kind + " shown" : kind).end();
        h.open("rect").coordinate("x", l.x() - l.width() / 2).coordinate("y", l.y() - l.height() / 2)
                .coordinate("width", l.width()).coordinate("height", l.height()).attr("rx", "4").end().close("rect");
        h.open("text").coordinate("x", l.x()).coordinate("y", l.y()).attr("data-full", l.full())
                .attr("dy", MIDDLE).end().text(l.text()).close("text");
        h.close("g");
    }
}
