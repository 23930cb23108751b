package lab.backprop.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import lab.backprop.engine.Activation;
import lab.backprop.engine.Layer;
import lab.backprop.engine.Matrix;
import lab.backprop.engine.Vec;

/** Reads a /api/delta-rule request: one layer, one example and η, checked like /api/backprop. */
final class DeltaRuleReader {
    private static final Set<String> FIELDS = Set.of(
            "weights", "biases", "activation", "slope", "input", "target", "learningRate");

    /** A validated single-layer problem. */
    record SingleLayer(Layer layer, double slope, Vec input, Vec target, double learningRate) {
    }

    private DeltaRuleReader() {
    }

    static SingleLayer read(JsonNode body) {
        Fields.object(body, "the request body");
        Fields.onlyKnown(body, "", FIELDS);
        JsonNode rows = Fields.array(body.get("weights"), "weights");
        if (rows.isEmpty() || rows.size() > Limits.MAX_UNITS) {
            throw InvalidRequest.badRequest("weights must have from 1 to " + Limits.MAX_UNITS
                    + " rows (one per output unit), got " + rows.size());
        }
        int inputs = Fields.array(rows.get(0), "weights[0]").size();
        if (inputs < 1 || inputs > Limits.MAX_UNITS) {
            throw InvalidRequest.badRequest("weights[0] must have from 1 to " + Limits.MAX_UNITS
                    + " entries (one per input), got " + inputs);
        }
        double[][] w = new double[rows.size()][];
        for (int j = 0; j < rows.size(); j++) {
            w[j] = Fields.numbers(rows.get(j), "weights[" + j + "]", inputs);
        }
        double[] b = Fields.absent(body.get("biases")) ? new double[w.length]
                : Fields.numbers(body.get("biases"), "biases", w.length);
        Activation g = Fields.absent(body.get("activation")) ? Activation.LINEAR
                : ProblemReader.activation(body.get("activation"), "activation");
        double slope = Fields.absent(body.get("slope")) ? 1.0
                : Fields.positive(body.get("slope"), "slope", Limits.MAX_SLOPE);
        Vec x = Vec.of(Fields.numbers(body.get("input"), "input", inputs));
        Vec t = Vec.of(Fields.numbers(body.get("target"), "target", w.length));
        double eta = Fields.positive(body.get("learningRate"), "learningRate", Limits.MAX_LEARNING_RATE);
        return new SingleLayer(new Layer(Matrix.of(w), Vec.of(b), g), slope, x, t, eta);
    }
}
