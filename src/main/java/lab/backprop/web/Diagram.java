package lab.backprop.web;

import java.util.ArrayList;
import java.util.List;
import lab.backprop.engine.LayerTrace;
import lab.backprop.i18n.Lang;
import lab.backprop.engine.StepTrace;
import lab.backprop.notation.Quantity;
import lab.backprop.notation.Role;
import lab.backprop.notation.Subscripts;
import lab.backprop.notation.Symbols;
import lab.backprop.web.DiagramGeometry.Box;

/**
 * The layout of the network diagram (an SVG, written by DiagramMarkup): layers as columns of circles,
 * each weight's label on its own line, each unit's net input and output below it and its error
 * signal above it, every symbol from the notation. Step numbers say when an element lights up as
 * the page walks forward (1 = inputs, then one layer a step), then backward (the output's Δ, then
 * each weight matrix carrying it down with the δ it produces), then the update (every weight's
 * change on its line). Labels that find no free place on their line are left to hover and focus.
 */
public record Diagram(int width, int height, List<Node> nodes, List<Edge> edges, int steps, int backwardStep,
                      int updateStep, boolean revealed) {
    /** Font sizes the layout is computed for (the CSS uses the same, in the SVG's units). */
    static final double LABEL_FONT = 12;
    static final double NOTE_FONT = 13;

    /**
     * A unit: its label inside the circle (x₁, z₂, y₁, or +1 for a bias unit) and its notes around it.
     */
    public record Node(double cx, double cy, double r, String label, List<Note> notes, int layer, int forwardStep,
                       int backwardStep, boolean bias) {
    }

    /**
     * A line of text beside a unit, of a kind the views show or hide: {@code out} (an input's value,
     * z, y), {@code net} (u, a), {@code delta} (δ, Δ) or {@code symbol} (a bias unit's x₀, z₀).
     */
    public record Note(double x, double y, String text, String kind) {
    }

    /**
     * A weight's line with two labels: the weight (v₂₁ = 0.4) and, for a computed step, its update
     * (Δv₂₁ = 0.0075) for the update view.
     */
    public record Edge(int id, double x1, double y1, double x2, double y2, Label weight, Label update, int layer,
                       int forwardStep, int backwardStep, boolean bias) {
        /** The tooltip: the weight and, once computed, its update. */
        public String title() {
            return update.full().isEmpty() ? weight.full() : weight.full() + ", " + update.full();
        }
    }

    /**
     * A label centred at (x, y) on its line: {@code text} as drawn (with the symbol, or the value
     * alone where the symbols do not fit), {@code full} always with the symbol (for hover and focus);
     * {@code shown} is false when no place on the line is free, so it appears only on hover or focus.
     */
    public record Label(String text, String full, double x, double y, double width, double height, boolean shown) {
    }

    /** The diagram as the page shows it, in its figure (see {@link DiagramMarkup}). */
    public String figure(Lang lang) {
        return DiagramMarkup.figure(this, lang);
    }

    /** {@link #figure(Lang)}, written at the end of {@code h}. */
    public Html figure(Html h, Lang lang) {
        return DiagramMarkup.figure(h, this, lang);
    }

    /** The column spacings tried, narrowest first, until every weight label fits with its symbol. */
    private static final int[] COLUMNS = {200, 230, 260, 290};
    private static final int ROW = 110;
    private static final int MARGIN_X = 62;
    private static final int MARGIN_Y = 68;
    private static final int RADIUS = 22;
    private static final int BIAS_RADIUS = 14;

    /** The diagram of a computed step: every net input, output, error signal and update shown. */
    public static Diagram of(StepTrace step) {
        return of(step, true);
    }

    /** The diagram of a problem for a worksheet: inputs and weights only, nothing the student must find. */
    public static Diagram given(StepTrace step) {
        return of(step, false);
    }

    /**
     * The narrowest layout whose weight labels all show their symbols, else the one that shows the
     * most of them (the narrower of equals); the rest are left to hover and focus.
     */
    private static Diagram of(StepTrace step, boolean reveal) {
        Diagram best = null;
        long bestShown = -1;
        for (int column : COLUMNS) {
            Diagram d = of(step, reveal, column);
            List<Label> weights = d.edges().stream().map(Edge::weight).toList();
            if (inFull(weights)) {
                return d;
            }
            long shown = weights.stream().filter(Label::shown).count();
            if (shown > bestShown) {
                best = d;
                bestShown = shown;
            }
            if (d.edges().size() > 120) {
                break;
            }
        }
        return best;
    }

    private static boolean inFull(List<Label> labels) {
        return labels.stream().allMatch(w -> w.shown() && w.text().equals(w.full()));
    }

    /** The layout at one column spacing, with the update labels all with symbols or all as signed values. */
    private static Diagram of(StepTrace step, boolean reveal, int columnWidth) {
        Diagram d = of(step, reveal, columnWidth, true);
        return !reveal || inFull(d.edges().stream().map(Edge::update).toList()) ? d
                : of(step, reveal, columnWidth, false);
    }

    private static Diagram of(StepTrace step, boolean reveal, int columnWidth, boolean updateSymbols) {
        int layers = step.layers().size() + 1;
        int[] sizes = new int[layers];
        sizes[0] = step.input().size();
        int tallest = sizes[0] + 1;
        for (int l = 1; l < layers; l++) {
            sizes[l] = step.layers().get(l - 1).out().size();
            tallest = Math.max(tallest, sizes[l] + (l < layers - 1 ? 1 : 0));
        }
        int width = 2 * MARGIN_X + columnWidth * (layers - 1);
        int height = 2 * MARGIN_Y + ROW * (tallest - 1);
        int backwardStart = layers + 1;
        int update = backwardStart + layers - 1;

        List<Node> nodes = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            nodes.addAll(column(step, l, layers, sizes, MARGIN_X + columnWidth * l, height, reveal,
                    backwardStart + (layers - 1 - l)));
        }
        List<Box> obstacles = new ArrayList<>();
        for (Node n : nodes) {
            obstacles.add(new Box(n.cx(), n.cy(), 2 * n.r() + 4, 2 * n.r() + 4));
            for (Note note : n.notes()) {
                obstacles.add(DiagramGeometry.textBox(note.text(), NOTE_FONT, note.x(), note.y()));
            }
        }
        List<Edge> edges = new ArrayList<>();
        for (int l = 1; l < layers; l++) {
            int backward = backwardStart + (layers - 1 - l) + 1;
            edges.addAll(EdgeLabels.edges(step.layers().get(l - 1), Role.of(l - 1, layers - 1), l, edges.size(),
                    nodes, obstacles, width, height, reveal, updateSymbols, backward));
        }
        return new Diagram(width, height, List.copyOf(nodes), List.copyOf(edges), update, backwardStart, update,
                reveal);
    }

    /** Layer l's units from the top: its bias unit (below the output), then units 1, 2, .... */
    private static List<Node> column(StepTrace step, int l, int layers, int[] sizes, double x, int height,
                                     boolean reveal, int backward) {
        List<Node> out = new ArrayList<>();
        boolean hasBias = l < layers - 1;
        int rows = sizes[l] + (hasBias ? 1 : 0);
        if (hasBias) {
            double cy = y(0, rows, height);
            String symbol = Subscripts.of(Symbols.input(l), 0);
            double sx = x - BIAS_RADIUS - 4 - DiagramGeometry.textWidth(symbol, NOTE_FONT) / 2;
            out.add(new Node(x, cy, BIAS_RADIUS, "+1", List.of(new Note(sx, cy, symbol, "symbol")), l, l + 1,
                    backward, true));
        }
        for (int j = 0; j < sizes[l]; j++) {
            double cy = y(j + (hasBias ? 1 : 0), rows, height);
            List<Note> notes = new ArrayList<>();
            String label;
            if (l == 0) {
                label = Subscripts.of("x", j + 1);
                notes.add(new Note(x, cy + RADIUS + 13, Numbers.format(step.input().get(j)), "out"));
            } else {
                Role role = Role.of(l - 1, layers - 1);
                LayerTrace t = step.layers().get(l - 1);
                label = Symbols.of(Quantity.OUT, role, j, 0);
                if (reveal) {
                    notes.add(new Note(x, cy + RADIUS + 13, equation(Symbols.of(Quantity.NET, role, j, 0),
                            t.net().get(j)), "net"));
                    notes.add(new Note(x, cy + RADIUS + 30, equation(label, t.out().get(j)), "out"));
                    notes.add(new Note(x, cy - RADIUS - 12, equation(Symbols.of(Quantity.DELTA, role, j, 0),
                            t.delta().get(j)), "delta"));
                }
            }
            out.add(new Node(x, cy, RADIUS, label, List.copyOf(notes), l, l + 1, l == 0 ? 0 : backward, false));
        }
        return out;
    }

    /** "symbol = value", the form of every number in the picture. */
    static String equation(String symbol, double value) {
        return symbol + " = " + Numbers.format(value);
    }

    /** The vertical centre of row {@code index} of a column of {@code count}, centred in the picture. */
    private static double y(int index, int count, int height) {
        double span = ROW * (count - 1);
        return (height - span) / 2 + ROW * index;
    }
}
