package lab.backprop.records;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import lab.backprop.exercises.Marking;
import lab.backprop.i18n.Lang;
import lab.backprop.problem.InvalidInput;

/**
 * An attempt about to be stored: the student, the exercise, the language of the marks, the typed
 * answers (field to text, blanks left out) and their marking. An answer longer than
 * {@link #MAX_ANSWER} characters is refused with the field as the path, before anything is stored.
 */
public record HandIn(Student student, String exerciseId, Lang lang, Map<String, String> answers, Marking marking) {
    /** Longer than any number a worksheet asks for ("-0.012345678901234567e-123" has 26). */
    public static final int MAX_ANSWER = 40;
    public static final int MAX_ANSWERS = 4096;

    public HandIn {
        answers = checked(answers);
    }

    /** The answers without blanks, or an {@link InvalidInput} naming the first field that is too long. */
    public static Map<String, String> checked(Map<String, String> answers) {
        if (answers.size() > MAX_ANSWERS) {
            throw new InvalidInput("answers", "too many answers (" + answers.size() + ")");
        }
        Map<String, String> kept = new LinkedHashMap<>();
        answers.forEach((field, text) -> {
            if (field.length() > 64 || text.length() > MAX_ANSWER) {
                throw new InvalidInput(field, "an answer may have at most " + MAX_ANSWER + " characters");
            }
            if (!text.isBlank()) {
                kept.put(field, text.strip());
            }
        });
        return Collections.unmodifiableMap(kept);
    }
}
