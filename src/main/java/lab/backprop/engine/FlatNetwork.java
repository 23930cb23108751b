package lab.backprop.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The training loop's fast path: a network's weights and biases copied into flat, preallocated arrays
 * (weights row-major, w[l][j·n + i] for unit j of layer l and unit i of the n below) and changed in
 * place, with buffers for the nets, outs and error signals, so that a sample's update allocates nothing.
 * It computes exactly what {@link Backprop#step} computes, in the same order of operations: every
 * error signal first (hidden δ with the weights at time t), then every update +η·delta·input.
 *
 * <p>The one mutable type of the engine, not thread-safe: {@link Training} makes one per run and only
 * an immutable {@link Network} leaves it. Public so that the benchmarks can time one update.
 */
public final class FlatNetwork {
    private final int depth;
    private final int[] sizes;
    private final Activation[] g;
    private final double k;
    private final double[][] w;
    private final double[][] b;
    private final double[][] net;
    private final double[][] out;
    private final double[][] delta;
    private final double[] absDeltaSum;
    private double[][] gradW;
    private double[][] gradB;

    private FlatNetwork(Network network) {
        List<Layer> layers = network.layers();
        depth = layers.size();
        sizes = new int[depth + 1];
        sizes[0] = network.inputSize();
        g = new Activation[depth];
        k = network.slope();
        w = new double[depth][];
        b = new double[depth][];
        net = new double[depth][];
        out = new double[depth][];
        delta = new double[depth][];
        absDeltaSum = new double[depth];
        for (int l = 0; l < depth; l++) {
            Layer layer = layers.get(l);
            int rows = layer.size();
            int cols = layer.inputSize();
            sizes[l + 1] = rows;
            g[l] = layer.activation();
            w[l] = new double[rows * cols];
            for (int j = 0; j < rows; j++) {
                for (int i = 0; i < cols; i++) {
                    w[l][j * cols + i] = layer.weights().get(j, i);
                }
            }
            b[l] = layer.biases().toArray();
            net[l] = new double[rows];
            out[l] = new double[rows];
            delta[l] = new double[rows];
        }
    }

    /** A fast-path copy of {@code network}; the network itself is not changed. */
    public static FlatNetwork of(Network network) {
        return new FlatNetwork(network);
    }

    /** The current weights as an immutable {@link Network}. */
    public Network toNetwork() {
        List<Layer> layers = new ArrayList<>();
        for (int l = 0; l < depth; l++) {
            int cols = sizes[l];
            double[][] rows = new double[sizes[l + 1]][];
            for (int j = 0; j < rows.length; j++) {
                rows[j] = Arrays.copyOfRange(w[l], j * cols, (j + 1) * cols);
            }
            layers.add(new Layer(Matrix.of(rows), Vec.of(b[l]), g[l]));
        }
        return new Network(layers, k);
    }

    /**
     * One online learning step on (x, d), the same as {@code Backprop.step(network, x, d, eta).updated()}:
     * feed-forward, error signals, then the updates in place. Adds |delta| to the running sums.
     */
    public void learn(double[] x, double[] d, double eta) {
        forward(x);
        backward(d);
        for (int l = 0; l < depth; l++) {
            double[] in = l == 0 ? x : out[l - 1];
            int cols = sizes[l];
            double[] wl = w[l];
            double[] dl = delta[l];
            double[] bl = b[l];
            for (int j = 0; j < dl.length; j++) {
                double step = eta * dl[j];
                int row = j * cols;
                for (int i = 0; i < cols; i++) {
                    wl[row + i] += step * in[i];
                }
                bl[j] += step;
            }
        }
    }

    /** Batch mode, per sample: error signals at the current weights, added to Σ delta·input and Σ delta. */
    void accumulate(double[] x, double[] d) {
        if (gradW == null) {
            gradW = new double[depth][];
            gradB = new double[depth][];
            for (int l = 0; l < depth; l++) {
                gradW[l] = new double[w[l].length];
                gradB[l] = new double[b[l].length];
            }
        }
        forward(x);
        backward(d);
        for (int l = 0; l < depth; l++) {
            double[] in = l == 0 ? x : out[l - 1];
            int cols = sizes[l];
            double[] sl = gradW[l];
            double[] dl = delta[l];
            for (int j = 0; j < dl.length; j++) {
                double dj = dl[j];
                int row = j * cols;
                for (int i = 0; i < cols; i++) {
                    sl[row + i] += dj * in[i];
                }
                gradB[l][j] += dj;
            }
        }
    }

    /** Batch mode, per epoch: w += η Σ delta·input, b += η Σ delta, then the sums start again from 0. */
    void applyAccumulated(double eta) {
        for (int l = 0; l < depth; l++) {
            for (int n = 0; n < w[l].length; n++) {
                w[l][n] += eta * gradW[l][n];
                gradW[l][n] = 0;
            }
            for (int j = 0; j < b[l].length; j++) {
                b[l][j] += eta * gradB[l][j];
                gradB[l][j] = 0;
            }
        }
    }

    /** E = ½ Σ_k (d_k − y_k)² at the current weights, summed in the order of {@link Backprop#loss}. */
    double loss(double[] x, double[] d) {
        forward(x);
        double[] y = out[depth - 1];
        double sum = 0;
        for (int q = 0; q < y.length; q++) {
            double e = d[q] - y[q];
            sum += e * e;
        }
        return 0.5 * sum;
    }

    /** Σ |delta| of layer l over its units and every sample since the last {@link #clearDeltaSums}. */
    double absDeltaSum(int l) {
        return absDeltaSum[l];
    }

    void clearDeltaSums() {
        Arrays.fill(absDeltaSum, 0);
    }

    int depth() {
        return depth;
    }

    /** Units in non-input layer l. */
    int size(int l) {
        return sizes[l + 1];
    }

    /** Whether every weight and bias is a finite number. */
    boolean isFinite() {
        for (int l = 0; l < depth; l++) {
            for (double v : w[l]) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
            for (double v : b[l]) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    private void forward(double[] x) {
        double[] in = x;
        for (int l = 0; l < depth; l++) {
            double[] wl = w[l];
            double[] bl = b[l];
            double[] nl = net[l];
            int cols = sizes[l];
            for (int j = 0; j < nl.length; j++) {
                double s = bl[j];
                int row = j * cols;
                for (int i = 0; i < cols; i++) {
                    s += wl[row + i] * in[i];
                }
                nl[j] = s;
            }
            activate(g[l], nl, out[l]);
            in = out[l];
        }
    }

    /** out = g(net), switching on g once per layer so the sigmoid's loop has no virtual call. */
    private void activate(Activation gl, double[] nl, double[] ol) {
        if (gl == Activation.SIGMOID) {
            for (int j = 0; j < nl.length; j++) {
                ol[j] = Activation.SIGMOID.apply(nl[j], k);
            }
        } else {
            for (int j = 0; j < nl.length; j++) {
                ol[j] = gl.apply(nl[j], k);
            }
        }
    }

    /** The error signals from the output back: Δ = g'(a)·(d − y), δ = g'(u)·Σ_j w_ji Δ_j (weights at t). */
    private void backward(double[] d) {
        int last = depth - 1;
        double[] top = delta[last];
        double[] y = out[last];
        for (int q = 0; q < top.length; q++) {
            top[q] = d[q] - y[q];
        }
        scaleByDerivative(last);
        for (int l = last - 1; l >= 0; l--) {
            double[] dl = delta[l];
            double[] above = delta[l + 1];
            double[] wa = w[l + 1];
            int cols = dl.length;
            Arrays.fill(dl, 0);
            for (int j = 0; j < above.length; j++) {
                double dj = above[j];
                int row = j * cols;
                for (int i = 0; i < cols; i++) {
                    dl[i] += wa[row + i] * dj;
                }
            }
            scaleByDerivative(l);
        }
    }

    /** delta[l] = g'(net)·error in place (delta[l] holds the error), and |delta| added to the sums. */
    private void scaleByDerivative(int l) {
        double[] dl = delta[l];
        double[] nl = net[l];
        double[] ol = out[l];
        Activation gl = g[l];
        double abs = 0;
        if (gl == Activation.SIGMOID) {
            for (int j = 0; j < dl.length; j++) {
                dl[j] = Activation.SIGMOID.derivative(nl[j], ol[j], k) * dl[j];
                abs += Math.abs(dl[j]);
            }
        } else {
            for (int j = 0; j < dl.length; j++) {
                dl[j] = gl.derivative(nl[j], ol[j], k) * dl[j];
                abs += Math.abs(dl[j]);
            }
        }
        absDeltaSum[l] += abs;
    }
}
