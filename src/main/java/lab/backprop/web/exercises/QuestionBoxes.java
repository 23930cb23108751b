package lab.backprop.web.exercises;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import lab.backprop.engine.StepTrace;
import lab.backprop.exercises.Cell;
import lab.backprop.exercises.Exercise;
import lab.backprop.exercises.Question;
import lab.backprop.i18n.Lang;

/**
 * An exercise's questions as the worksheet shows them: a text box for a number, radio buttons for a
 * choice (the options' symbols, values 0, 1, ...), each with what was typed or chosen and its mark.
 * Field names are {@code q-<id>}, the path in /api/check {@code questions.<id>}.
 */
public final class QuestionBoxes {
    /** The prefix of a question's form field. */
    static final String PREFIX = "q-";

    private QuestionBoxes() {
    }

    /**
     * One question. {@code status} and {@code message} are null before a check; {@code expected} is the
     * key: the right option's symbol, or the value rounded to the exercise's decimals.
     */
    public record QuestionBox(String id, String name, boolean choice, String symbol, List<Option> options,
                              String value, String status, String message, String expected) {
        /** What was answered as a reader sees it: the chosen option's symbol, or the typed number. */
        public String answered() {
            return !choice ? value : options.stream().filter(Option::checked).map(Option::label).findFirst().orElse("");
        }

        /** Its mark as HTML ({@link SheetMarkup#mark}), as the answer boxes show theirs; null before a Check. */
        public String mark(Lang lang) {
            return status == null ? null : SheetMarkup.mark(name, status, message, lang);
        }
    }

    /** One option of a choice: its value (the index), its symbol, whether it is chosen and whether it is right. */
    public record Option(String value, String label, boolean checked, boolean right) {
    }

    static List<QuestionBox> of(Exercise e, StepTrace truth, Function<String, String> typed, Map<String, Cell> marks) {
        List<QuestionBox> boxes = new ArrayList<>();
        for (Question q : e.questions()) {
            String name = name(q);
            String value = typed.apply(name) == null ? "" : typed.apply(name).trim();
            double expected = q.expected(e.problem(), truth);
            List<String> symbols = q.symbols(e.problem().network());
            List<Option> options = new ArrayList<>();
            if (q.isChoice()) {
                for (int n = 0; n < symbols.size(); n++) {
                    options.add(new Option(Integer.toString(n), symbols.get(n), value.equals(Integer.toString(n)),
                            n == (int) expected));
                }
            }
            String key = q.isChoice() ? symbols.get((int) expected)
                    : String.format(Locale.ROOT, "%." + e.decimals() + "f", expected);
            Cell mark = marks.get(name);
            boxes.add(new QuestionBox(q.id(), name, q.isChoice(), q.symbol(e.problem().network()), options, value,
                    mark == null ? null : mark.status().id(), mark == null ? null : mark.message(), key));
        }
        return boxes;
    }

    static String name(Question q) {
        return PREFIX + q.id();
    }
}
