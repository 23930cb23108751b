package lab.backprop.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Checking one weight's gradient by nudging it: the weight is moved by +ε and by −ε, the loss E is
 * recomputed by the feed-forward phase each time, and the central difference (E₊ − E₋)/2ε is set
 * beside the analytic ∂E/∂w of {@link Backprop#step} (−delta·input, the engine's sign convention).
 * Immutable; {@link #of} is a pure function of its arguments.
 *
 * @param layer     the non-input layer the weight leads into (0 = first hidden layer)
 * @param unit      the receiving unit, 0-based
 * @param from      the sending unit, 0-based, or {@link #BIAS} for the unit's bias
 * @param weight    the weight's value at time t
 * @param epsilon   the nudge ε
 * @param lossPlus  E with the weight at w + ε
 * @param lossMinus E with the weight at w − ε
 * @param estimate  (E₊ − E₋) / 2ε
 * @param analytic  ∂E/∂w from the backward pass
 */
public record GradientCheck(int layer, int unit, int from, double weight, double epsilon, double lossPlus,
                            double lossMinus, double estimate, double analytic) {
    /** The value of {@code from} that names a unit's bias (the weight on the constant input 1). */
    public static final int BIAS = -1;

    /** The estimate minus the analytic gradient. */
    public double difference() {
        return estimate - analytic;
    }

    /** Whether the checked weight is a bias. */
    public boolean isBias() {
        return from == BIAS;
    }

    /**
     * Nudges the weight from unit {@code from} (or the bias, {@link #BIAS}) to unit {@code unit} of non-input
     * layer {@code layer} by ±{@code epsilon} on the example (x, d).
     */
    public static GradientCheck of(Network network, Vec x, Vec d, int layer, int unit, int from, double epsilon) {
        if (layer < 0 || layer >= network.layers().size()) {
            throw new IllegalArgumentException("the network has no layer " + layer);
        }
        Layer target = network.layers().get(layer);
        if (unit < 0 || unit >= target.size() || from < BIAS || from >= target.inputSize()) {
            throw new IllegalArgumentException("layer " + layer + " has no weight " + unit + "," + from);
        }
        if (!(epsilon > 0) || !Double.isFinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be a positive number");
        }
        double w = from == BIAS ? target.biases().get(unit) : target.weights().get(unit, from);
        double plus = loss(nudged(network, layer, unit, from, w + epsilon), x, d);
        double minus = loss(nudged(network, layer, unit, from, w - epsilon), x, d);
        LayerTrace trace = Backprop.step(network, x, d, 0).layers().get(layer);
        double analytic = from == BIAS ? trace.gradBiases().get(unit) : trace.gradWeights().get(unit, from);
        return new GradientCheck(layer, unit, from, w, epsilon, plus, minus, (plus - minus) / (2 * epsilon), analytic);
    }

    private static double loss(Network network, Vec x, Vec d) {
        return Formulas.loss(Backprop.forward(network, x).output(), d);
    }

    /** The same network with one weight (or bias) set to {@code value}. */
    private static Network nudged(Network network, int layer, int unit, int from, double value) {
        Layer old = network.layers().get(layer);
        Matrix weights = from == BIAS ? old.weights() : Matrix.generate(old.size(), old.inputSize(),
                (j, i) -> j == unit && i == from ? value : old.weights().get(j, i));
        Vec biases = from != BIAS ? old.biases() : Vec.generate(old.size(), j -> j == unit ? value : old.biases().get(j));
        List<Layer> layers = new ArrayList<>(network.layers());
        layers.set(layer, new Layer(weights, biases, old.activation()));
        return new Network(layers, network.slope());
    }
}
