package lab.backprop.web.lessons;

import java.util.ArrayList;
import java.util.List;
import lab.backprop.engine.DeltaRuleTrace;
import lab.backprop.lessons.Lesson.Focus;
import lab.backprop.notation.Captions;
import lab.backprop.notation.Subscripts;
import lab.backprop.web.Numbers;
import lab.backprop.web.Table;

/** The tables of one delta-rule step: y, the error t − y, each Δw_ji as η·(t_j − y_j)·x_i, the new weights, E. */
public final class DeltaRuleTables {
    private DeltaRuleTables() {
    }

    public static List<Table> of(DeltaRuleTrace t, double eta) {
        List<Table> tables = new ArrayList<>();
        List<Table.Row> outputs = new ArrayList<>();
        for (int j = 0; j < t.out().size(); j++) {
            outputs.add(new Table.Row(Subscripts.of("y", j + 1), List.of(
                    new Table.Cell("net", j + 1, 0, t.net().get(j), null),
                    new Table.Cell("y", j + 1, 0, t.out().get(j), null),
                    new Table.Cell("error", j + 1, 0, t.error().get(j), null))));
        }
        tables.add(new Table(Focus.FORWARD, "y", 0, Captions.DeltaRule.OUTPUT, Captions.DeltaRule.OUTPUT_COLUMNS, outputs));
        tables.add(matrix("dw", Captions.DeltaRule.CHANGE, t, eta, true));
        tables.add(matrix("newW", Captions.DeltaRule.NEW_WEIGHTS, t, eta, false));
        tables.add(new Table(Focus.LOSS, "loss", 0, Captions.DeltaRule.LOSS, List.of("E"), List.of(
                new Table.Row("E(t)", List.of(new Table.Cell("E", 0, 0, t.loss(), null))),
                new Table.Row("E(t+1)", List.of(new Table.Cell("E-after", 0, 0, t.lossAfter(), null))))));
        return tables;
    }

    private static Table matrix(String symbol, String caption, DeltaRuleTrace t, double eta, boolean updates) {
        List<String> columns = Captions.inputColumns(0, t.input().size());
        List<Table.Row> rows = new ArrayList<>();
        for (int j = 0; j < t.out().size(); j++) {
            List<Table.Cell> cells = new ArrayList<>();
            for (int i = 0; i <= t.input().size(); i++) {
                double x = i == 0 ? 1 : t.input().get(i - 1);
                double v = updates
                        ? (i == 0 ? t.biasUpdates().get(j) : t.weightUpdates().get(j, i - 1))
                        : (i == 0 ? t.newBiases().get(j) : t.newWeights().get(j, i - 1));
                String factors = updates ? Numbers.format(eta) + " × " + Numbers.format(t.error().get(j)) + " × "
                        + Numbers.format(x) : null;
                cells.add(new Table.Cell(symbol, j + 1, i, v, factors));
            }
            rows.add(new Table.Row(Subscripts.of("y", j + 1), cells));
        }
        return new Table(Focus.UPDATE, symbol, 0, caption, columns, rows);
    }
}
