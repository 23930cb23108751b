package lab.backprop.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;

/**
 * Reads typed values out of a parsed JSON tree, each check failing with a sentence that names the
 * field by its path (for example {@code weights[1][0][2]}).
 */
public final class Fields {
    private Fields() {
    }

    public static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    /** Rejects any field of {@code object} not in {@code known}, so a misspelt name is not silently ignored. */
    public static void onlyKnown(JsonNode object, String path, Set<String> known) {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new InvalidInput(path, (path.isEmpty() ? "" : path + ": ") + "unknown field '" + name
                        + "'; expected " + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    /**
     * Checks that {@code body} is an object of only the {@code known} fields, and returns the prefix of
     * its fields' paths in errors: "" for a request body (path ""), else path + ".".
     */
    public static String openObject(JsonNode body, String path, Set<String> known) {
        object(body, path);
        onlyKnown(body, path, known);
        return path.isEmpty() ? "" : path + ".";
    }

    /** An object; at path "" it is the request body, and named so. */
    public static JsonNode object(JsonNode node, String path) {
        String name = path.isEmpty() ? "the request body" : path;
        if (absent(node)) {
            throw new InvalidInput(path, name + " is missing");
        }
        if (!node.isObject()) {
            throw new InvalidInput(path, name + " must be a JSON object");
        }
        return node;
    }

    /** An array of exactly {@code size} entries. */
    public static JsonNode array(JsonNode node, String path, int size) {
        JsonNode array = array(node, path);
        if (array.size() != size) {
            throw InvalidInput.at(path, " has " + array.size() + " entries, expected " + size);
        }
        return array;
    }

    public static JsonNode array(JsonNode node, String path) {
        if (absent(node)) {
            throw InvalidInput.at(path, " is missing");
        }
        if (!node.isArray()) {
            throw InvalidInput.at(path, " must be an array, not " + describe(node));
        }
        return node;
    }

    /** A finite number no larger in magnitude than {@link Limits#MAX_MAGNITUDE}. */
    public static double number(JsonNode node, String path) {
        if (absent(node)) {
            throw InvalidInput.at(path, " is missing");
        }
        if (!node.isNumber()) {
            throw InvalidInput.at(path, " must be a number, not " + describe(node));
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value) || Math.abs(value) > Limits.MAX_MAGNITUDE) {
            throw InvalidInput.at(path, " is too large: numbers must lie between "
                    + -Limits.MAX_MAGNITUDE + " and " + Limits.MAX_MAGNITUDE);
        }
        return value;
    }

    /** A number in (0, max]. */
    public static double positive(JsonNode node, String path, double max) {
        double value = number(node, path);
        if (value <= 0 || value > max) {
            throw InvalidInput.at(path, " must be greater than 0 and at most " + format(max)
                    + ", got " + format(value));
        }
        return value;
    }

    /** A whole number in [min, max]. */
    public static int whole(JsonNode node, String path, int min, int max) {
        double value = number(node, path);
        if (value != Math.rint(value) || value < min || value > max) {
            throw InvalidInput.at(path, " must be a whole number from " + min + " to " + max
                    + ", got " + format(value));
        }
        return (int) value;
    }

    public static double[] numbers(JsonNode node, String path, int size) {
        JsonNode array = array(node, path, size);
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = number(array.get(i), path + "[" + i + "]");
        }
        return values;
    }

    public static String text(JsonNode node, String path) {
        if (absent(node)) {
            throw InvalidInput.at(path, " is missing");
        }
        if (!node.isTextual()) {
            throw InvalidInput.at(path, " must be a string, not " + describe(node));
        }
        return node.textValue();
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "the string \"" + abbreviate(node.textValue()) + "\"";
            case BOOLEAN -> "the boolean " + node.booleanValue();
            case NUMBER -> "the number " + node.asText();
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> "null";
        };
    }

    private static String abbreviate(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "…";
    }

    public static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
