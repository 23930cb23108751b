package lab.backprop.engine;

import java.util.List;

/**
 * The single-layer delta rule from the lecture's opening: Δw_ji = η (t_j − y_j) x_i. Each weight
 * changes only through its own output's error t_j − y_j and its own input x_i; there is no g' factor
 * and no hidden layer, which is exactly why this rule cannot train a multilayer perceptron.
 */
public final class DeltaRule {
    private DeltaRule() {
    }

    /** One delta-rule step of the single layer on one example; k is the sigmoid slope. */
    public static DeltaRuleTrace step(Layer layer, double k, Vec x, Vec t, double eta) {
        if (x.size() != layer.inputSize()) {
            throw new IllegalArgumentException("input has " + x.size() + " entries, expected " + layer.inputSize());
        }
        if (t.size() != layer.size()) {
            throw new IllegalArgumentException("target has " + t.size() + " entries, expected " + layer.size());
        }
        Network single = new Network(List.of(layer), k);
        Vec net = Backprop.forward(single, x).net().get(0);
        Vec y = Vec.generate(layer.size(), j -> layer.activation().apply(net.get(j), k));
        Vec error = Vec.generate(layer.size(), j -> Formulas.outputError(t.get(j), y.get(j)));
        Matrix updates = Matrix.generate(layer.size(), layer.inputSize(),
                (j, i) -> Formulas.change(eta, error.get(j), x.get(i)));
        Vec biasUpdates = Vec.generate(layer.size(), j -> Formulas.change(eta, error.get(j), 1));
        Matrix newWeights = Matrix.generate(layer.size(), layer.inputSize(),
                (j, i) -> Formulas.updated(layer.weights().get(j, i), updates.get(j, i)));
        Vec newBiases = Vec.generate(layer.size(), j -> Formulas.updated(layer.biases().get(j), biasUpdates.get(j)));
        Layer next = new Layer(newWeights, newBiases, layer.activation());
        Vec yAfter = Backprop.forward(new Network(List.of(next), k), x).output();
        return new DeltaRuleTrace(x, layer.weights(), layer.biases(), net, y, error, updates, biasUpdates,
                newWeights, newBiases, Backprop.loss(y, t), Backprop.loss(yAfter, t), yAfter);
    }
}
