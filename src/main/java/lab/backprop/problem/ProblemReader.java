package lab.backprop.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import lab.backprop.engine.Activation;
import lab.backprop.engine.Layer;
import lab.backprop.engine.Matrix;
import lab.backprop.engine.Network;
import lab.backprop.engine.Vec;

/**
 * Turns the JSON of a /api/backprop request into a {@link Problem}, checking every shape and number
 * once, at the boundary. {@code path} prefixes field names in errors (e.g. "problem." inside /api/check).
 */
public final class ProblemReader {
    /** The fields that describe the network itself (no example, no η). */
    public static final Set<String> NETWORK_FIELDS = Set.of("layers", "weights", "biases", "activations", "slope");
    public static final Set<String> FIELDS = Set.of(
            "layers", "weights", "biases", "activations", "slope", "input", "target", "learningRate");

    private ProblemReader() {
    }

    public static Problem read(JsonNode body) {
        return read(body, "");
    }

    public static Problem read(JsonNode body, String path) {
        String p = Fields.openObject(body, path, FIELDS);
        Network network = network(body, p);
        Vec input = Vec.of(Fields.numbers(body.get("input"), p + "input", network.inputSize()));
        Vec target = Vec.of(Fields.numbers(body.get("target"), p + "target", network.outputSize()));
        double eta = learningRate(body, p);
        return new Problem(network, input, target, eta);
    }

    /**
     * The network part of a request ({@link #NETWORK_FIELDS}) from an object already checked by
     * {@link Fields#openObject}; {@code p} is the prefix that method returned. Used by /api/backprop and
     * by the training request, so both name a bad field in the same words.
     */
    public static Network network(JsonNode body, String p) {
        int[] sizes = sizes(body.get("layers"), p + "layers");
        int connections = sizes.length - 1;
        JsonNode weights = Fields.array(body.get("weights"), p + "weights", connections);
        JsonNode biases = body.get("biases");
        if (!Fields.absent(biases)) {
            Fields.array(biases, p + "biases", connections);
        }
        Activation[] activations = activations(body.get("activations"), p + "activations", connections);
        double slope = Fields.absent(body.get("slope")) ? 1.0
                : Fields.positive(body.get("slope"), p + "slope", Limits.MAX_SLOPE);

        List<Layer> layers = new ArrayList<>();
        for (int l = 0; l < connections; l++) {
            String wPath = p + "weights[" + l + "]";
            JsonNode rows = Fields.array(weights.get(l), wPath, sizes[l + 1]);
            double[][] w = new double[sizes[l + 1]][];
            for (int j = 0; j < sizes[l + 1]; j++) {
                w[j] = Fields.numbers(rows.get(j), wPath + "[" + j + "]", sizes[l]);
            }
            double[] b = Fields.absent(biases) ? new double[sizes[l + 1]]
                    : Fields.numbers(biases.get(l), p + "biases[" + l + "]", sizes[l + 1]);
            layers.add(new Layer(Matrix.of(w), Vec.of(b), activations[l]));
        }
        return new Network(layers, slope);
    }

    /** η from the {@code learningRate} field: 0 < η ≤ {@link Limits#MAX_LEARNING_RATE}. */
    public static double learningRate(JsonNode body, String p) {
        return Fields.positive(body.get("learningRate"), p + "learningRate", Limits.MAX_LEARNING_RATE);
    }

    private static int[] sizes(JsonNode node, String path) {
        JsonNode array = Fields.array(node, path);
        if (array.size() < 2 || array.size() > Limits.MAX_LAYERS) {
            throw InvalidInput.at(path, " must list from 2 to " + Limits.MAX_LAYERS
                    + " layer sizes (input, hidden..., output), got " + array.size());
        }
        int[] sizes = new int[array.size()];
        for (int l = 0; l < sizes.length; l++) {
            sizes[l] = Fields.whole(array.get(l), path + "[" + l + "]", 1, Limits.MAX_UNITS);
        }
        if (Limits.parameters(sizes) > Limits.MAX_PARAMETERS) {
            throw InvalidInput.at(path, " describe " + Limits.parameters(sizes)
                    + " weights and biases; at most " + Limits.MAX_PARAMETERS + " are allowed");
        }
        return sizes;
    }

    /** An array with one name per layer, or one name for all; absent means all sigmoid. */
    private static Activation[] activations(JsonNode node, String path, int connections) {
        Activation[] result = new Activation[connections];
        if (Fields.absent(node)) {
            Arrays.fill(result, Activation.SIGMOID);
        } else if (node.isTextual()) {
            Arrays.fill(result, activation(node, path));
        } else {
            JsonNode array = Fields.array(node, path, connections);
            for (int l = 0; l < connections; l++) {
                result[l] = activation(array.get(l), path + "[" + l + "]");
            }
        }
        return result;
    }

    public static Activation activation(JsonNode node, String path) {
        String name = Fields.text(node, path);
        return Activation.byId(name).orElseThrow(() -> new InvalidInput(path,
                path + " is '" + name + "', expected one of sigmoid, tanh, relu, linear"));
    }
}
