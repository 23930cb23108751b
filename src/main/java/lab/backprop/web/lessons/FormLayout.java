package lab.backprop.web.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lab.backprop.notation.Subscripts;

/**
 * The boxes of a {@link NetworkForm} as the form lays them out, each labelled in the lecture's
 * symbols: x₁…, d₁… (t₁… for the delta rule), one activation per layer, and each weight matrix with
 * its bias column (v₂₀ is the bias of hidden unit 2, the weight on the constant input x₀ = +1).
 */
public record FormLayout(NetworkForm.Kind kind, int[] sizes, Map<String, String> values) {
    /** One input box. */
    public record Field(String name, String label, String value) {
    }

    /** One receiving unit's row of a weight matrix: its bias first, then a weight per sending unit. */
    public record Row(String label, List<Field> fields) {
    }

    /** The weights into one layer, with the symbol used for them (v or w). */
    public record Connection(int index, String symbol, List<String> columns, List<Row> rows) {
    }

    public List<Field> inputs() {
        return vectorFields("x-", "x", sizes[0]);
    }

    public List<Field> targets() {
        return vectorFields("d-", kind == NetworkForm.Kind.DELTA_RULE ? "t" : "d", sizes[sizes.length - 1]);
    }

    /** One activation choice per non-input layer. */
    public List<Field> activations() {
        List<Field> f = new ArrayList<>();
        for (int l = 0; l + 1 < sizes.length; l++) {
            String label = outSymbolOf(l).equals("y") ? "y = g(a)" : "z = g(u)";
            if (sizes.length > 3 && label.startsWith("z")) {
                label += ", " + (l + 1);
            }
            f.add(new Field("g-" + l, label, values.get("g-" + l)));
        }
        return f;
    }

    public List<Connection> connections() {
        List<Connection> list = new ArrayList<>();
        for (int l = 0; l + 1 < sizes.length; l++) {
            String symbol = symbolOf(l);
            String below = l == 0 ? "x" : "z";
            List<String> columns = new ArrayList<>();
            columns.add(Subscripts.of(below, 0) + " = +1");
            for (int i = 0; i < sizes[l]; i++) {
                columns.add(Subscripts.of(below, i + 1));
            }
            List<Row> rows = new ArrayList<>();
            for (int j = 0; j < sizes[l + 1]; j++) {
                List<Field> fields = new ArrayList<>();
                fields.add(field("b-" + l + "-" + j, Subscripts.of(symbol, j + 1, 0)));
                for (int i = 0; i < sizes[l]; i++) {
                    fields.add(field("w-" + l + "-" + j + "-" + i, Subscripts.of(symbol, j + 1, i + 1)));
                }
                rows.add(new Row(Subscripts.of(outSymbolOf(l), j + 1), fields));
            }
            list.add(new Connection(l, symbol, columns, rows));
        }
        return list;
    }

    /** The weight symbol of the layer fed by connection l: w into the output, v into a hidden layer. */
    String symbolOf(int l) {
        return kind == NetworkForm.Kind.DELTA_RULE || l == sizes.length - 2 ? "w" : "v";
    }

    private String outSymbolOf(int l) {
        return kind == NetworkForm.Kind.DELTA_RULE || l == sizes.length - 2 ? "y" : "z";
    }

    private Field field(String name, String label) {
        return new Field(name, label, values.get(name));
    }

    private List<Field> vectorFields(String prefix, String symbol, int n) {
        List<Field> f = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            f.add(field(prefix + i, Subscripts.of(symbol, i + 1)));
        }
        return f;
    }
}
