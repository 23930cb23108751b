package lab.backprop.web.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import lab.backprop.engine.SplitMix64;
import lab.backprop.problem.InvalidInput;
import lab.backprop.problem.Limits;

/**
 * The lab's form, exactly as typed: data set ({@code data}, {@code csv}), layer sizes ({@code layers}),
 * activations ({@code g}: one name for every layer, or one per non-input layer separated by commas), the
 * sigmoid's slope {@code k}, η ({@code eta}), {@code epochs}, {@code mode}, the shuffle seed
 * ({@code shuffle}, blank for the given order) and the seed of the starting weights ({@code seed}).
 * It becomes a /api/train request ({@link #toRequest}), which the API's own reader then checks, and a
 * query string that reopens the same setup ({@link #query}).
 *
 * <p>Starting weights: SplitMix64 from {@code seed}; layer by layer, unit by unit, its incoming weights
 * v_ji (i = 1, 2, …) then its bias v_j0, each uniform in [−1, 1).
 */
public final class LabSetup {
    /** The fields and their defaults: XOR on 2-2-1, which seed 1 and shuffle seed 7 learn within 3,000 epochs. */
    static final Map<String, String> DEFAULTS = defaults();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Map<String, String> values;

    private LabSetup(Map<String, String> values) {
        this.values = values;
    }

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("data", "xor");
        d.put("layers", "2,2,1");
        d.put("g", "sigmoid");
        d.put("k", "1");
        d.put("eta", "0.5");
        d.put("epochs", "3000");
        d.put("mode", "online");
        d.put("shuffle", "7");
        d.put("seed", "1");
        d.put("csv", "");
        return d;
    }

    /** The setup from request parameters ({@code param} gives null for an absent one, then the default holds). */
    public static LabSetup from(Function<String, String> param) {
        Map<String, String> v = new LinkedHashMap<>();
        DEFAULTS.forEach((name, fallback) -> {
            String given = param.apply(name);
            v.put(name, given == null ? fallback : name.equals("csv") ? given : given.trim());
        });
        return new LabSetup(v);
    }

    public String value(String name) {
        return values.get(name);
    }

    /** The query string that reopens this setup (the csv only when it is the data set). */
    public String query() {
        StringBuilder q = new StringBuilder();
        values.forEach((name, value) -> {
            if (!name.equals("csv") || values.get("data").equals("csv")) {
                q.append(q.isEmpty() ? "" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return q.toString();
    }

    /**
     * The /api/train request of this setup: numbers where the text is a number and the text itself
     * where not, so the API's reader names the bad field.
     *
     * @throws InvalidInput for what only the page has: the data set, the csv, the seed
     */
    public ObjectNode toRequest() {
        String data = values.get("data");
        if (!DataSets.NAMES.contains(data)) {
            throw new InvalidInput("data", "data is '" + data + "', expected one of " + String.join(", ", DataSets.NAMES));
        }
        long seed = seed();
        ObjectNode r = JSON.objectNode();
        ArrayNode layers = r.putArray("layers");
        String[] sizeTexts = values.get("layers").split("\\s*[, ]\\s*");
        for (String s : sizeTexts) {
            layers.add(number(s));
        }
        int[] sizes = sizes(sizeTexts);
        if (sizes != null) {
            initialWeights(r, sizes, seed);
        } else {
            r.putArray("weights");
        }
        String[] g = values.get("g").split("\\s*,\\s*");
        if (g.length == 1) {
            r.put("activations", g[0]);
        } else {
            ArrayNode acts = r.putArray("activations");
            List.of(g).forEach(acts::add);
        }
        r.set("slope", number(values.get("k")));
        r.set("learningRate", number(values.get("eta")));
        r.set("data", samples(data, sizes));
        r.set("epochs", number(values.get("epochs")));
        r.put("mode", values.get("mode"));
        if (!values.get("shuffle").isEmpty()) {
            r.set("shuffleSeed", number(values.get("shuffle")));
        }
        return r;
    }

    /** The form field of a path of the API's reader or of this setup. */
    public String fieldOf(String path) {
        String name = path.split("[\\[.]")[0];
        return switch (name) {
            case "layers", "weights", "biases" -> "layers";
            case "activations" -> "g";
            case "slope" -> "k";
            case "learningRate" -> "eta";
            case "shuffleSeed" -> "shuffle";
            case "data" -> values.get("data").equals("csv") ? "csv" : "data";
            case "epochs", "mode", "seed", "csv" -> name;
            default -> null;
        };
    }

    private long seed() {
        try {
            return Long.parseLong(values.get("seed"));
        } catch (NumberFormatException e) {
            throw new InvalidInput("seed", "seed must be a whole number, not '" + values.get("seed") + "'");
        }
    }

    /** The sizes when every entry is a whole number the API would accept, else null (the API then says why). */
    private static int[] sizes(String[] texts) {
        if (texts.length < 2 || texts.length > Limits.MAX_LAYERS) {
            return null;
        }
        int[] sizes = new int[texts.length];
        for (int l = 0; l < texts.length; l++) {
            if (!texts[l].matches("\\d{1,2}")) {
                return null;
            }
            sizes[l] = Integer.parseInt(texts[l]);
            if (sizes[l] < 1 || sizes[l] > Limits.MAX_UNITS) {
                return null;
            }
        }
        return Limits.parameters(sizes) <= Limits.MAX_PARAMETERS ? sizes : null;
    }

    private static void initialWeights(ObjectNode r, int[] sizes, long seed) {
        SplitMix64 random = new SplitMix64(seed);
        ArrayNode weights = r.putArray("weights");
        ArrayNode biases = r.putArray("biases");
        for (int l = 0; l + 1 < sizes.length; l++) {
            ArrayNode matrix = weights.addArray();
            ArrayNode bias = biases.addArray();
            for (int j = 0; j < sizes[l + 1]; j++) {
                ArrayNode row = matrix.addArray();
                for (int i = 0; i < sizes[l]; i++) {
                    row.add(random.nextDouble() * 2 - 1);
                }
                bias.add(random.nextDouble() * 2 - 1);
            }
        }
    }

    private ArrayNode samples(String data, int[] sizes) {
        List<double[]> rows = DataSets.builtIn(data);
        int inputs = 2;
        int targets = 1;
        if (rows == null) {
            if (sizes == null) {
                return JSON.arrayNode(); // the API reports the layers first
            }
            inputs = sizes[0];
            targets = sizes[sizes.length - 1];
            rows = DataSets.csv(values.get("csv"), inputs, targets);
        } else if (sizes != null && (sizes[0] != 2 || sizes[sizes.length - 1] != 1)) {
            throw new InvalidInput("layers", "the " + data + " data have 2 inputs and 1 target,"
                    + " so layers must start with 2 and end with 1");
        }
        ArrayNode a = JSON.arrayNode();
        for (double[] row : rows) {
            ObjectNode sample = a.addObject();
            ArrayNode x = sample.putArray("input");
            ArrayNode d = sample.putArray("target");
            for (int c = 0; c < row.length; c++) {
                (c < inputs ? x : d).add(row[c]);
            }
        }
        return a;
    }

    private static JsonNode number(String text) {
        if (text.matches("[+-]?\\d{1,18}")) {
            return JSON.numberNode(Long.parseLong(text));
        }
        return text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")
                ? JSON.numberNode(Double.parseDouble(text)) : JSON.textNode(text);
    }
}
