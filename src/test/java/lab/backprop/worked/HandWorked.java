package lab.backprop.worked;

import java.util.List;
import lab.backprop.engine.Activation;
import lab.backprop.engine.Layer;
import lab.backprop.engine.Matrix;
import lab.backprop.engine.Network;
import lab.backprop.engine.Vec;
import lab.backprop.problem.Problem;

/** The hand-worked 2-2-2 example (published many times), and a deeper network with every activation. */
final class HandWorked {
    /** Weights [[0.15, 0.20], [0.25, 0.30]] and [[0.40, 0.45], [0.50, 0.55]], biases 0.35 / 0.60, x = (0.05, 0.10), d = (0.01, 0.99), η = 0.5. */
    static final Problem EXAMPLE = new Problem(new Network(List.of(
            new Layer(Matrix.of(new double[][] {{0.15, 0.20}, {0.25, 0.30}}), Vec.of(0.35, 0.35), Activation.SIGMOID),
            new Layer(Matrix.of(new double[][] {{0.40, 0.45}, {0.50, 0.55}}), Vec.of(0.60, 0.60), Activation.SIGMOID)),
            1.0), Vec.of(0.05, 0.10), Vec.of(0.01, 0.99), 0.5);

    /** A 3-2-3-2-1 network (letters i, m, h, j, k) with tanh, relu, sigmoid (k = 2) and linear layers. */
    static final Problem DEEP = new Problem(new Network(List.of(
            new Layer(Matrix.of(new double[][] {{0.1, -0.2, 0.3}, {-0.4, 0.5, 0.6}}), Vec.of(0.1, -0.1), Activation.TANH),
            new Layer(Matrix.of(new double[][] {{0.7, -0.8}, {0.9, 0.1}, {-0.3, 0.2}}), Vec.of(0.05, 0.0, -0.2),
                    Activation.RELU),
            new Layer(Matrix.of(new double[][] {{0.4, -0.5, 0.6}, {0.3, 0.2, -0.1}}), Vec.of(0.0, 0.1), Activation.SIGMOID),
            new Layer(Matrix.of(new double[][] {{1.5, -0.5}}), Vec.of(0.25), Activation.LINEAR)),
            2.0), Vec.of(1.0, -0.5, 2.0), Vec.of(0.5), 0.1);

    private HandWorked() {
    }
}
