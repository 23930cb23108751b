package lab.backprop.exercises;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lab.backprop.engine.Network;
import lab.backprop.problem.Fields;
import lab.backprop.problem.InvalidInput;

/**
 * Reads the {@code questions} list of an exercise file or of a /api/check request, checking every
 * field against the network: id, kind, text (required in a file, optional in a request), and either
 * {@code answer} (number) or {@code choices} with {@code pick} (choice). A request may also carry the
 * {@code symbols} that /api/exercises writes; they are ignored.
 */
public final class QuestionReader {
    /** The most questions one exercise may have. */
    public static final int MAX_QUESTIONS = 20;
    /** The most options a choice may have. */
    public static final int MAX_CHOICES = 8;
    private static final Set<String> FIELDS = Set.of("id", "kind", "text", "answer", "choices", "pick");

    private QuestionReader() {
    }

    /**
     * The questions at {@code path} (absent or null: none).
     *
     * @param fromRequest whether the list comes from a /api/check request (texts optional, symbols allowed)
     */
    public static List<Question> read(JsonNode node, Network network, String path, boolean fromRequest) {
        List<Question> questions = new ArrayList<>();
        if (Fields.absent(node)) {
            return questions;
        }
        JsonNode array = Fields.array(node, path);
        if (array.size() > MAX_QUESTIONS) {
            throw InvalidInput.at(path, " has " + array.size() + " entries, expected at most " + MAX_QUESTIONS);
        }
        Set<String> ids = new HashSet<>();
        for (int n = 0; n < array.size(); n++) {
            Question q = one(array.get(n), network, path + "[" + n + "]", fromRequest);
            if (!ids.add(q.id())) {
                throw new InvalidInput(path, path + "[" + n + "]: the id '" + q.id() + "' is used twice");
            }
            questions.add(q);
        }
        return questions;
    }

    private static Question one(JsonNode node, Network network, String path, boolean fromRequest) {
        Set<String> known = new HashSet<>(FIELDS);
        if (fromRequest) {
            known.add("symbols");
        }
        Fields.openObject(node, path, known);
        String id = Fields.text(node.get("id"), path + ".id");
        if (!Question.ID.matcher(id).matches()) {
            throw new InvalidInput(path, path + ".id '" + id + "' must be 1 to 32 lower-case letters, digits or hyphens");
        }
        String kindText = Fields.text(node.get("kind"), path + ".kind");
        Question.Kind kind = Arrays.stream(Question.Kind.values()).filter(k -> k.id().equals(kindText)).findFirst()
                .orElseThrow(() -> new InvalidInput(path, path + ".kind is '" + kindText + "', expected number or choice"));
        LocalText text = fromRequest && Fields.absent(node.get("text")) ? null : text(node.get("text"), path + ".text");
        if (kind == Question.Kind.NUMBER) {
            onlyFor(node, path, "a number question", "choices", "pick");
            String source = Fields.text(node.get("answer"), path + ".answer");
            return new Question(id, kind, text, Measure.parse(source, network, path + ".answer"), List.of(), null,
                    List.of(source));
        }
        onlyFor(node, path, "a choice", "answer");
        JsonNode array = Fields.array(node.get("choices"), path + ".choices");
        if (array.size() < 2 || array.size() > MAX_CHOICES) {
            throw InvalidInput.at(path + ".choices", " has " + array.size() + " entries, expected 2 to " + MAX_CHOICES);
        }
        List<Measure> choices = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (int c = 0; c < array.size(); c++) {
            String at = path + ".choices[" + c + "]";
            String source = Fields.text(array.get(c), at);
            choices.add(Measure.parse(source, network, at));
            sources.add(source);
        }
        String pickText = Fields.text(node.get("pick"), path + ".pick");
        Question.Pick pick = Arrays.stream(Question.Pick.values()).filter(p -> p.id().equals(pickText)).findFirst()
                .orElseThrow(() -> new InvalidInput(path, path + ".pick is '" + pickText
                        + "', expected largest, smallest, largestMagnitude or smallestMagnitude"));
        return new Question(id, kind, text, null, choices, pick, sources);
    }

    private static void onlyFor(JsonNode node, String path, String what, String... fields) {
        for (String f : fields) {
            if (!Fields.absent(node.get(f))) {
                throw new InvalidInput(path, path + "." + f + " is not a field of " + what);
            }
        }
    }

    private static LocalText text(JsonNode node, String path) {
        Fields.object(node, path);
        Fields.onlyKnown(node, path, Set.of("ko", "en"));
        String ko = Fields.text(node.get("ko"), path + ".ko").strip();
        String en = Fields.text(node.get("en"), path + ".en").strip();
        if (ko.isEmpty() || en.isEmpty()) {
            throw new InvalidInput(path, path + " must have non-empty ko and en texts");
        }
        return new LocalText(ko, en);
    }
}
