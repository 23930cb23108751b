package lab.backprop.notation;

import java.util.ArrayList;
import java.util.List;

/**
 * Every formula (TeX) that captions a table or heads its columns: the lesson tables, the worksheet's
 * blank tables, the given network and the delta-rule and sigmoid tables. Each is written in the
 * layer's own symbols and {@link Letters}, so one page never gives one letter two roles. Layers are
 * counted from 0 above the input, in a network of {@code layers} non-input layers.
 */
public final class Captions {
    /** The loss of a step, E = ½ Σ (d − y)². */
    public static final String LOSS = "E = \\tfrac{1}{2} \\sum_k (d_k - y_k)^2";
    /** The columns of the loss table. */
    public static final List<String> LOSS_COLUMNS =
            List.of("d_k", "y_k", "d_k - y_k", "\\tfrac{1}{2}(d_k - y_k)^2");
    /** The loss after the update. */
    public static final String LOSS_AFTER = "E(t+1)";
    /** The example and the constants of a problem. */
    public static final String GIVEN = "x,\\ d,\\ \\eta,\\ k";
    /** The column of the given values. */
    public static final String GIVEN_COLUMN = "\\text{value}";
    /** The sigmoid with slope k and its derivative. */
    public static final String SIGMOID = "g(a) = \\frac{1}{1 + e^{-ka}}, \\quad g'(a) = k\\, g(a)\\,(1 - g(a))";

    private Captions() {
    }

    /** The defining formula of quantity q in layer l. */
    public static String of(Quantity q, int l, int layers) {
        At a = new At(l, layers);
        return switch (q) {
            case NET -> net(l, layers);
            case OUT -> out(l, layers);
            case DERIVATIVE -> "g'(" + a.net() + ")";
            case DELTA -> errorSignal(l, layers);
            case GRAD_WEIGHTS -> gradient(l, layers);
            case GRAD_BIASES -> "\\frac{\\partial E}{\\partial " + a.bias() + "} = -" + a.delta();
            case WEIGHT_UPDATES -> "\\Delta " + a.weight() + " = \\eta\\," + a.delta() + "\\," + a.input();
            case BIAS_UPDATES -> "\\Delta " + a.bias() + " = \\eta\\," + a.delta();
            case NEW_WEIGHTS -> newWeights(l, layers);
            case NEW_BIASES -> a.bias() + "(t+1) = " + a.bias() + "(t) + \\Delta " + a.bias();
        };
    }

    /** The net input with its bias: u_j = Σ_i v_ji x_i + v_j0, a_k = Σ_j w_kj z_j + w_k0. */
    public static String net(int l, int layers) {
        At a = new At(l, layers);
        return a.net() + " = \\sum_" + a.in + " " + a.weight() + "\\," + a.input() + " + " + a.bias();
    }

    /** The output of a unit: z_j = g(u_j), y_k = g(a_k). */
    public static String out(int l, int layers) {
        At a = new At(l, layers);
        return a.out() + " = g(" + a.net() + ")";
    }

    /** The column of a one-column table of layer l's quantity with this symbol (u_j, z_j, a_k, y_k). */
    public static String column(String symbol, int l, int layers) {
        return symbol + "_" + Letters.unit(l, layers);
    }

    /** The error signal: Δ_k = (d_k − y_k) g′(a_k) at the output, δ_j = g′(u_j) Σ_k w_kj Δ_k below. */
    public static String errorSignal(int l, int layers) {
        At a = new At(l, layers);
        return a.output() ? "\\Delta_k = (d_k - y_k)\\,g'(a_k)"
                : a.delta() + " = g'(" + a.net() + ") " + sum(l, layers);
    }

    /** The columns of the error-signal table: g′, what it scales, the signal. */
    public static List<String> errorSignalColumns(int l, int layers) {
        At a = new At(l, layers);
        return List.of("g'(" + a.net() + ")", a.output() ? "d_k - y_k" : sum(l, layers), a.delta());
    }

    /** ∂E/∂w_kj = −Δ_k z_j, ∂E/∂v_ji = −δ_j x_i. */
    public static String gradient(int l, int layers) {
        At a = new At(l, layers);
        return "\\frac{\\partial E}{\\partial " + a.weight() + "} = -" + a.delta() + "\\," + a.input();
    }

    /** A weight change written as the lecture's factors: error × g′ × input, or g′ × input × responsibility. */
    public static String change(int l, int layers) {
        At a = new At(l, layers);
        if (a.output()) {
            return "\\Delta " + a.weight() + " = \\underbrace{\\eta (d_k - y_k)}_{\\text{error}} \\cdot "
                    + "\\underbrace{g'(a_k)}_{g'} \\cdot \\underbrace{" + a.input() + "}_{\\text{input}}";
        }
        return "\\Delta " + a.weight() + " = \\underbrace{\\eta\\, g'(" + a.net() + ")}_{g'} \\cdot \\underbrace{"
                + a.input() + "}_{\\text{input}} \\cdot \\underbrace{\\textstyle" + sum(l, layers)
                + "}_{\\text{responsibility}}";
    }

    /** w_kj(t+1) = w_kj(t) + Δw_kj. */
    public static String newWeights(int l, int layers) {
        String w = new At(l, layers).weight();
        return w + "(t+1) = " + w + "(t) + \\Delta " + w;
    }

    /** The weights at time t of a given network and the layer's activation. */
    public static String givenWeights(int l, int layers, String activation) {
        return new At(l, layers).weight() + "(t),\\ g = \\text{" + activation + "}";
    }

    /** The columns of a weight table: the bias input (x₀ = 1 or z₀ = 1), then each input unit by number. */
    public static List<String> inputColumns(int l, int inputs) {
        String in = Symbols.input(l);
        List<String> columns = new ArrayList<>();
        columns.add(in + "_0 = 1");
        for (int i = 0; i < inputs; i++) {
            columns.add(in + "_{" + (i + 1) + "}");
        }
        return columns;
    }

    /** The delta rule's captions (one layer: inputs i, outputs k, target t): y, error, change, new w, E. */
    public static final class DeltaRule {
        public static final String OUTPUT = "y_k = g\\Big(\\sum_i w_{ki}\\, x_i\\Big), \\quad t_k - y_k";
        public static final List<String> OUTPUT_COLUMNS = List.of("\\sum_i w_{ki} x_i", "y_k", "t_k - y_k");
        public static final String CHANGE = "\\Delta w_{ki} = \\eta\\,(t_k - y_k)\\,x_i";
        public static final String NEW_WEIGHTS = "w_{ki}(t+1) = w_{ki}(t) + \\Delta w_{ki}";
        public static final String LOSS = "E = \\tfrac{1}{2}\\sum_k (t_k - y_k)^2";

        private DeltaRule() {
        }
    }

    /** Σ_k w_kj Δ_k: what layer l's unit gets back from the layer above, through the weights at time t. */
    private static String sum(int l, int layers) {
        At above = new At(l + 1, layers);
        String me = Letters.unit(l, layers);
        return "\\sum_" + above.me + " " + above.role.weights() + "_{" + above.me + me + "}\\," + above.delta();
    }

    /** Layer l's symbols and letters. */
    private record At(Role role, String me, String in, String inputSymbol) {
        At(int l, int layers) {
            this(Role.of(l, layers), Letters.unit(l, layers), Letters.below(l, layers), Symbols.input(l));
        }

        boolean output() {
            return role == Role.OUTPUT;
        }

        String net() {
            return role.net() + "_" + me;
        }

        String out() {
            return role.out() + "_" + me;
        }

        String delta() {
            return (output() ? "\\Delta" : "\\delta") + "_" + me;
        }

        String weight() {
            return role.weights() + "_{" + me + in + "}";
        }

        String bias() {
            return role.weights() + "_{" + me + "0}";
        }

        String input() {
            return inputSymbol + "_" + in;
        }
    }
}
