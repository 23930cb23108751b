package lab.backprop.engine;

import java.util.Arrays;
import java.util.Optional;

/**
 * The activation functions g a layer may use, each with its derivative g'. Only the sigmoid uses the
 * lecture's slope k: g(a) = 1 / (1 + e^(−k·a)) and g'(a) = k·y·(1 − y) with y = g(a).
 */
public enum Activation {
    SIGMOID("sigmoid") {
        @Override
        public double apply(double net, double k) {
            double s = k * net;
            // Two algebraically equal forms, each free of overflow on its own side of zero.
            if (s >= 0) {
                return 1.0 / (1.0 + Math.exp(-s));
            }
            double e = Math.exp(s);
            return e / (1.0 + e);
        }

        @Override
        public double derivative(double net, double out, double k) {
            return k * out * (1.0 - out);
        }
    },
    TANH("tanh") {
        @Override
        public double apply(double net, double k) {
            return Math.tanh(net);
        }

        @Override
        public double derivative(double net, double out, double k) {
            return 1.0 - out * out;
        }
    },
    RELU("relu") {
        @Override
        public double apply(double net, double k) {
            return net > 0 ? net : 0.0;
        }

        /** 1 for a positive net input, else 0 (the usual choice at the kink, net = 0). */
        @Override
        public double derivative(double net, double out, double k) {
            return net > 0 ? 1.0 : 0.0;
        }
    },
    LINEAR("linear") {
        @Override
        public double apply(double net, double k) {
            return net;
        }

        @Override
        public double derivative(double net, double out, double k) {
            return 1.0;
        }
    };

    private final String id;

    Activation(String id) {
        this.id = id;
    }

    /** The name used in JSON and content files: sigmoid, tanh, relu or linear. */
    public String id() {
        return id;
    }

    /** Whether the slope k changes this function (only the sigmoid's does). */
    public boolean usesSlope() {
        return this == SIGMOID;
    }

    /** g(net) for slope k. */
    public abstract double apply(double net, double k);

    /** g'(net), given also out = g(net) so the lecture's form k·y(1 − y) can be used. */
    public abstract double derivative(double net, double out, double k);

    /** The activation with this {@link #id()}, if any. */
    public static Optional<Activation> byId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }
}
