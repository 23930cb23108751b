package lab.backprop.engine;

import java.util.List;

/**
 * A fully connected multilayer perceptron: its non-input layers in order, and the sigmoid slope k
 * shared by every sigmoid unit. Immutable; a learning step returns a new network.
 */
public record Network(List<Layer> layers, double slope) {
    public Network {
        layers = List.copyOf(layers);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one non-input layer");
        }
        for (int l = 1; l < layers.size(); l++) {
            if (layers.get(l).inputSize() != layers.get(l - 1).size()) {
                throw new IllegalArgumentException("layer " + l + " takes " + layers.get(l).inputSize()
                        + " inputs but the layer below has " + layers.get(l - 1).size() + " units");
            }
        }
    }

    /** Number of input units. */
    public int inputSize() {
        return layers.get(0).inputSize();
    }

    /** Number of output units. */
    public int outputSize() {
        return layers.get(layers.size() - 1).size();
    }
}
