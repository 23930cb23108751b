package lab.backprop.web.lessons;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lab.backprop.engine.Layer;
import lab.backprop.engine.Vec;
import lab.backprop.lessons.Lesson;
import lab.backprop.problem.DeltaRuleReader;
import lab.backprop.problem.Limits;
import lab.backprop.problem.Problem;
import lab.backprop.web.FormNumbers;
import lab.backprop.web.Numbers;

/**
 * The network form of an interactive lesson as text fields, exactly as the student typed them. It
 * converts to the JSON of an /api/backprop (or /api/delta-rule) request, so the API's one validator
 * checks it, and to a canonical query string, so the network can be shared as a link.
 *
 * <p>Field names: {@code layers} ("2,2,1"), {@code g-l} (activation of layer l+1), {@code slope} (k), {@code eta} (η),
 * {@code x-i}, {@code d-k}, {@code w-l-j-i} (weight from unit i to unit j of the next layer) and
 * {@code b-l-j} (that unit's bias). All indices count from 0; labels count from 1 as the lecture does.
 */
public final class NetworkForm {
    /** Whether the form describes a multilayer network or the single layer of the delta rule. */
    public enum Kind { NETWORK, DELTA_RULE }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Kind kind;
    private final int[] sizes;
    private final Map<String, String> values;
    private final String layersError;

    private NetworkForm(Kind kind, int[] sizes, Map<String, String> values, String layersError) {
        this.kind = kind;
        this.sizes = sizes;
        this.values = values;
        this.layersError = layersError;
    }

    /** The form holding a lesson's preset, already validated. */
    public static NetworkForm fromPreset(Lesson.Preset preset) {
        Map<String, String> v = new LinkedHashMap<>();
        if (preset.singleLayer() != null) {
            DeltaRuleReader.SingleLayer p = preset.singleLayer();
            putLayer(v, 0, p.layer());
            return fromValues(Kind.DELTA_RULE, new int[] {p.layer().inputSize(), p.layer().size()}, v, p.slope(),
                    p.learningRate(), p.input(), p.target());
        }
        Problem p = preset.problem();
        List<Layer> layers = p.network().layers();
        int[] sizes = new int[layers.size() + 1];
        sizes[0] = p.network().inputSize();
        for (int l = 0; l < layers.size(); l++) {
            sizes[l + 1] = layers.get(l).size();
            putLayer(v, l, layers.get(l));
        }
        return fromValues(Kind.NETWORK, sizes, v, p.network().slope(), p.learningRate(), p.input(), p.target());
    }

    private static NetworkForm fromValues(Kind kind, int[] sizes, Map<String, String> v, double slope, double eta,
                                          Vec x, Vec d) {
        v.put("slope", Numbers.exact(slope));
        v.put("eta", Numbers.exact(eta));
        putVector(v, "x-", x);
        putVector(v, "d-", d);
        return new NetworkForm(kind, sizes, v, null).ordered();
    }

    /**
     * The form as submitted: each field from {@code param} when given, else from {@code fallback}
     * (the preset) when the shape has it, else a default. A bad {@code layers} keeps the fallback's shape.
     */
    public static NetworkForm fromParams(Function<String, String> param, NetworkForm fallback) {
        String layersText = param.apply("layers");
        int[] sizes = fallback.sizes;
        String error = null;
        if (layersText != null && !layersText.isBlank()) {
            try {
                sizes = parseSizes(layersText, fallback.kind);
            } catch (IllegalArgumentException e) {
                error = e.getMessage();
            }
        }
        NetworkForm shape = new NetworkForm(fallback.kind, sizes, new LinkedHashMap<>(), error);
        Map<String, String> v = new LinkedHashMap<>();
        for (String name : shape.fieldNames()) {
            String given = param.apply(name);
            v.put(name, given != null ? given.trim() : fallback.values.getOrDefault(name, defaultValue(name)));
        }
        return new NetworkForm(fallback.kind, sizes, v, error);
    }

    /** The same network with every weight (not bias) multiplied by {@code factor}, kept within the limits. */
    public NetworkForm scaleWeights(double factor) {
        Map<String, String> v = new LinkedHashMap<>(values);
        v.replaceAll((name, value) -> {
            if (!name.startsWith("w-") || !FormNumbers.isNumber(value)) {
                return value;
            }
            double scaled = Math.max(-Limits.MAX_MAGNITUDE, Math.min(Limits.MAX_MAGNITUDE,
                    Double.parseDouble(value.trim()) * factor));
            return Numbers.exact(Math.round(scaled * 1e6) / 1e6);
        });
        return new NetworkForm(kind, sizes, v, layersError);
    }

    /** The request for the API's validator: numbers where the text is a number, else the text itself. */
    public JsonNode toRequest() {
        ObjectNode r = JSON.objectNode();
        if (kind == Kind.DELTA_RULE) {
            r.set("weights", matrix(0));
            r.set("biases", vector("b-0-", sizes[1]));
            r.put("activation", values.get("g-0"));
        } else {
            ArrayNode layers = r.putArray("layers");
            for (int s : sizes) {
                layers.add(s);
            }
            ArrayNode weights = r.putArray("weights");
            ArrayNode biases = r.putArray("biases");
            ArrayNode acts = r.putArray("activations");
            for (int l = 0; l + 1 < sizes.length; l++) {
                weights.add(matrix(l));
                biases.add(vector("b-" + l + "-", sizes[l + 1]));
                acts.add(values.get("g-" + l));
            }
        }
        r.set("slope", number(values.get("slope")));
        r.set("input", vector("x-", sizes[0]));
        r.set("target", vector("d-", sizes[sizes.length - 1]));
        r.set("learningRate", number(values.get("eta")));
        return r;
    }

    /** The query string that reopens exactly this network. */
    public String query() {
        StringBuilder q = new StringBuilder("layers=").append(layersText());
        values.forEach((name, value) -> q.append('&').append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return q.toString();
    }

    /** The form field of an API path ({@code weights[1][0][1]} is {@code w-1-0-1}), or null if none. */
    public String fieldOf(String path) {
        Matcher m = Pattern.compile("(\\w+)((?:\\[\\d+])*)").matcher(path);
        if (!m.matches()) {
            return null;
        }
        List<String> idx = new ArrayList<>();
        Matcher n = Pattern.compile("\\[(\\d+)]").matcher(m.group(2));
        while (n.find()) {
            idx.add(n.group(1));
        }
        if (kind == Kind.DELTA_RULE && (m.group(1).equals("weights") || m.group(1).equals("biases"))) {
            idx.add(0, "0");
        }
        String name = switch (m.group(1)) {
            case "weights" -> idx.size() == 3 ? "w-" + String.join("-", idx) : "layers";
            case "biases" -> idx.size() == 2 ? "b-" + String.join("-", idx) : "layers";
            case "activations" -> idx.size() == 1 ? "g-" + idx.get(0) : "g-0";
            case "activation" -> "g-0";
            case "slope" -> "slope";
            case "learningRate" -> "eta";
            case "input" -> idx.size() == 1 ? "x-" + idx.get(0) : "layers";
            case "target" -> idx.size() == 1 ? "d-" + idx.get(0) : "layers";
            case "layers" -> "layers";
            default -> null;
        };
        return name != null && (name.equals("layers") || values.containsKey(name)) ? name : null;
    }

    public Kind kind() {
        return kind;
    }

    public String value(String name) {
        return values.get(name);
    }

    /** The sizes as typed back into the layers box. */
    public String layersText() {
        StringBuilder s = new StringBuilder();
        for (int l = 0; l < sizes.length; l++) {
            s.append(l == 0 ? "" : ",").append(sizes[l]);
        }
        return s.toString();
    }

    /** Why the typed layer sizes were not used, or null. */
    public String layersError() {
        return layersError;
    }

    public int[] sizes() {
        return sizes.clone();
    }

    /** The boxes of this form, labelled in the lecture's symbols, for the template. */
    public FormLayout layout() {
        return new FormLayout(kind, sizes.clone(), Collections.unmodifiableMap(values));
    }

    private List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        for (int l = 0; l + 1 < sizes.length; l++) {
            names.add("g-" + l);
        }
        names.add("slope");
        names.add("eta");
        for (int i = 0; i < sizes[0]; i++) {
            names.add("x-" + i);
        }
        for (int q = 0; q < sizes[sizes.length - 1]; q++) {
            names.add("d-" + q);
        }
        for (int l = 0; l + 1 < sizes.length; l++) {
            for (int j = 0; j < sizes[l + 1]; j++) {
                names.add("b-" + l + "-" + j);
                for (int i = 0; i < sizes[l]; i++) {
                    names.add("w-" + l + "-" + j + "-" + i);
                }
            }
        }
        return names;
    }

    private NetworkForm ordered() {
        Map<String, String> v = new LinkedHashMap<>();
        for (String name : fieldNames()) {
            v.put(name, values.getOrDefault(name, defaultValue(name)));
        }
        return new NetworkForm(kind, sizes, v, layersError);
    }

    private ArrayNode matrix(int l) {
        ArrayNode rows = JSON.arrayNode();
        for (int j = 0; j < sizes[l + 1]; j++) {
            rows.add(vector("w-" + l + "-" + j + "-", sizes[l]));
        }
        return rows;
    }

    private ArrayNode vector(String prefix, int n) {
        ArrayNode a = JSON.arrayNode();
        for (int i = 0; i < n; i++) {
            a.add(number(values.get(prefix + i)));
        }
        return a;
    }

    private static JsonNode number(String text) {
        return FormNumbers.parse(text);
    }

    static int[] parseSizes(String text, Kind kind) {
        String[] parts = text.trim().split("[\\s,x×-]+");
        int max = kind == Kind.DELTA_RULE ? 2 : Limits.MAX_LAYERS;
        if (parts.length < 2 || parts.length > max) {
            throw new IllegalArgumentException(kind == Kind.DELTA_RULE
                    ? "layers must be two sizes, inputs and outputs, like 2,1"
                    : "layers must list from 2 to " + Limits.MAX_LAYERS + " sizes, like 2,2,1");
        }
        int[] sizes = new int[parts.length];
        for (int l = 0; l < parts.length; l++) {
            if (!parts[l].matches("\\d{1,3}") || Integer.parseInt(parts[l]) < 1
                    || Integer.parseInt(parts[l]) > Limits.MAX_UNITS) {
                throw new IllegalArgumentException("layers must be whole numbers from 1 to " + Limits.MAX_UNITS
                        + " separated by commas, like 2,2,1");
            }
            sizes[l] = Integer.parseInt(parts[l]);
        }
        long parameters = Limits.parameters(sizes);
        if (parameters > Limits.MAX_FORM_PARAMETERS) {
            throw new IllegalArgumentException("layers " + String.join(",", parts) + " would need " + parameters
                    + " weights and biases; the lesson form takes at most " + Limits.MAX_FORM_PARAMETERS
                    + " (the JSON API takes larger networks)");
        }
        return sizes;
    }

    private static void putLayer(Map<String, String> v, int l, Layer layer) {
        v.put("g-" + l, layer.activation().id());
        for (int j = 0; j < layer.size(); j++) {
            v.put("b-" + l + "-" + j, Numbers.exact(layer.biases().get(j)));
            for (int i = 0; i < layer.inputSize(); i++) {
                v.put("w-" + l + "-" + j + "-" + i, Numbers.exact(layer.weights().get(j, i)));
            }
        }
    }

    private static void putVector(Map<String, String> v, String prefix, Vec values) {
        for (int i = 0; i < values.size(); i++) {
            v.put(prefix + i, Numbers.exact(values.get(i)));
        }
    }

    private static String defaultValue(String name) {
        if (name.startsWith("g-")) {
            return "sigmoid";
        }
        return switch (name.substring(0, name.indexOf('-') < 0 ? name.length() : name.indexOf('-'))) {
            case "slope" -> "1";
            case "eta" -> "0.5";
            case "x", "d" -> "0.5";
            case "b" -> "0";
            default -> "0.1";
        };
    }
}
