package lab.backprop.web;

import java.util.ArrayList;
import java.util.List;
import lab.backprop.engine.LayerTrace;
import lab.backprop.notation.Quantity;
import lab.backprop.notation.Role;
import lab.backprop.notation.Subscripts;
import lab.backprop.notation.Symbols;
import lab.backprop.web.Diagram.Edge;
import lab.backprop.web.Diagram.Label;
import lab.backprop.web.Diagram.Node;
import lab.backprop.web.DiagramGeometry.Box;
import lab.backprop.web.DiagramGeometry.Segment;

/**
 * The weights between two columns of the diagram and where their labels go: each label with its
 * symbol (v₂₁ = 0.4000) if every one of them finds a free place on its line, else the values alone,
 * and a label that still finds none is left to hover and focus.
 */
final class EdgeLabels {
    private EdgeLabels() {
    }

    /**
     * The edges into layer l (counted with the input as 0) from every unit of layer l − 1, bias first.
     *
     * @param firstId   the id of the first edge (ids run through the whole picture)
     * @param obstacles every unit and note of the picture
     */
    static List<Edge> edges(LayerTrace t, Role role, int l, int firstId, List<Node> nodes, List<Box> obstacles,
                            int width, int height, boolean reveal, boolean updateSymbols, int backward) {
        List<Node> sources = nodes.stream().filter(n -> n.layer() == l - 1).toList();
        List<Node> targets = nodes.stream().filter(n -> n.layer() == l && !n.bias()).toList();
        List<Segment> lines = new ArrayList<>();
        List<String[]> weights = new ArrayList<>();
        List<String[]> updates = new ArrayList<>();
        List<Boolean> bias = new ArrayList<>();
        for (int j = 0; j < targets.size(); j++) {
            for (int i = 0; i < sources.size(); i++) {
                boolean isBias = sources.get(i).bias();
                double w = isBias ? t.biases().get(j) : t.weights().get(j, i - 1);
                double dw = isBias ? t.biasUpdates().get(j) : t.weightUpdates().get(j, i - 1);
                String change = isBias ? Symbols.of(Quantity.BIAS_UPDATES, role, j, 0)
                        : Symbols.of(Quantity.WEIGHT_UPDATES, role, j, i - 1);
                lines.add(between(sources.get(i), targets.get(j)));
                weights.add(texts(Subscripts.of(role.weights(), j + 1, i), brief(w)));
                updates.add(reveal ? new String[] {change + " = " + Numbers.format(dw), signed(dw)} : new String[] {"", ""});
                bias.add(isBias);
            }
        }
        List<Label> weightLabels = labels(lines, weights, true, obstacles, width, height);
        List<Label> updateLabels = labels(lines, updates, updateSymbols, obstacles, width, height);
        List<Edge> edges = new ArrayList<>();
        for (int e = 0; e < lines.size(); e++) {
            Segment s = lines.get(e);
            edges.add(new Edge(firstId + e, s.x1(), s.y1(), s.x2(), s.y2(), weightLabels.get(e), updateLabels.get(e),
                    l, l + 1, backward, bias.get(e)));
        }
        return edges;
    }

    /** "symbol = value" and the value alone. */
    private static String[] texts(String symbol, String value) {
        return new String[] {symbol + " = " + value, value};
    }

    /** A change with its sign always written (+0.0075, -0.0065), as it reads on its line without a symbol. */
    static String signed(double dw) {
        String s = Numbers.format(dw);
        return dw > 0 ? "+" + s : s;
    }

    /** A weight as given: up to four decimals, without trailing zeros (0.5, −0.25, 0.1234). */
    static String brief(double w) {
        String s = Numbers.format(w);
        if (s.contains("e") || !s.contains(".")) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        return s.substring(0, s.charAt(end - 1) == '.' ? end - 1 : end);
    }

    /**
     * One label per line: all with their symbols if asked and each finds a free place, else all as values, and
     * those that still find none hidden (shown on hover and focus) at the middle of their line.
     */
    private static List<Label> labels(List<Segment> lines, List<String[]> texts, boolean symbols, List<Box> obstacles,
                                      int width, int height) {
        int form = symbols ? 0 : 1;
        List<Box> boxes = place(lines, texts, form, obstacles, width, height);
        if (form == 0 && boxes.contains(null)) {
            form = 1;
            boxes = place(lines, texts, 1, obstacles, width, height);
        }
        List<Label> labels = new ArrayList<>();
        for (int e = 0; e < lines.size(); e++) {
            Box b = boxes.get(e);
            String full = texts.get(e)[0];
            if (b == null) {
                Segment s = lines.get(e);
                b = DiagramGeometry.textBox(full, Diagram.LABEL_FONT, s.xAt(0.5), s.yAt(0.5));
            }
            labels.add(new Label(texts.get(e)[form], full, b.cx(), b.cy(), b.width(), b.height(),
                    boxes.get(e) != null && !full.isEmpty()));
        }
        return labels;
    }

    private static List<Box> place(List<Segment> lines, List<String[]> texts, int form, List<Box> obstacles,
                                   int width, int height) {
        double[] widths = new double[texts.size()];
        for (int e = 0; e < widths.length; e++) {
            widths[e] = DiagramGeometry.textWidth(texts.get(e)[form], Diagram.LABEL_FONT) + 2 * DiagramGeometry.PAD;
        }
        return DiagramGeometry.place(lines, widths, Diagram.LABEL_FONT * 1.2 + 2 * DiagramGeometry.PAD, obstacles,
                width, height);
    }

    /** The line from one unit's rim to the other's. */
    private static Segment between(Node from, Node to) {
        double dx = to.cx() - from.cx();
        double dy = to.cy() - from.cy();
        double length = Math.hypot(dx, dy);
        return new Segment(from.cx() + dx / length * from.r(), from.cy() + dy / length * from.r(),
                to.cx() - dx / length * to.r(), to.cy() - dy / length * to.r());
    }
}
