package lab.backprop.api;

import java.util.Arrays;
import java.util.List;
import lab.backprop.engine.LayerTrace;
import lab.backprop.engine.StepTrace;
import lab.backprop.problem.InvalidRequest;

/**
 * The JSON answer of /api/backprop: field names follow the lecture (net/out, delta, ...) and are a
 * fixed contract; see docs/API.md.
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

        static LayerView of(LayerTrace t) {
            Symbols symbols = new Symbols(t.role().net(), t.role().out(), t.role().delta(), t.role().weights());
            return new LayerView(t.role().id(), symbols, t.input().toArray(), t.weights().toArray(),
                    t.biases().toArray(), t.net().toArray(), t.out().toArray(), t.derivative().toArray(),
                    t.error().toArray(), t.delta().toArray(), t.gradWeights().toArray(), t.gradBiases().toArray(),
                    t.weightUpdates().toArray(), t.biasUpdates().toArray(), t.newWeights().toArray(),
                    t.newBiases().toArray());
        }
    }

    /**
     * The view of a step; a step whose numbers overflowed (possible only with huge weights, many linear
     * layers and a large η) is refused with a 400 rather than answered with non-numbers.
     */
    public static StepView of(StepTrace trace) {
        StepView view = new StepView(trace.loss(), trace.lossAfter(), trace.outAfter().toArray(),
                trace.layers().stream().map(LayerView::of).toList());
        boolean finite = Double.isFinite(view.loss) && Double.isFinite(view.lossAfter) && finite(view.outAfter)
                && view.layers.stream().allMatch(l -> finite(l.delta) && finite(l.out) && finite(l.newBiases)
                        && Arrays.stream(l.newWeights).allMatch(StepView::finite)
                        && Arrays.stream(l.gradWeights).allMatch(StepView::finite));
        if (!finite) {
            throw InvalidRequest.badRequest("the step overflowed the range of double numbers;"
                    + " use smaller weights, inputs or learningRate");
        }
        return view;
    }

    private static boolean finite(double[] values) {
        return Arrays.stream(values).allMatch(Double::isFinite);
    }
}
