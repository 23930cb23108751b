package lab.backprop.web;

import java.util.ArrayList;
import java.util.List;
import lab.backprop.engine.LayerTrace;
import lab.backprop.engine.StepTrace;
import lab.backprop.engine.Vec;
import lab.backprop.lessons.Lesson;
import lab.backprop.notation.Captions;
import lab.backprop.notation.Role;
import lab.backprop.notation.Subscripts;

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
            Role r = role(step, l);
            tables.add(vector(Lesson.Focus.FORWARD, r.net(), l, Captions.net(r, l), t.net()));
            tables.add(vector(Lesson.Focus.FORWARD, r.out(), l, Captions.out(r), t.out()));
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
        return new Table(Lesson.Focus.LOSS, "loss", step.layers().size() - 1, Captions.LOSS, Captions.LOSS_COLUMNS, rows);
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
                rows.add(new Table.Row(Subscripts.of(role(step, l).delta(), j + 1), List.of(
                        new Table.Cell("gprime", j + 1, 0, t.derivative().get(j), null),
                        new Table.Cell(output ? "error" : "backSum", j + 1, 0, error, null),
                        new Table.Cell(output ? "Delta" : "delta", j + 1, 0, t.delta().get(j), null))));
            }
            String symbol = output ? "Delta" : "delta";
            Role r = role(step, l);
            tables.add(new Table(Lesson.Focus.DELTA, symbol, l, Captions.errorSignal(r), Captions.errorSignalColumns(r), rows));
        }
        return tables;
    }

    public static List<Table> gradients(StepTrace step) {
        List<Table> tables = new ArrayList<>();
        for (int l = 0; l < step.layers().size(); l++) {
            LayerTrace t = step.layers().get(l);
            Role r = role(step, l);
            tables.add(matrix(Lesson.Focus.GRADIENT, r == Role.OUTPUT ? "gradW" : "gradV", l, Captions.gradient(r, l), step,
                    (j, i) -> t.gradWeights().get(j, i - 1), null));
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
            Role r = role(step, l);
            tables.add(matrix(Lesson.Focus.UPDATE, output ? "dw" : "dv", l, Captions.change(r, l), step,
                    (j, i) -> t.weightUpdates().get(j, i - 1), (j, i) -> factors(step, layer, j, i, eta)));
            tables.add(matrix(Lesson.Focus.UPDATE, output ? "newW" : "newV", l, Captions.newWeights(r), step,
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
    private static Table matrix(Lesson.Focus group, String symbol, int l, String caption, StepTrace step, Entry value, Factors factors) {
        LayerTrace t = step.layers().get(l);
        List<String> columns = Captions.inputColumns(l, t.input().size());
        List<Table.Row> rows = new ArrayList<>();
        for (int j = 0; j < t.out().size(); j++) {
            List<Table.Cell> cells = new ArrayList<>();
            for (int i = 0; i <= t.input().size(); i++) {
                double v = i == 0 ? biasValue(symbol, t, j) : value.at(j, i);
                cells.add(new Table.Cell(symbol, j + 1, i, v, factors == null ? null : factors.at(j, i)));
            }
            rows.add(new Table.Row(Subscripts.of(role(step, l).out(), j + 1), cells));
        }
        return new Table(group, symbol, l, caption, columns, rows);
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

    private static Table vector(Lesson.Focus group, String symbol, int l, String caption, Vec values) {
        List<Table.Row> rows = new ArrayList<>();
        for (int j = 0; j < values.size(); j++) {
            rows.add(new Table.Row(Subscripts.of(symbol, j + 1),
                    List.of(new Table.Cell(symbol, j + 1, 0, values.get(j), null))));
        }
        return new Table(group, symbol, l, caption, List.of(Captions.column(symbol)), rows);
    }

    private static Role role(StepTrace step, int l) {
        return Role.of(l, step.layers().size());
    }
}
