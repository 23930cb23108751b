package lab.backprop.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import lab.backprop.engine.Activation;
import lab.backprop.engine.Layer;
import lab.backprop.engine.Matrix;
import lab.backprop.engine.Vec;

/** Reads a /api/delta-rule request: one layer, one example and η, checked like /api/backprop. */
public final class DeltaRuleReader {
    private static final Set<String> FIELDS = Set.of(
            "weights", "biases", "activation", "slope", "input", "target", "learningRate");

    /** A validated single-layer problem. */
    public record SingleLayer(Layer layer, double slope, Vec input, Vec target, double learningRate) {
    }

    private DeltaRuleReader() {
    }

    public static SingleLayer read(JsonNode body) {
        return read(body, "");
    }

    /** Reads a request whose field names are prefixed with {@code path} in errors. */
    public static SingleLayer read(JsonNode body, String path) {
        String p = Fields.openObject(body, path, FIELDS);
        JsonNode rows = Fields.array(body.get("weights"), p + "weights");
        if (rows.isEmpty() || rows.size() > Limits.MAX_UNITS) {
            throw new InvalidInput(p + "weights", p + "weights must have from 1 to " + Limits.MAX_UNITS
                    + " rows (one per output unit), got " + rows.size());
        }
        int inputs = Fields.array(rows.get(0), p + "weights[0]").size();
        if (inputs < 1 || inputs > Limits.MAX_UNITS) {
            throw new InvalidInput(p + "weights[0]", p + "weights[0] must have from 1 to " + Limits.MAX_UNITS
                    + " entries (one per input), got " + inputs);
        }
        if (Limits.parameters(new int[] {inputs, rows.size()}) > Limits.MAX_PARAMETERS) {
            throw new InvalidInput(p + "weights", p + "weights describe " + Limits.parameters(new int[] {inputs, rows.size()})
                    + " weights and biases; at most " + Limits.MAX_PARAMETERS + " are allowed");
        }
        double[][] w = new double[rows.size()][];
        for (int j = 0; j < rows.size(); j++) {
            w[j] = Fields.numbers(rows.get(j), p + "weights[" + j + "]", inputs);
        }
        double[] b = Fields.absent(body.get("biases")) ? new double[w.length]
                : Fields.numbers(body.get("biases"), p + "biases", w.length);
        Activation g = Fields.absent(body.get("activation")) ? Activation.LINEAR
                : ProblemReader.activation(body.get("activation"), p + "activation");
        double slope = Fields.absent(body.get("slope")) ? 1.0
                : Fields.positive(body.get("slope"), p + "slope", Limits.MAX_SLOPE);
        Vec x = Vec.of(Fields.numbers(body.get("input"), p + "input", inputs));
        Vec t = Vec.of(Fields.numbers(body.get("target"), p + "target", w.length));
        double eta = Fields.positive(body.get("learningRate"), p + "learningRate", Limits.MAX_LEARNING_RATE);
        return new SingleLayer(new Layer(Matrix.of(w), Vec.of(b), g), slope, x, t, eta);
    }
}
