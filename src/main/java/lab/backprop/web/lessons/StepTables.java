package lab.backprop.web.lessons;

import java.util.ArrayList;
import java.util.List;
import lab.backprop.engine.LayerTrace;
import lab.backprop.engine.StepTrace;
import lab.backprop.engine.Vec;
import lab.backprop.lessons.Lesson.Focus;
import lab.backprop.notation.Captions;
import lab.backprop.notation.Role;
import lab.backprop.notation.Subscripts;
import lab.backprop.web.Numbers;
import lab.backprop.web.Table;

/**
 * Turns one backpropagation step into the tables a lesson shows, grouped as the lessons' focus
 * groups: forward (u, z, a, y), loss (d, y, E), delta (Δ, δ with their factors), gradient (∂E/∂w)
 * and update (Δw as its factors, the new weights, E after). Captions come from {@link Captions}.
 */
public final class StepTables {
    private StepTables() {
    }

    public static List<Table> forward(StepTrace step) {
        int count = step.layers().size();
        List<Table> tables = new ArrayList<>();
        for (int l = 0; l < count; l++) {
            LayerTrace t = step.layers().get(l);
            Role r = Role.of(l, count);
            tables.add(vector(r.net(), l, Captions.net(l, count), Captions.column(r.net(), l, count), t.net()));
            tables.add(vector(r.out(), l, Captions.out(l, count), Captions.column(r.out(), l, count), t.out()));
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
        return new Table(Focus.LOSS, "loss", step.layers().size() - 1, Captions.LOSS, Captions.LOSS_COLUMNS, rows);
    }

    /** Δ at the output and δ in each hidden layer, each with g' and the error it scales. */
    public static List<Table> deltas(StepTrace step) {
        int count = step.layers().size();
        List<Table> tables = new ArrayList<>();
        for (int l = count - 1; l >= 0; l--) {
            LayerTrace t = step.layers().get(l);
            boolean output = l == count - 1;
            List<Table.Row> rows = new ArrayList<>();
            for (int j = 0; j < t.out().size(); j++) {
                rows.add(new Table.Row(Subscripts.of(Role.of(l, count).delta(), j + 1), List.of(
                        new Table.Cell("gprime", j + 1, 0, t.derivative().get(j), null),
                        new Table.Cell(output ? "error" : "backSum", j + 1, 0, t.error().get(j), null),
                        new Table.Cell(output ? "Delta" : "delta", j + 1, 0, t.delta().get(j), null))));
            }
            tables.add(new Table(Focus.DELTA, output ? "Delta" : "delta", l, Captions.errorSignal(l, count),
                    Captions.errorSignalColumns(l, count), rows));
        }
        return tables;
    }

    public static List<Table> gradients(StepTrace step) {
        int count = step.layers().size();
        List<Table> tables = new ArrayList<>();
        for (int l = 0; l < count; l++) {
            LayerTrace t = step.layers().get(l);
            String symbol = l == count - 1 ? "gradW" : "gradV";
            tables.add(matrix(Focus.GRADIENT, symbol, l, Captions.gradient(l, count), step,
                    (j, i) -> t.gradWeights().get(j, i - 1), null));
        }
        return tables;
    }

    /** Each Δw and Δv as the lecture's factors, then the new weights. */
    public static List<Table> updates(StepTrace step, double eta) {
        int count = step.layers().size();
        List<Table> tables = new ArrayList<>();
        for (int l = count - 1; l >= 0; l--) {
            int layer = l;
            LayerTrace t = step.layers().get(l);
            boolean output = l == count - 1;
            tables.add(matrix(Focus.UPDATE, output ? "dw" : "dv", l, Captions.change(l, count), step,
                    (j, i) -> t.weightUpdates().get(j, i - 1), (j, i) -> factors(step, layer, j, i, eta)));
            tables.add(matrix(Focus.UPDATE, output ? "newW" : "newV", l, Captions.newWeights(l, count), step,
                    (j, i) -> t.newWeights().get(j, i - 1), null));
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
    private static Table matrix(Focus group, String symbol, int l, String caption, StepTrace step, Entry value,
                                Factors factors) {
        LayerTrace t = step.layers().get(l);
        List<Table.Row> rows = new ArrayList<>();
        for (int j = 0; j < t.out().size(); j++) {
            List<Table.Cell> cells = new ArrayList<>();
            for (int i = 0; i <= t.input().size(); i++) {
                double v = i == 0 ? biasValue(symbol, t, j) : value.at(j, i);
                cells.add(new Table.Cell(symbol, j + 1, i, v, factors == null ? null : factors.at(j, i)));
            }
            rows.add(new Table.Row(Subscripts.of(Role.of(l, step.layers().size()).out(), j + 1), cells));
        }
        return new Table(group, symbol, l, caption, Captions.inputColumns(l, t.input().size()), rows);
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

    private static Table vector(String symbol, int l, String caption, String column, Vec values) {
        List<Table.Row> rows = new ArrayList<>();
        for (int j = 0; j < values.size(); j++) {
            rows.add(new Table.Row(Subscripts.of(symbol, j + 1),
                    List.of(new Table.Cell(symbol, j + 1, 0, values.get(j), null))));
        }
        return new Table(Focus.FORWARD, symbol, l, caption, List.of(column), rows);
    }
}
