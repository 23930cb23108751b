package lab.backprop.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import lab.backprop.problem.Json;
import lab.backprop.engine.Activation;
import lab.backprop.engine.Layer;
import lab.backprop.engine.Matrix;
import lab.backprop.engine.Network;
import lab.backprop.engine.Vec;

/**
 * The networks the benchmarks run on, by name: the lecture's 2-2-1, the hand-worked 2-2-2, a mid-size
 * 8-16-16-4 and the largest the API allows (10 layers of 64 units, {@code Limits.MAX_LAYERS} × {@code MAX_UNITS}).
 * Every one is built from a fixed seed, so each run measures the same numbers.
 */
final class Shapes {
    static final long SEED = 20240601L;

    private Shapes() {
    }

    /** One problem: layer sizes (input first), weights[l][j][i], biases[l][j], x, d and η. */
    record Problem(int[] sizes, double[][][] w, double[][] b, double[] x, double[] d, double eta) {
        Network network() {
            List<Layer> layers = new ArrayList<>();
            for (int l = 0; l < w.length; l++) {
                layers.add(new Layer(Matrix.of(w[l]), Vec.of(b[l]), Activation.SIGMOID));
            }
            return new Network(layers, 1.0);
        }

        /** The /api/backprop request body for this problem, as the browser would send it. */
        byte[] requestJson() {
            ObjectNode body = Json.mapper().createObjectNode();
            ArrayNode layers = body.putArray("layers");
            Arrays.stream(sizes).forEach(layers::add);
            ArrayNode weights = body.putArray("weights");
            for (double[][] matrix : w) {
                ArrayNode rows = weights.addArray();
                for (double[] row : matrix) {
                    ArrayNode r = rows.addArray();
                    Arrays.stream(row).forEach(r::add);
                }
            }
            ArrayNode biases = body.putArray("biases");
            for (double[] row : b) {
                ArrayNode r = biases.addArray();
                Arrays.stream(row).forEach(r::add);
            }
            body.put("activations", "sigmoid");
            body.put("slope", 1.0);
            Arrays.stream(x).forEach(body.putArray("input")::add);
            Arrays.stream(d).forEach(body.putArray("target")::add);
            body.put("learningRate", eta);
            try {
                return Json.mapper().writeValueAsBytes(body);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * The problem called {@code name}: "2-2-1", "2-2-2", "8-16-16-4", "63-64" (4,096 weights and biases,
     * the largest network the API accepts), "10x64" (engine only: beyond the API's limits) or "64-64-64-10"
     * (the training fast path's large shape, as in the C reference loop).
     */
    static Problem named(String name) {
        return switch (name) {
            case "2-2-2" -> handWorked();
            case "2-2-1" -> random(2, 2, 1);
            case "8-16-16-4" -> random(8, 16, 16, 4);
            case "63-64" -> random(63, 64);
            case "10x64" -> random(64, 64, 64, 64, 64, 64, 64, 64, 64, 64);
            case "64-64-64-10" -> random(64, 64, 64, 10);
            default -> throw new IllegalArgumentException("unknown shape " + name);
        };
    }

    /** The hand-worked 2-2-2 example of the tests (x = (0.05, 0.10), d = (0.01, 0.99), η = 0.5). */
    static Problem handWorked() {
        return new Problem(new int[] {2, 2, 2},
                new double[][][] {{{0.15, 0.20}, {0.25, 0.30}}, {{0.40, 0.45}, {0.50, 0.55}}},
                new double[][] {{0.35, 0.35}, {0.60, 0.60}},
                new double[] {0.05, 0.10}, new double[] {0.01, 0.99}, 0.5);
    }

    /** Weights and biases uniform in [−1, 1] scaled by 1/√fan-in, x in [−1, 1], d in [0, 1], η = 0.5. */
    static Problem random(int... sizes) {
        Random rnd = new Random(SEED);
        int connections = sizes.length - 1;
        double[][][] w = new double[connections][][];
        double[][] b = new double[connections][];
        for (int l = 0; l < connections; l++) {
            double scale = 1 / Math.sqrt(sizes[l]);
            w[l] = new double[sizes[l + 1]][sizes[l]];
            b[l] = new double[sizes[l + 1]];
            for (int j = 0; j < sizes[l + 1]; j++) {
                b[l][j] = (rnd.nextDouble() * 2 - 1) * scale;
                for (int i = 0; i < sizes[l]; i++) {
                    w[l][j][i] = (rnd.nextDouble() * 2 - 1) * scale;
                }
            }
        }
        double[] x = new double[sizes[0]];
        Arrays.setAll(x, i -> rnd.nextDouble() * 2 - 1);
        double[] d = new double[sizes[connections]];
        Arrays.setAll(d, i -> rnd.nextDouble());
        return new Problem(sizes, w, b, x, d, 0.5);
    }
}
