package lab.backprop.worked;

import java.util.ArrayList;
import java.util.List;
import lab.backprop.engine.LayerTrace;
import lab.backprop.engine.Matrix;
import lab.backprop.engine.StepTrace;
import lab.backprop.engine.Vec;
import lab.backprop.i18n.Texts;
import lab.backprop.notation.Letters;
import lab.backprop.notation.Quantity;
import lab.backprop.notation.Role;
import lab.backprop.notation.Symbols;

/**
 * The tables of a step as one CSV file (RFC 4180, CRLF, UTF-8 with a byte-order mark so spreadsheets
 * read the symbols): a section per quantity, separated by an empty line. A section's first row is its
 * id — the field's path in the /api/backprop request ({@code input}, {@code target},
 * {@code learningRate}, {@code slope}) or answer ({@code layers[0].net}, {@code loss}) — and its title in
 * the handout's language; the second row heads the columns: the unit letter and the symbol
 * ({@code j, uⱼ}), or for a matrix the entry's symbol and its inputs ({@code vⱼᵢ, i = 1, i = 2}); then one
 * row per unit ({@code 1, 0.3775}) or per receiving unit ({@code j = 1, …}). Every number is written in
 * full (Java's shortest exact form), so it reads back as exactly the engine's double.
 */
final class StepCsv {
    static final String BOM = "\uFEFF";
    private static final String CRLF = "\r\n";

    private final Handout h;
    private final StringBuilder out = new StringBuilder(BOM);

    private StepCsv(Handout handout) {
        this.h = handout;
    }

    static String of(Handout handout) {
        return new StepCsv(handout).write();
    }

    private String write() {
        StepTrace step = h.step();
        int count = step.layers().size();
        String in = Letters.unit(-1, count);
        String last = Letters.unit(count - 1, count);
        vector("input", given("input"), in, "x" + Letters.subscript(in), step.input());
        vector("target", given("target"), last, "d" + Letters.subscript(last), step.target());
        scalar("learningRate", given("learningRate"), "η", h.problem().learningRate());
        scalar("slope", given("slope"), "k", h.problem().network().slope());
        for (int l = 0; l < count; l++) {
            layer(step.layers().get(l), l, count);
        }
        scalar("loss", given("loss"), Symbols.LOSS, step.loss());
        scalar("lossAfter", given("lossAfter"), Symbols.LOSS_AFTER, step.lossAfter());
        vector("outAfter", given("outAfter"), last, "y" + Letters.subscript(last) + "(t+1)", step.outAfter());
        return out.toString();
    }

    private void layer(LayerTrace t, int l, int count) {
        Role r = Role.of(l, count);
        String me = Letters.unit(l, count);
        String below = Letters.below(l, count);
        String layer = r == Role.OUTPUT ? text("export.csv.output", me) : text("export.csv.hidden", Integer.toString(l + 1), me);
        String entry = r.weights() + Letters.subscript(me) + Letters.subscript(below);
        String id = "layers[" + l + "].";
        vector(id + "input", title(layer, "layerInput"), below, Symbols.input(l) + Letters.subscript(below), t.input());
        matrix(id + "weights", title(layer, "weights"), entry, me + below, t.weights());
        vector(id + "biases", title(layer, "biases"), me, Symbols.column(Quantity.NEW_BIASES, l, count)
                .replace("(t+1)", ""), t.biases());
        vector(id + "net", title(layer, "net"), me, Symbols.column(Quantity.NET, l, count), t.net());
        vector(id + "out", title(layer, "out"), me, Symbols.column(Quantity.OUT, l, count), t.out());
        vector(id + "derivative", title(layer, "derivative"), me, Symbols.column(Quantity.DERIVATIVE, l, count),
                t.derivative());
        vector(id + "error", title(layer, "error"), me, error(l, count), t.error());
        vector(id + "delta", title(layer, "delta"), me, Symbols.column(Quantity.DELTA, l, count), t.delta());
        matrix(id + "gradWeights", title(layer, "gradWeights"), "∂E/∂" + entry, me + below, t.gradWeights());
        vector(id + "gradBiases", title(layer, "gradBiases"), me, Symbols.column(Quantity.GRAD_BIASES, l, count),
                t.gradBiases());
        matrix(id + "weightUpdates", title(layer, "weightUpdates"), "Δ" + entry, me + below, t.weightUpdates());
        vector(id + "biasUpdates", title(layer, "biasUpdates"), me, Symbols.column(Quantity.BIAS_UPDATES, l, count),
                t.biasUpdates());
        matrix(id + "newWeights", title(layer, "newWeights"), entry + "(t+1)", me + below, t.newWeights());
        vector(id + "newBiases", title(layer, "newBiases"), me, Symbols.column(Quantity.NEW_BIASES, l, count),
                t.newBiases());
    }

    /** What g′ scales into the error signal: dₖ − yₖ at the output, Σₖ wₖⱼΔₖ below. */
    private static String error(int l, int count) {
        String me = Letters.subscript(Letters.unit(l, count));
        if (l == count - 1) {
            return "d" + me + " − y" + me;
        }
        Role above = Role.of(l + 1, count);
        String up = Letters.subscript(Letters.above(l, count));
        return "Σ" + up + " " + above.weights() + up + me + above.delta() + up;
    }

    private void scalar(String id, String title, String symbol, double value) {
        row(id, title);
        row(symbol);
        row(number(value));
        out.append(CRLF);
    }

    private void vector(String id, String title, String letter, String symbol, Vec values) {
        row(id, title);
        row(letter, symbol);
        for (int j = 0; j < values.size(); j++) {
            row(Integer.toString(j + 1), number(values.get(j)));
        }
        out.append(CRLF);
    }

    /** A matrix [j][i]; {@code letters} is the receiving unit's letter, then the sending unit's (ji, kj). */
    private void matrix(String id, String title, String entry, String letters, Matrix values) {
        row(id, title);
        List<String> header = new ArrayList<>(List.of(entry));
        for (int i = 0; i < values.columns(); i++) {
            header.add(letters.charAt(1) + " = " + (i + 1));
        }
        row(header.toArray(String[]::new));
        for (int j = 0; j < values.rows(); j++) {
            List<String> cells = new ArrayList<>(List.of(letters.charAt(0) + " = " + (j + 1)));
            for (int i = 0; i < values.columns(); i++) {
                cells.add(number(values.get(j, i)));
            }
            row(cells.toArray(String[]::new));
        }
        out.append(CRLF);
    }

    private void row(String... cells) {
        for (int c = 0; c < cells.length; c++) {
            out.append(c == 0 ? "" : ",").append(cell(cells[c]));
        }
        out.append(CRLF);
    }

    /** A cell, quoted (its quotes doubled) when it holds a comma, a quote or a line break. */
    static String cell(String text) {
        return text.matches("(?s).*[\",\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static String number(double v) {
        return Double.toString(v);
    }

    private String title(String layer, String field) {
        return layer + ": " + text("export.field." + field);
    }

    private String given(String field) {
        return text("export.field." + field);
    }

    private String text(String key, Object... args) {
        return Texts.get().of(h.lang(), key, args);
    }
}
