package lab.backprop.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The lecture's two phases: feed-forward, then error back-propagation with the weight update.
 * Pure functions of their arguments; nothing is modified in place.
 */
public final class Backprop {
    private Backprop() {
    }

    /** Feed-forward phase: u = V·x + b, z = g(u) for each hidden layer, then a = W·z + b, y = g(a). */
    public static ForwardPass forward(Network network, Vec x) {
        requireSize("input", x, network.inputSize());
        List<Vec> nets = new ArrayList<>();
        List<Vec> outs = new ArrayList<>();
        Vec in = x;
        for (Layer layer : network.layers()) {
            Vec signal = in;
            Vec net = Vec.generate(layer.size(), j -> Formulas.netInput(layer.weights(), layer.biases(), signal, j));
            Vec out = Vec.generate(layer.size(), j -> layer.activation().apply(net.get(j), network.slope()));
            nets.add(net);
            outs.add(out);
            in = out;
        }
        return new ForwardPass(x, nets, outs);
    }

    /** The lecture's loss E = ½ Σ_k (d_k − y_k)²; see {@link Formulas#loss}. */
    public static double loss(Vec y, Vec d) {
        return Formulas.loss(y, d);
    }

    /**
     * One learning step on one example: feed-forward, error signals from the output back to the first
     * hidden layer (each using the weights at time t), then every update +η·delta·input.
     */
    public static StepTrace step(Network network, Vec x, Vec d, double eta) {
        requireSize("target", d, network.outputSize());
        ForwardPass pass = forward(network, x);
        List<Layer> layers = network.layers();
        int last = layers.size() - 1;
        double k = network.slope();

        Vec[] derivative = new Vec[layers.size()];
        Vec[] error = new Vec[layers.size()];
        Vec[] delta = new Vec[layers.size()];
        for (int l = last; l >= 0; l--) {
            Layer layer = layers.get(l);
            Vec net = pass.net().get(l);
            Vec out = pass.out().get(l);
            Vec gPrime = Vec.generate(layer.size(), j -> layer.activation().derivative(net.get(j), out.get(j), k));
            derivative[l] = gPrime;
            if (l == last) {
                error[l] = Vec.generate(layer.size(), j -> Formulas.outputError(d.get(j), out.get(j)));
            } else {
                Layer above = layers.get(l + 1);
                Vec deltaAbove = delta[l + 1];
                error[l] = Vec.generate(layer.size(), i -> Formulas.backSum(above.weights(), deltaAbove, i));
            }
            Vec e = error[l];
            delta[l] = Vec.generate(layer.size(), j -> Formulas.delta(gPrime.get(j), e.get(j)));
        }

        List<LayerTrace> traces = new ArrayList<>();
        List<Layer> updated = new ArrayList<>();
        for (int l = 0; l <= last; l++) {
            LayerTrace trace = trace(layers.get(l), pass, l, derivative[l], error[l], delta[l], eta);
            traces.add(trace);
            updated.add(new Layer(trace.newWeights(), trace.newBiases(), layers.get(l).activation()));
        }
        Network next = new Network(updated, k);
        Vec outAfter = forward(next, x).output();
        return new StepTrace(x, d, loss(pass.output(), d), loss(outAfter, d), traces, outAfter, next);
    }

    private static LayerTrace trace(Layer layer, ForwardPass pass, int l, Vec gPrime, Vec error,
                                    Vec delta, double eta) {
        Vec in = pass.inputOf(l);
        int rows = layer.size();
        int cols = layer.inputSize();
        Matrix grad = Matrix.generate(rows, cols, (j, i) -> Formulas.gradient(delta.get(j), in.get(i)));
        Vec gradBias = Vec.generate(rows, j -> Formulas.gradient(delta.get(j), 1));
        Matrix updates = Matrix.generate(rows, cols, (j, i) -> Formulas.change(eta, delta.get(j), in.get(i)));
        Vec biasUpdates = Vec.generate(rows, j -> Formulas.change(eta, delta.get(j), 1));
        Matrix newWeights = Matrix.generate(rows, cols,
                (j, i) -> Formulas.updated(layer.weights().get(j, i), updates.get(j, i)));
        Vec newBiases = Vec.generate(rows, j -> Formulas.updated(layer.biases().get(j), biasUpdates.get(j)));
        return new LayerTrace(in, layer.weights(), layer.biases(), pass.net().get(l), pass.out().get(l),
                gPrime, error, delta, grad, gradBias, updates, biasUpdates, newWeights, newBiases);
    }


    static void requireSize(String name, Vec v, int expected) {
        if (v.size() != expected) {
            throw new IllegalArgumentException(name + " has " + v.size() + " entries, expected " + expected);
        }
    }
}
