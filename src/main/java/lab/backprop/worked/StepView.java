package lab.backprop.worked;

import java.util.ArrayList;
import java.util.List;
import lab.backprop.engine.LayerTrace;
import lab.backprop.engine.StepTrace;
import lab.backprop.notation.Role;

/**
 * The JSON answer of /api/backprop, and the .json download of a lesson's step or an answer key (the
 * same bytes): field names follow the lecture (net/out, delta, ...) and are a fixed contract; see
 * docs/API.md.
 */
public record StepView(double loss, double lossAfter, double[] outAfter, List<LayerView> layers) {

    /** The lecture's symbols for a layer's quantities: u/z/δ/v (hidden) or a/y/Δ/w (output). */
    public record Symbols(String net, String out, String delta, String weights) {
    }

    /** One non-input layer of the answer. */
    public record LayerView(
            String role,
            Symbols symbols,
            double[] input,
            double[][] weights,
            double[] biases,
            double[] net,
            double[] out,
            double[] derivative,
            double[] error,
            double[] delta,
            double[][] gradWeights,
            double[] gradBiases,
            double[][] weightUpdates,
            double[] biasUpdates,
            double[][] newWeights,
            double[] newBiases) {

        static LayerView of(LayerTrace t, Role role) {
            Symbols symbols = new Symbols(role.net(), role.out(), role.delta(), role.weights());
            return new LayerView(role.id(), symbols, t.input().toArray(), t.weights().toArray(),
                    t.biases().toArray(), t.net().toArray(), t.out().toArray(), t.derivative().toArray(),
                    t.error().toArray(), t.delta().toArray(), t.gradWeights().toArray(), t.gradBiases().toArray(),
                    t.weightUpdates().toArray(), t.biasUpdates().toArray(), t.newWeights().toArray(),
                    t.newBiases().toArray());
        }
    }

    /** The view of a step (one that {@link lab.backprop.problem.Problem#step} let through: every number finite). */
    public static StepView of(StepTrace trace) {
        int count = trace.layers().size();
        List<LayerView> layers = new ArrayList<>();
        for (int l = 0; l < count; l++) {
            layers.add(LayerView.of(trace.layers().get(l), Role.of(l, count)));
        }
        return new StepView(trace.loss(), trace.lossAfter(), trace.outAfter().toArray(), layers);
    }
}
