package lab.backprop.notation;

import java.util.ArrayList;
import java.util.List;

/**
 * Every formula (TeX) that captions a table or heads its columns: the lesson tables, the worksheet's
 * blank tables, the given network and the delta-rule and sigmoid tables. One place, so that the
 * letters a page uses can be read, checked and changed together.
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

    /** The defining formula of quantity q in layer l (counted from 0 above the input) of this role. */
    public static String of(Quantity q, Role role, int l) {
        String net = role.net();
        String w = role.weights();
        String d = delta(role);
        String in = Symbols.input(l);
        return switch (q) {
            case NET -> net + "_j = \\sum_i " + w + "_{ji}\\," + in + "_i + " + w + "_{j0}";
            case OUT -> out(role);
            case DERIVATIVE -> "g'(" + net + "_j)";
            case DELTA -> role == Role.OUTPUT ? "\\Delta_j = (d_j - y_j)\\,g'(a_j)"
                    : "\\delta_j = g'(u_j) \\sum_k w_{kj}\\,\\Delta_k";
            case GRAD_WEIGHTS -> gradient(role, l);
            case GRAD_BIASES -> "\\frac{\\partial E}{\\partial " + w + "_{j0}} = -" + d + "_j";
            case WEIGHT_UPDATES -> "\\Delta " + w + "_{ji} = \\eta\\," + d + "_j\\," + in + "_i";
            case BIAS_UPDATES -> "\\Delta " + w + "_{j0} = \\eta\\," + d + "_j";
            case NEW_WEIGHTS -> newWeights(role);
            case NEW_BIASES -> w + "_{j0}(t+1) = " + w + "_{j0}(t) + \\Delta " + w + "_{j0}";
        };
    }

    /** The net input of a lesson table: u_j = Σ_i v_ji x_i or a_j = Σ_i w_ji z_i. */
    public static String net(Role role, int l) {
        return role.net() + "_j = \\sum_i " + role.weights() + "_{ji}\\," + Symbols.input(l) + "_i";
    }

    /** The output of a unit: z_j = g(u_j) or y_j = g(a_j). */
    public static String out(Role role) {
        return role.out() + "_j = g(" + role.net() + "_j)";
    }

    /** The column of a one-column table of the quantity with this symbol (u_j, z_j, ...). */
    public static String column(String symbol) {
        return symbol + "_j";
    }

    /** The error signal of a lesson table: Δ at the output, δ in a hidden layer. */
    public static String errorSignal(Role role) {
        return role == Role.OUTPUT ? "\\Delta_k = g'(a_k)\\,(d_k - y_k)" : "\\delta_j = g'(u_j) \\sum_k w_{kj}\\,\\Delta_k";
    }

    /** The columns of the error-signal table: g′, what it scales, the signal. */
    public static List<String> errorSignalColumns(Role role) {
        return role == Role.OUTPUT ? List.of("g'(a_k)", "d_k - y_k", "\\Delta_k")
                : List.of("g'(u_j)", "\\sum_k w_{kj}\\,\\Delta_k", "\\delta_j");
    }

    /** ∂E/∂w = −Δ·z or ∂E/∂v = −δ·x. */
    public static String gradient(Role role, int l) {
        return "\\frac{\\partial E}{\\partial " + role.weights() + "_{ji}} = -" + delta(role) + "_j\\,"
                + Symbols.input(l) + "_i";
    }

    /** A weight change written as the lecture's three factors: error × g′ × input (and responsibility). */
    public static String change(Role role, int l) {
        if (role == Role.OUTPUT) {
            return "\\Delta w_{kj} = \\underbrace{\\eta (d_k - y_k)}_{\\text{error}} \\cdot \\underbrace{g'(a_k)}_{g'}"
                    + " \\cdot \\underbrace{z_j}_{\\text{input}}";
        }
        return "\\Delta " + role.weights() + "_{ji} = \\underbrace{\\eta\\, g'(u_j)}_{g'} \\cdot \\underbrace{"
                + Symbols.input(l) + "_i}_{\\text{input}} \\cdot \\underbrace{\\textstyle\\sum_k w_{kj} \\Delta_k}"
                + "_{\\text{responsibility}}";
    }

    /** w(t+1) = w(t) + Δw. */
    public static String newWeights(Role role) {
        String w = role.weights();
        return w + "_{ji}(t+1) = " + w + "_{ji}(t) + \\Delta " + w + "_{ji}";
    }

    /** The weights at time t of a given network and the layer's activation. */
    public static String givenWeights(Role role, String activation) {
        return role.weights() + "_{ji}(t),\\ g = \\text{" + activation + "}";
    }

    /** The columns of a weight table: the bias input (x₀ = 1 or z₀ = 1), then each input unit. */
    public static List<String> inputColumns(int l, int inputs) {
        String in = Symbols.input(l);
        List<String> columns = new ArrayList<>();
        columns.add(in + "_0 = 1");
        for (int i = 0; i < inputs; i++) {
            columns.add(in + "_{" + (i + 1) + "}");
        }
        return columns;
    }

    /** The delta rule's captions: its output and error, the change Δw and the new weights, its loss. */
    public static final class DeltaRule {
        public static final String OUTPUT = "y_j = g\\Big(\\sum_i w_{ji}\\, x_i\\Big), \\quad t_j - y_j";
        public static final List<String> OUTPUT_COLUMNS = List.of("\\sum_i w_{ji} x_i", "y_j", "t_j - y_j");
        public static final String CHANGE = "\\Delta w_{ji} = \\eta\\,(t_j - y_j)\\,x_i";
        public static final String NEW_WEIGHTS = "w_{ji}(t+1) = w_{ji}(t) + \\Delta w_{ji}";
        public static final String LOSS = "E = \\tfrac{1}{2}\\sum_j (t_j - y_j)^2";

        private DeltaRule() {
        }
    }

    private static String delta(Role role) {
        return role == Role.OUTPUT ? "\\Delta" : "\\delta";
    }
}
