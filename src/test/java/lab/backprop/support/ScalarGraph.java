package lab.backprop.support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An independent reference for the tests: a tiny scalar reverse-mode autodiff in the style of
 * micrograd. It knows nothing of layers, deltas or the lecture's formulas; it only applies the chain
 * rule node by node, so agreement with the engine's Backprop is real evidence.
 */
public final class ScalarGraph {
    /** One scalar in the computation, with the gradient of the final output with respect to it. */
    public static final class Value {
        public final double data;
        public double grad;
        private final Value[] parents;
        private final double[] localGrads;

        Value(double data, Value[] parents, double[] localGrads) {
            this.data = data;
            this.parents = parents;
            this.localGrads = localGrads;
        }

        static Value leaf(double data) {
            return new Value(data, new Value[0], new double[0]);
        }

        Value plus(Value o) {
            return new Value(data + o.data, new Value[] {this, o}, new double[] {1, 1});
        }

        Value times(Value o) {
            return new Value(data * o.data, new Value[] {this, o}, new double[] {o.data, data});
        }

        Value times(double c) {
            return new Value(data * c, new Value[] {this}, new double[] {c});
        }

        /** Applies a unary function whose derivative at this value is {@code slope}. */
        Value map(double result, double slope) {
            return new Value(result, new Value[] {this}, new double[] {slope});
        }

        /** Fills in {@code grad} of every node that this value depends on. */
        void backward() {
            List<Value> order = new ArrayList<>();
            topo(this, new HashSet<>(), order);
            grad = 1;
            for (int n = order.size() - 1; n >= 0; n--) {
                Value v = order.get(n);
                for (int p = 0; p < v.parents.length; p++) {
                    v.parents[p].grad += v.localGrads[p] * v.grad;
                }
            }
        }

        private static void topo(Value v, Set<Value> seen, List<Value> order) {
            if (seen.add(v)) {
                for (Value p : v.parents) {
                    topo(p, seen, order);
                }
                order.add(v);
            }
        }
    }

    /** An activation computed from first principles (exp/tanh), with its own derivative. */
    static Value activate(Value net, String activation, double k) {
        double a = net.data;
        switch (activation) {
            case "sigmoid": {
                double y = 1 / (1 + Math.exp(-k * a));
                double dy = k * Math.exp(-k * a) / Math.pow(1 + Math.exp(-k * a), 2);
                return net.map(y, dy);
            }
            case "tanh": {
                double c = Math.cosh(a);
                return net.map(Math.tanh(a), 1 / (c * c));
            }
            case "relu":
                return net.map(Math.max(0, a), a > 0 ? 1 : 0);
            case "linear":
                return net.map(a, 1);
            default:
                throw new IllegalArgumentException(activation);
        }
    }

    /**
     * Leaves for weights[l][j][i] and biases[l][j], each unit's net input and output node, and the loss
     * node built from them (after {@code backward}, every node's grad is ∂E/∂node).
     */
    public record Graph(Value[][][] weights, Value[][] biases, Value[][] nets, Value[][] outs, Value loss) {
        /** The slope g′ the activation of unit j of layer l applied: its node's local derivative. */
        public double derivative(int l, int j) {
            return outs[l][j].localGrads[0];
        }
    }

    public static Graph build(double[][][] w, double[][] b, String[] activations, double k, double[] x, double[] d) {
        Value[][][] wv = new Value[w.length][][];
        Value[][] bv = new Value[w.length][];
        Value[][] nets = new Value[w.length][];
        Value[][] outs = new Value[w.length][];
        List<Value> signal = new ArrayList<>();
        for (double xi : x) {
            signal.add(Value.leaf(xi));
        }
        for (int l = 0; l < w.length; l++) {
            wv[l] = new Value[w[l].length][];
            bv[l] = new Value[w[l].length];
            nets[l] = new Value[w[l].length];
            outs[l] = new Value[w[l].length];
            List<Value> next = new ArrayList<>();
            for (int j = 0; j < w[l].length; j++) {
                bv[l][j] = Value.leaf(b[l][j]);
                wv[l][j] = new Value[w[l][j].length];
                Value net = bv[l][j];
                for (int i = 0; i < w[l][j].length; i++) {
                    wv[l][j][i] = Value.leaf(w[l][j][i]);
                    net = net.plus(wv[l][j][i].times(signal.get(i)));
                }
                nets[l][j] = net;
                outs[l][j] = activate(net, activations[l], k);
                next.add(outs[l][j]);
            }
            signal = next;
        }
        Value loss = Value.leaf(0);
        for (int q = 0; q < d.length; q++) {
            Value e = Value.leaf(d[q]).plus(signal.get(q).times(-1));
            loss = loss.plus(e.times(e).times(0.5));
        }
        loss.backward();
        return new Graph(wv, bv, nets, outs, loss);
    }

    private ScalarGraph() {
    }
}
