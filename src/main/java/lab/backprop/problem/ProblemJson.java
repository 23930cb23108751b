package lab.backprop.problem;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lab.backprop.engine.Layer;
import lab.backprop.engine.Matrix;
import lab.backprop.engine.Network;
import lab.backprop.engine.Vec;

/** Writes a {@link Problem} as a /api/backprop request, every field explicit; the inverse of {@link ProblemReader}. */
public final class ProblemJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ProblemJson() {
    }

    public static ObjectNode of(Problem p) {
        Network n = p.network();
        ObjectNode o = NODES.objectNode();
        ArrayNode sizes = o.putArray("layers").add(n.inputSize());
        ArrayNode weights = o.putArray("weights");
        ArrayNode biases = o.putArray("biases");
        ArrayNode activations = o.putArray("activations");
        for (Layer layer : n.layers()) {
            sizes.add(layer.size());
            weights.add(matrix(layer.weights()));
            biases.add(vector(layer.biases()));
            activations.add(layer.activation().id());
        }
        o.put("slope", n.slope());
        o.set("input", vector(p.input()));
        o.set("target", vector(p.target()));
        o.put("learningRate", p.learningRate());
        return o;
    }

    static ArrayNode vector(Vec v) {
        ArrayNode a = NODES.arrayNode();
        for (double x : v.toArray()) {
            a.add(x);
        }
        return a;
    }

    static ArrayNode matrix(Matrix m) {
        ArrayNode a = NODES.arrayNode();
        for (int j = 0; j < m.rows(); j++) {
            ArrayNode row = a.addArray();
            for (int i = 0; i < m.columns(); i++) {
                row.add(m.get(j, i));
            }
        }
        return a;
    }
}
