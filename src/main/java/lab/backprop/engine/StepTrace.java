package lab.backprop.engine;

import java.util.List;

/**
 * One complete backpropagation step on the example (x, d): the loss E = ½ Σ_k (d_k − y_k)² before and
 * after the update, the trace of every non-input layer in order, the output after the update and the
 * updated network.
 */
public record StepTrace(Vec input, Vec target, double loss, double lossAfter, List<LayerTrace> layers, Vec outAfter,
                        Network updated) {
    public StepTrace {
        layers = List.copyOf(layers);
    }

    /**
     * Whether every number of the step is finite. Within the API's limits a step can still overflow
     * (huge weights, many linear layers, a large η); such a step must be refused, never shown.
     */
    public boolean isFinite() {
        if (!Double.isFinite(loss) || !Double.isFinite(lossAfter) || !outAfter.isFinite()) {
            return false;
        }
        for (LayerTrace t : layers) {
            if (!t.isFinite()) {
                return false;
            }
        }
        return true;
    }

    /** The output layer's trace. */
    public LayerTrace output() {
        return layers.get(layers.size() - 1);
    }
}
