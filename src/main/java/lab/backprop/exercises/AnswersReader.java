package lab.backprop.exercises;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lab.backprop.engine.Layer;
import lab.backprop.engine.Network;
import lab.backprop.notation.Quantity;
import lab.backprop.problem.Fields;
import lab.backprop.problem.InvalidInput;

/**
 * Reads the {@code answers} of a /api/check request against the problem's network. A key that is
 * absent was not asked; a key whose value is null, a null entry, and the entries missing from an
 * array shorter than the layer are blanks. Arrays longer than the layer, and anything but numbers
 * and nulls, are refused with a sentence naming the field.
 */
public final class AnswersReader {
    private static final Set<String> FIELDS = Set.of("loss", "lossAfter", "layers", "questions");
    private static final Set<String> LAYER_FIELDS =
            Arrays.stream(Quantity.values()).map(Quantity::key).collect(Collectors.toSet());

    private AnswersReader() {
    }

    /** The answers to the tables of a step (an exercise without questions). */
    public static Answers read(JsonNode node, Network network, String path) {
        return read(node, network, List.of(), path);
    }

    /**
     * The answers to the tables and to {@code questions}: {@code questions} in the answers is an object
     * by question id, each a number or null (a choice: a whole number, the option's 0-based index).
     */
    public static Answers read(JsonNode node, Network network, List<Question> questions, String path) {
        Fields.object(node, path);
        Fields.onlyKnown(node, path, FIELDS);
        Given loss = node.has("loss") ? scalar(node.get("loss"), path + ".loss") : null;
        Given lossAfter = node.has("lossAfter") ? scalar(node.get("lossAfter"), path + ".lossAfter") : null;
        List<Map<Quantity, Given>> layers = new ArrayList<>();
        JsonNode array = node.get("layers");
        if (!Fields.absent(array)) {
            String lp = path + ".layers";
            Fields.array(array, lp);
            int count = network.layers().size();
            if (array.size() > count) {
                throw new InvalidInput(lp, lp + " has " + array.size() + " entries, but the network has "
                        + count + " non-input layers");
            }
            for (int l = 0; l < array.size(); l++) {
                layers.add(layer(array.get(l), network.layers().get(l), lp + "[" + l + "]"));
            }
        }
        return new Answers(loss, lossAfter, layers, questions(node.get("questions"), questions, path + ".questions"));
    }

    private static Map<String, Given> questions(JsonNode node, List<Question> questions, String path) {
        Map<String, Given> given = new HashMap<>();
        if (Fields.absent(node)) {
            return given;
        }
        Fields.object(node, path);
        if (questions.isEmpty() && node.size() > 0) {
            throw new InvalidInput(path, path + ": this exercise has no questions");
        }
        Map<String, Question> byId = new HashMap<>();
        questions.forEach(q -> byId.put(q.id(), q));
        Fields.onlyKnown(node, path, byId.keySet());
        for (Question q : questions) {
            if (!node.has(q.id())) {
                continue;
            }
            String at = path + "." + q.id();
            JsonNode value = node.get(q.id());
            Double v = Fields.absent(value) ? null : q.isChoice()
                    ? (double) Fields.whole(value, at, 0, q.choices().size() - 1) : Fields.number(value, at);
            given.put(q.id(), Given.scalar(v));
        }
        return given;
    }

    private static Map<Quantity, Given> layer(JsonNode node, Layer layer, String path) {
        Map<Quantity, Given> given = new EnumMap<>(Quantity.class);
        if (Fields.absent(node)) {
            return given;
        }
        Fields.object(node, path);
        Fields.onlyKnown(node, path, LAYER_FIELDS);
        for (Quantity q : Quantity.values()) {
            if (node.has(q.key())) {
                int columns = q.isMatrix() ? layer.inputSize() : 1;
                given.put(q, grid(node.get(q.key()), layer.size(), columns, q.isMatrix(), path + "." + q.key()));
            }
        }
        return given;
    }

    private static Given scalar(JsonNode node, String path) {
        return Given.scalar(entry(node, path));
    }

    private static Given grid(JsonNode node, int rows, int columns, boolean matrix, String path) {
        Double[][] entries = new Double[rows][columns];
        if (!Fields.absent(node)) {
            JsonNode array = atMost(node, rows, path);
            for (int j = 0; j < array.size(); j++) {
                String at = path + "[" + j + "]";
                if (!matrix) {
                    entries[j][0] = entry(array.get(j), at);
                } else if (!Fields.absent(array.get(j))) {
                    JsonNode row = atMost(array.get(j), columns, at);
                    for (int i = 0; i < row.size(); i++) {
                        entries[j][i] = entry(row.get(i), at + "[" + i + "]");
                    }
                }
            }
        }
        return Given.matrix(entries);
    }

    private static JsonNode atMost(JsonNode node, int size, String path) {
        JsonNode array = Fields.array(node, path);
        if (array.size() > size) {
            throw InvalidInput.at(path, " has " + array.size() + " entries, expected at most " + size);
        }
        return array;
    }

    private static Double entry(JsonNode node, String path) {
        return Fields.absent(node) ? null : Fields.number(node, path);
    }
}
