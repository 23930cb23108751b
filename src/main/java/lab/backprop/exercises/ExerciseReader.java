package lab.backprop.exercises;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import lab.backprop.problem.InvalidInput;
import lab.backprop.problem.Problem;
import lab.backprop.problem.ProblemReader;

/**
 * Turns the parsed tree of one exercise file into an {@link Exercise}, checking every field; the
 * problem is checked by {@link ProblemReader}, exactly as a /api/backprop request is.
 */
final class ExerciseReader {
    private static final Set<String> FIELDS =
            Set.of("id", "title", "instructions", "lesson", "problem", "ask", "decimals", "tolerance",
                    "questions");

    private ExerciseReader() {
    }

    /** @throws IllegalArgumentException (an {@link InvalidInput} for the problem) naming the field that is wrong */
    static Exercise read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the file must hold one mapping (id, title, instructions, problem,"
                    + " ask, ...)");
        }
        onlyKnown(root);
        String id = text(root, "id");
        if (!Exercise.ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id '" + id + "' must be 1 to 64 lower-case letters, digits or hyphens");
        }
        if (id.startsWith(Exercise.GENERATED_PREFIX)) {
            throw new IllegalArgumentException("id '" + id + "' must not start with '" + Exercise.GENERATED_PREFIX
                    + "', which is kept for generated exercises");
        }
        LocalText title = local(root, "title");
        LocalText instructions = local(root, "instructions");
        Problem problem = ProblemReader.read(root.get("problem"), "problem");
        Ask ask = Ask.parse(root.has("ask") || !root.has("questions") ? strings(root, "ask") : List.of(),
                problem.network());
        List<Question> questions = QuestionReader.read(root.get("questions"), problem.network(), "questions", false);
        if (ask.isEmpty() && questions.isEmpty()) {
            throw new IllegalArgumentException("ask must list at least one quantity (or the file must have questions)");
        }
        int decimals = root.hasNonNull("decimals") ? whole(root.get("decimals"), "decimals", Exercise.MAX_DECIMALS)
                : Exercise.DEFAULT_DECIMALS;
        Tolerance tolerance = root.hasNonNull("tolerance") ? tolerance(root.get("tolerance")) : Tolerance.DEFAULT;
        String lesson = root.hasNonNull("lesson") ? text(root, "lesson") : "";
        if (!lesson.isEmpty() && !Exercise.LESSON.matcher(lesson).matches()) {
            throw new IllegalArgumentException("lesson '" + lesson + "' must be a lesson slug: 1 to 64 lower-case"
                    + " letters, digits or hyphens (like feed-forward)");
        }
        return new Exercise(id, title, instructions, problem, ask, decimals, tolerance, lesson, questions);
    }

    private static void onlyKnown(JsonNode root) {
        Iterator<String> names = root.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException("unknown field '" + name + "'; expected "
                        + String.join(", ", new TreeSet<>(FIELDS)));
            }
        }
    }

    private static String text(JsonNode parent, String path) {
        JsonNode node = parent.get(path.substring(path.lastIndexOf('.') + 1));
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException(path + " is missing");
        }
        if (!node.isTextual() || node.textValue().isBlank()) {
            throw new IllegalArgumentException(path + " must be a non-empty text");
        }
        return node.textValue().strip();
    }

    private static LocalText local(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(field + " must be a mapping with ko and en texts");
        }
        return new LocalText(text(node, field + ".ko"), text(node, field + ".en"));
    }

    private static List<String> strings(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException(field + " must be a list, e.g. [net, out, loss]");
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual()) {
                throw new IllegalArgumentException(field + "[" + i + "] must be a text");
            }
            values.add(node.get(i).textValue().strip());
        }
        return values;
    }

    private static int whole(JsonNode node, String field, int max) {
        if (!node.isIntegralNumber() || node.asInt() < 0 || node.asInt() > max) {
            throw new IllegalArgumentException(field + " must be a whole number from 0 to " + max + ", got "
                    + node.asText());
        }
        return node.asInt();
    }

    private static Tolerance tolerance(JsonNode node) {
        if (!node.isNumber()) {
            throw new IllegalArgumentException("tolerance must be a number, got " + node.asText());
        }
        return new Tolerance(node.doubleValue());
    }
}
