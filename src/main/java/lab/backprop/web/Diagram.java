package lab.backprop.web;

import java.util.ArrayList;
import java.util.List;
import lab.backprop.engine.LayerTrace;
import lab.backprop.engine.StepTrace;
import lab.backprop.notation.Role;
import lab.backprop.notation.Subscripts;
import lab.backprop.notation.Symbols;

/**
 * The layout of the network diagram (an SVG drawn by the template): layers as columns of circles,
 * weights on the edges, each unit's output and error signal beside it. Step numbers say when an
 * element lights up as the page walks forward (1 = inputs, then one layer a step) and then backward
 * (the output's Δ, then each weight matrix carrying it down with the δ it produces).
 */
public record Diagram(int width, int height, List<Node> nodes, List<Edge> edges, int steps, boolean revealed) {
    /** A unit: its label (x₁, z₂, y₁), output value and error signal (blank for inputs). */
    public record Node(double cx, double cy, String label, String value, String delta, int layer,
                       int forwardStep, int backwardStep, boolean bias) {
    }

    /** A weight from one unit to the next layer, with its label position. */
    public record Edge(double x1, double y1, double x2, double y2, double lx, double ly, String label,
                       String value, int layer, int forwardStep, int backwardStep, boolean bias) {
    }

    private static final int COLUMN = 200;
    private static final int ROW = 90;
    private static final int MARGIN = 60;
    /** Edges get a printed weight only when the picture has room for it. */
    private static final int MAX_LABELLED_UNITS = 4;

    /** The diagram of a computed step: every output and error signal shown. */
    public static Diagram of(StepTrace step) {
        return of(step, true);
    }

    /** The diagram of a problem for a worksheet: inputs and weights only, nothing the student must find. */
    public static Diagram given(StepTrace step) {
        return of(step, false);
    }

    private static Diagram of(StepTrace step, boolean reveal) {
        int layers = step.layers().size() + 1;
        int[] sizes = new int[layers];
        sizes[0] = step.input().size();
        for (int l = 1; l < layers; l++) {
            sizes[l] = step.layers().get(l - 1).out().size();
        }
        int tallest = 0;
        for (int s : sizes) {
            tallest = Math.max(tallest, s + 1);
        }
        int width = 2 * MARGIN + COLUMN * (layers - 1);
        int height = 2 * MARGIN + ROW * (tallest - 1);
        boolean labelled = tallest - 1 <= MAX_LABELLED_UNITS;
        int backwardStart = layers + 1;

        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            double x = MARGIN + COLUMN * l;
            String symbol = l == layers - 1 ? Role.OUTPUT.out() : Symbols.input(l);
            boolean hasBias = l < layers - 1;
            int backward = backwardStart + (layers - 1 - l);
            if (hasBias) {
                nodes.add(new Node(x, y(0, sizes[l] + 1, height), Subscripts.of(symbol, 0), "+1", "", l, l + 1,
                        backward, true));
            }
            for (int j = 0; j < sizes[l]; j++) {
                double cy = y(j + 1, sizes[l] + 1, height);
                String value = l == 0 ? Numbers.format(step.input().get(j))
                        : reveal ? Numbers.format(step.layers().get(l - 1).out().get(j)) : "";
                String delta = l == 0 || !reveal ? "" : Role.of(l - 1, layers - 1).delta() + " "
                        + Numbers.format(step.layers().get(l - 1).delta().get(j));
                nodes.add(new Node(x, cy, Subscripts.of(symbol, j + 1), value, delta, l, l + 1,
                        l == 0 ? 0 : backward, false));
            }
            if (l > 0) {
                addEdges(edges, step.layers().get(l - 1), Role.of(l - 1, layers - 1), l, sizes, height, labelled,
                        backward + 1);
            }
        }
        return new Diagram(width, height, nodes, edges, backwardStart + layers - 1, reveal);
    }

    private static void addEdges(List<Edge> edges, LayerTrace t, Role role, int l, int[] sizes, int height, boolean labelled,
                                 int backward) {
        double x1 = MARGIN + COLUMN * (l - 1) + 24;
        double x2 = MARGIN + COLUMN * l - 24;
        for (int j = 0; j < sizes[l]; j++) {
            double y2 = y(j + 1, sizes[l] + 1, height);
            for (int i = 0; i <= sizes[l - 1]; i++) {
                double y1 = y(i, sizes[l - 1] + 1, height);
                double w = i == 0 ? t.biases().get(j) : t.weights().get(j, i - 1);
                // Labels sit a third of the way along, where edges into different units are apart.
                double lx = x1 + (x2 - x1) * 0.3;
                double ly = y1 + (y2 - y1) * 0.3;
                edges.add(new Edge(x1, y1, x2, y2, lx, ly, Subscripts.of(role.weights(), j + 1, i),
                        labelled ? Numbers.format(w) : "", l, l + 1, backward, i == 0));
            }
        }
    }

    /** The vertical centre of unit {@code index} of a column of {@code count}, centred in the picture. */
    private static double y(int index, int count, int height) {
        double span = ROW * (count - 1);
        return (height - span) / 2 + ROW * index;
    }
}
