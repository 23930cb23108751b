package lab.backprop.web.exercises;

import java.util.ArrayList;
import java.util.List;
import lab.backprop.engine.Layer;
import lab.backprop.engine.Network;
import lab.backprop.notation.Captions;
import lab.backprop.notation.Role;
import lab.backprop.notation.Subscripts;
import lab.backprop.problem.Problem;
import lab.backprop.web.Table;

/** What an exercise gives: the example (x, d), η and k, and each weight matrix with its biases. */
public final class GivenTables {
    private GivenTables() {
    }

    public static List<Table> of(Problem p) {
        Network n = p.network();
        List<Table> tables = new ArrayList<>();
        List<Table.Row> example = new ArrayList<>();
        for (int i = 0; i < p.input().size(); i++) {
            example.add(new Table.Row(Subscripts.of("x", i + 1), List.of(new Table.Cell("x", i + 1, 0, p.input().get(i), null))));
        }
        for (int k = 0; k < p.target().size(); k++) {
            example.add(new Table.Row(Subscripts.of("d", k + 1), List.of(new Table.Cell("d", k + 1, 0, p.target().get(k), null))));
        }
        example.add(new Table.Row("η", List.of(new Table.Cell("eta", 0, 0, p.learningRate(), null))));
        example.add(new Table.Row("k", List.of(new Table.Cell("k", 0, 0, n.slope(), null))));
        tables.add(new Table("given", -1, Captions.GIVEN, List.of(Captions.GIVEN_COLUMN), example));
        for (int l = 0; l < n.layers().size(); l++) {
            Layer layer = n.layers().get(l);
            Role role = Role.of(l, n.layers().size());
            String w = role.weights();
            List<String> columns = Captions.inputColumns(l, layer.inputSize());
            List<Table.Row> rows = new ArrayList<>();
            for (int j = 0; j < layer.size(); j++) {
                List<Table.Cell> cells = new ArrayList<>();
                cells.add(new Table.Cell("given-" + w, j + 1, 0, layer.biases().get(j), null));
                for (int i = 0; i < layer.inputSize(); i++) {
                    cells.add(new Table.Cell("given-" + w, j + 1, i + 1, layer.weights().get(j, i), null));
                }
                rows.add(new Table.Row(Subscripts.of(role.out(), j + 1), cells));
            }
            tables.add(new Table("given-" + w, l, Captions.givenWeights(l, n.layers().size(), layer.activation().id()), columns, rows));
        }
        return tables;
    }
}
