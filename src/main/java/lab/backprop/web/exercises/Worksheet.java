package lab.backprop.web.exercises;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lab.backprop.engine.Layer;
import lab.backprop.engine.LayerTrace;
import lab.backprop.engine.StepTrace;
import lab.backprop.exercises.Cell;
import lab.backprop.exercises.Exercise;
import lab.backprop.exercises.Marking;
import lab.backprop.i18n.Lang;
import lab.backprop.notation.Captions;
import lab.backprop.notation.Quantity;
import lab.backprop.notation.Role;
import lab.backprop.notation.Subscripts;
import lab.backprop.notation.Symbols;
import lab.backprop.problem.Problem;
import lab.backprop.web.FormNumbers;

/**
 * An exercise as a worksheet: blank tables in the lecture's symbols for exactly what is asked, in
 * the order a student works a step, with what the student typed and, after a check, each cell's mark.
 *
 * <p>Field names: {@code loss}, {@code lossAfter}, {@code l-key-j} for a vector entry and
 * {@code l-key-j-i} for a matrix entry (l counts non-input layers from 0, key is the answer key such
 * as {@code delta}); they map one to one onto the paths of /api/check ({@code layers[l].key[j][i]}).
 */
public record Worksheet(Exercise exercise, List<Sheet> sheets, List<QuestionBoxes.QuestionBox> questions,
                        Marking.Summary summary, String error, String errorField) {

    /** One blank table: a quantity of one layer, or the loss. */
    public record Sheet(String symbol, int layer, String caption, List<String> columns, List<SheetRow> rows) {
        /** This table as HTML ({@link SheetMarkup}): the answers with {@code key}, else the boxes and their marks. */
        public String markup(boolean key, String errorField, Lang lang) {
            return SheetMarkup.of(this, key, errorField, lang);
        }
    }

    /** A row of cells with its header (the unit, such as z₁). */
    public record SheetRow(String label, List<SheetCell> cells) {
    }

    /**
     * One answer box. {@code status} is null before a check, else correct, followThrough, incorrect or
     * missing; {@code expected} is the right value rounded to the exercise's decimals (for the key).
     */
    public record SheetCell(String name, String symbol, String value, String status, String message,
                            String expected) {
    }

    private static final Pattern PATH = Pattern.compile("layers\\[(\\d+)]\\.(\\w+)\\[(\\d+)](?:\\[(\\d+)])?");

    /** The blank worksheet, or the one the student filled in ({@code typed} gives each field's text). */
    public static Worksheet of(Exercise exercise, StepTrace truth, Function<String, String> typed, Marking marking,
                               String error, String errorField) {
        Problem p = exercise.problem();
        Map<String, Cell> marks = new HashMap<>();
        if (marking != null) {
            marking.cells().forEach(c -> marks.put(fieldOf(c.path()), c));
        }
        Builder b = new Builder(exercise, truth, typed, marks);
        int last = p.network().layers().size() - 1;
        for (int l = 0; l <= last; l++) {
            b.quantity(l, Quantity.NET);
            b.quantity(l, Quantity.OUT);
        }
        if (exercise.ask().loss()) {
            b.scalar("loss", Symbols.LOSS, Captions.LOSS, truth.loss());
        }
        for (int l = last; l >= 0; l--) {
            b.quantity(l, Quantity.DERIVATIVE);
            b.quantity(l, Quantity.DELTA);
        }
        for (Quantity q : List.of(Quantity.GRAD_WEIGHTS, Quantity.GRAD_BIASES, Quantity.WEIGHT_UPDATES,
                Quantity.BIAS_UPDATES, Quantity.NEW_WEIGHTS, Quantity.NEW_BIASES)) {
            for (int l = last; l >= 0; l--) {
                b.quantity(l, q);
            }
        }
        if (exercise.ask().lossAfter()) {
            b.scalar("lossAfter", Symbols.LOSS_AFTER, Captions.LOSS_AFTER, truth.lossAfter());
        }
        return new Worksheet(exercise, b.sheets, QuestionBoxes.of(exercise, truth, typed, marks), marking == null ? null
                : marking.summary(), error, errorField);
    }

    /** The answers object of /api/check made from the typed fields (blank is null, text stays text). */
    public static ObjectNode answers(Exercise exercise, Function<String, String> typed) {
        ObjectNode answers = JsonNodeFactory.instance.objectNode();
        if (exercise.ask().loss()) {
            answers.set("loss", FormNumbers.parse(typed.apply("loss")));
        }
        ArrayNode layers = answers.putArray("layers");
        List<Layer> net = exercise.problem().network().layers();
        for (int l = 0; l < net.size(); l++) {
            ObjectNode given = layers.addObject();
            for (Quantity q : Quantity.values()) {
                if (!exercise.ask().asks(l, q)) {
                    continue;
                }
                ArrayNode rows = given.putArray(q.key());
                for (int j = 0; j < net.get(l).size(); j++) {
                    if (q.isMatrix()) {
                        ArrayNode row = rows.addArray();
                        for (int i = 0; i < net.get(l).inputSize(); i++) {
                            row.add(FormNumbers.parse(typed.apply(name(l, q, j, i))));
                        }
                    } else {
                        rows.add(FormNumbers.parse(typed.apply(name(l, q, j, -1))));
                    }
                }
            }
        }
        if (exercise.ask().lossAfter()) {
            answers.set("lossAfter", FormNumbers.parse(typed.apply("lossAfter")));
        }
        if (!exercise.questions().isEmpty()) {
            ObjectNode questions = answers.putObject("questions");
            exercise.questions().forEach(q -> questions.set(q.id(), FormNumbers.parse(typed.apply(QuestionBoxes.name(q)))));
        }
        return answers;
    }

    /**
     * The field of a /api/check path ("answers.layers[1].delta[0]" or "layers[1].delta[0]" is 1-delta-0,
     * "questions.which" is q-which), or null.
     */
    public static String fieldOf(String answerPath) {
        String path = answerPath.replaceFirst("^answers\\.", "");
        if (path.equals("loss") || path.equals("lossAfter")) {
            return path;
        }
        if (path.startsWith("questions.")) {
            return QuestionBoxes.PREFIX + path.substring("questions.".length());
        }
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            return null;
        }
        return m.group(1) + "-" + m.group(2) + "-" + m.group(3) + (m.group(4) == null ? "" : "-" + m.group(4));
    }

    static String name(int l, Quantity q, int j, int i) {
        return l + "-" + q.key() + "-" + j + (i >= 0 ? "-" + i : "");
    }

    /** Collects the sheets of the asked quantities. */
    private static final class Builder {
        final Exercise exercise;
        final StepTrace truth;
        final Function<String, String> typed;
        final Map<String, Cell> marks;
        final List<Sheet> sheets = new ArrayList<>();

        Builder(Exercise exercise, StepTrace truth, Function<String, String> typed, Map<String, Cell> marks) {
            this.exercise = exercise;
            this.truth = truth;
            this.typed = typed;
            this.marks = marks;
        }

        void scalar(String name, String symbol, String caption, double expected) {
            sheets.add(new Sheet(name, -1, caption, List.of(symbol),
                    List.of(new SheetRow(symbol, List.of(cell(name, symbol, expected))))));
        }

        void quantity(int l, Quantity q) {
            if (!exercise.ask().asks(l, q)) {
                return;
            }
            LayerTrace t = truth.layers().get(l);
            Role role = Role.of(l, truth.layers().size());
            List<String> columns = new ArrayList<>();
            List<SheetRow> rows = new ArrayList<>();
            String in = Symbols.input(l);
            if (q.isMatrix()) {
                for (int i = 0; i < t.input().size(); i++) {
                    columns.add(Subscripts.of(in, i + 1));
                }
            } else {
                columns.add(Symbols.column(q, l, truth.layers().size()));
            }
            for (int j = 0; j < t.out().size(); j++) {
                List<SheetCell> cells = new ArrayList<>();
                if (q.isMatrix()) {
                    for (int i = 0; i < t.input().size(); i++) {
                        cells.add(cell(name(l, q, j, i), Symbols.of(q, role, j, i), q.in(t, j, i)));
                    }
                } else {
                    cells.add(cell(name(l, q, j, -1), Symbols.of(q, role, j, 0), q.in(t, j, 0)));
                }
                rows.add(new SheetRow(Subscripts.of(role.out(), j + 1), cells));
            }
            sheets.add(new Sheet(q.key(), l, Captions.of(q, l, truth.layers().size()), columns, rows));
        }

        SheetCell cell(String name, String symbol, double expected) {
            Cell mark = marks.get(name);
            String rounded = String.format(Locale.ROOT, "%." + exercise.decimals() + "f", expected);
            return new SheetCell(name, symbol, typed.apply(name) == null ? "" : typed.apply(name),
                    mark == null ? null : mark.status().id(), mark == null ? null : mark.message(), rounded);
        }
    }
}
