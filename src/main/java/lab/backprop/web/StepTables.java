package lab.backprop.web;

import lab.backprop.engine.Subscripts;
import java.util.ArrayList;
import java.util.List;
import lab.backprop.engine.LayerTrace;
import lab.backprop.engine.Role;
import lab.backprop.engine.StepTrace;
import lab.backprop.engine.Vec;

/**
 * Turns one backpropagation step into the tables a lesson shows, grouped as the lessons' focus
 * groups: forward (u, z, a, y), loss (d, y, E), delta (Δ, δ with their factors), gradient (∂E/∂w)
 * and update (Δw as its factors, the new weights, E after).
 */
public final class StepTables {
    private StepTables() {
    }

    public static List<Table> forward(StepTrace step) {
        List<Table> tables = new ArrayList<>();
        for (int l = 0; l < step.layers().size(); l++) {
            LayerTrace t = step.layers().get(l);
            Role r = t.role();
            String in = l == 0 ? "x" : "z";
            String w = r.weights();
            tables.add(vector(r.net(), l, r.net() + "_j = \\sum_i " + w + "_{ji}\\," + in + "_i", t.net()));
            tables.add(vector(r.out(), l, r.out() + "_j = g(" + r.net() + "_j)", t.out()));
        }
        return tables;
    }

    public static Table loss(StepTrace step, boolean withAfter) {
        LayerTrace out = step.output();
        List<Table.Row> rows = new ArrayList<>();
        for (int k = 0; k < out.out().size(); k++) {
            double d = step.target().get(k);
            double y = out.out().get(k);
            rows.add(new Table.Row("k = " + (k + 1), List.of(
                    new Table.Cell("d", k + 1, 0, d, null),
                    new Table.Cell("y", k + 1, 0, y, null),
                    new Table.Cell("error", k + 1, 0, d - y, null),
                    new Table.Cell("halfSquare", k + 1, 0, 0.5 * (d - y) * (d - y), null))));
        }
        List<Table.Cell> total = new ArrayList<>();
        total.add(new Table.Cell("E", 0, 0, step.loss(), null));
        rows.add(new Table.Row("E(t)", total));
        if (withAfter) {
            rows.add(new Table.Row("E(t+1)", List.of(new Table.Cell("E-after", 0, 0, step.lossAfter(), null))));
        }
        return new Table("loss", step.layers().size() - 1, "E = \\tfrac{1}{2} \\sum_k (d_k - y_k)^2",
                List.of("d_k", "y_k", "d_k - y_k", "\\tfrac{1}{2}(d_k - y_k)^2"), rows);
    }

    /** Δ at the output and δ in each hidden layer, each with g' and the error it scales. */
    public static List<Table> deltas(StepTrace step) {
        List<Table> tables = new ArrayList<>();
        int last = step.layers().size() - 1;
        for (int l = last; l >= 0; l--) {
            LayerTrace t = step.layers().get(l);
            boolean output = l == last;
            List<Table.Row> rows = new ArrayList<>();
            for (int j = 0; j < t.out().size(); j++) {
                double error = t.error().get(j);
                rows.add(new Table.Row(Subscripts.of(t.role().delta(), j + 1), List.of(
                        new Table.Cell("gprime", j + 1, 0, t.derivative().get(j), null),
                        new Table.Cell(output ? "error" : "backSum", j + 1, 0, error, null),
                        new Table.Cell(output ? "Delta" : "delta", j + 1, 0, t.delta().get(j), null))));
            }
            String symbol = output ? "Delta" : "delta";
            String caption = output ? "\\Delta_k = g'(a_k)\\,(d_k - y_k)" : "\\delta_j = g'(u_j) \\sum_k w_{kj}\\,\\Delta_k";
            List<String> columns = output ? List.of("g'(a_k)", "d_k - y_k", "\\Delta_k")
                    : List.of("g'(u_j)", "\\sum_k w_{kj}\\,\\Delta_k", "\\delta_j");
            tables.add(new Table(symbol, l, caption, columns, rows));
        }
        return tables;
    }

    public static List<Table> gradients(StepTrace step) {
        List<Table> tables = new ArrayList<>();
        for (int l = 0; l < step.layers().size(); l++) {
            LayerTrace t = step.layers().get(l);
            String w = t.role().weights();
            String d = t.role().delta().equals("Δ") ? "\\Delta" : "\\delta";
            tables.add(matrix(gradSymbol(t), l, "\\frac{\\partial E}{\\partial " + w + "_{ji}} = -" + d + "_j\\," + in(l) + "_i",
                    t, (j, i) -> t.gradWeights().get(j, i - 1), null));
        }
        return tables;
    }

    /** Each Δw and Δv as the lecture's factors, then the new weights. */
    public static List<Table> updates(StepTrace step, double eta) {
        List<Table> tables = new ArrayList<>();
        int last = step.layers().size() - 1;
        for (int l = last; l >= 0; l--) {
            final int layer = l;
            LayerTrace t = step.layers().get(l);
            boolean output = l == last;
            String w = t.role().weights();
            String caption = output
                    ? "\\Delta w_{kj} = \\underbrace{\\eta (d_k - y_k)}_{\\text{error}} \\cdot \\underbrace{g'(a_k)}_{g'} \\cdot \\underbrace{z_j}_{\\text{input}}"
                    : "\\Delta v_{ji} = \\underbrace{\\eta\\, g'(u_j)}_{g'} \\cdot \\underbrace{" + in(l)
                    + "_i}_{\\text{input}} \\cdot \\underbrace{\\textstyle\\sum_k w_{kj} \\Delta_k}_{\\text{responsibility}}";
            if (!output) {
                caption = caption.replace("v_{ji}", w + "_{ji}");
            }
            tables.add(matrix(output ? "dw" : "dv", l, caption, t, (j, i) -> t.weightUpdates().get(j, i - 1),
                    (j, i) -> factors(step, layer, j, i, eta)));
            tables.add(matrix(output ? "newW" : "newV", l, w + "_{ji}(t+1) = " + w + "_{ji}(t) + \\Delta " + w + "_{ji}",
                    t, (j, i) -> t.newWeights().get(j, i - 1), null));
        }
        return tables;
    }

    private interface Entry {
        double at(int j, int i);
    }

    private interface Factors {
        String at(int j, int i);
    }

    /** A matrix table with the bias in column 0; {@code value} takes i = 0 for the bias. */
    private static Table matrix(String symbol, int l, String caption, LayerTrace t, Entry value, Factors factors) {
        String in = in(l);
        List<String> columns = new ArrayList<>();
        columns.add(in + "_0 = 1");
        for (int i = 0; i < t.input().size(); i++) {
            columns.add(in + "_{" + (i + 1) + "}");
        }
        List<Table.Row> rows = new ArrayList<>();
        for (int j = 0; j < t.out().size(); j++) {
            List<Table.Cell> cells = new ArrayList<>();
            for (int i = 0; i <= t.input().size(); i++) {
                double v = i == 0 ? biasValue(symbol, t, j) : value.at(j, i);
                cells.add(new Table.Cell(symbol, j + 1, i, v, factors == null ? null : factors.at(j, i)));
            }
            rows.add(new Table.Row(Subscripts.of(t.role().out(), j + 1), cells));
        }
        return new Table(symbol, l, caption, columns, rows);
    }

    private static double biasValue(String symbol, LayerTrace t, int j) {
        return switch (symbol) {
            case "dw", "dv" -> t.biasUpdates().get(j);
            case "newW", "newV" -> t.newBiases().get(j);
            default -> t.gradBiases().get(j);
        };
    }

    private static String factors(StepTrace step, int l, int j, int i, double eta) {
        LayerTrace t = step.layers().get(l);
        double input = i == 0 ? 1 : t.input().get(i - 1);
        if (l == step.layers().size() - 1) {
            return Numbers.format(eta * t.error().get(j)) + " × " + Numbers.format(t.derivative().get(j))
                    + " × " + Numbers.format(input);
        }
        return Numbers.format(eta * t.derivative().get(j)) + " × " + Numbers.format(input) + " × "
                + Numbers.format(t.error().get(j));
    }

    private static Table vector(String symbol, int l, String caption, Vec values) {
        List<Table.Row> rows = new ArrayList<>();
        for (int j = 0; j < values.size(); j++) {
            rows.add(new Table.Row(Subscripts.of(symbol, j + 1),
                    List.of(new Table.Cell(symbol, j + 1, 0, values.get(j), null))));
        }
        return new Table(symbol, l, caption, List.of(symbol + "_j"), rows);
    }

    private static String gradSymbol(LayerTrace t) {
        return t.role() == Role.OUTPUT ? "gradW" : "gradV";
    }

    private static String in(int l) {
        return l == 0 ? "x" : "z";
    }
}
