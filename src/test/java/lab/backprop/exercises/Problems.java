package lab.backprop.exercises;

import java.util.ArrayList;
import java.util.List;
import lab.backprop.engine.Activation;
import lab.backprop.engine.Layer;
import lab.backprop.engine.Matrix;
import lab.backprop.engine.Network;
import lab.backprop.engine.Vec;
import lab.backprop.problem.Problem;

/** Problems for the marking tests, and the plain arithmetic the tests check the marker against. */
final class Problems {
    private Problems() {
    }

    /** The published hand-worked 2-2-2 sigmoid network: x = (0.05, 0.10), d = (0.01, 0.99), η = 0.5. */
    static Problem handWorked() {
        return sigmoid(1.0, new double[][][] {{{0.15, 0.20}, {0.25, 0.30}}, {{0.40, 0.45}, {0.50, 0.55}}},
                new double[][] {{0.35, 0.35}, {0.60, 0.60}}, new double[] {0.05, 0.10}, new double[] {0.01, 0.99}, 0.5);
    }

    static Problem sigmoid(double k, double[][][] w, double[][] b, double[] x, double[] d, double eta) {
        List<Layer> layers = new ArrayList<>();
        for (int l = 0; l < w.length; l++) {
            layers.add(new Layer(Matrix.of(w[l]), Vec.of(b[l]), Activation.SIGMOID));
        }
        return new Problem(new Network(layers, k), Vec.of(x), Vec.of(d), eta);
    }

    static double sigma(double a) {
        return 1 / (1 + Math.exp(-a));
    }
}
