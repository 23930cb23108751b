package lab.backprop.web;

import lab.backprop.engine.Role;
import lab.backprop.exercises.Quantity;

/** The defining formula (TeX) of each quantity, in the layer's own symbols, for table captions. */
final class Captions {
    private Captions() {
    }

    static String of(Quantity q, Role role) {
        boolean out = role == Role.OUTPUT;
        String net = role.net();
        String o = role.out();
        String w = role.weights();
        String d = out ? "\\Delta" : "\\delta";
        String in = out ? "z" : "x";
        return switch (q) {
            case NET -> net + "_j = \\sum_i " + w + "_{ji}\\," + in + "_i + " + w + "_{j0}";
            case OUT -> o + "_j = g(" + net + "_j)";
            case DERIVATIVE -> "g'(" + net + "_j)";
            case DELTA -> out ? "\\Delta_j = (d_j - y_j)\\,g'(a_j)" : "\\delta_j = g'(u_j) \\sum_k w_{kj}\\,\\Delta_k";
            case GRAD_WEIGHTS -> "\\frac{\\partial E}{\\partial " + w + "_{ji}} = -" + d + "_j\\," + in + "_i";
            case GRAD_BIASES -> "\\frac{\\partial E}{\\partial " + w + "_{j0}} = -" + d + "_j";
            case WEIGHT_UPDATES -> "\\Delta " + w + "_{ji} = \\eta\\," + d + "_j\\," + in + "_i";
            case BIAS_UPDATES -> "\\Delta " + w + "_{j0} = \\eta\\," + d + "_j";
            case NEW_WEIGHTS -> w + "_{ji}(t+1) = " + w + "_{ji}(t) + \\Delta " + w + "_{ji}";
            case NEW_BIASES -> w + "_{j0}(t+1) = " + w + "_{j0}(t) + \\Delta " + w + "_{j0}";
        };
    }
}
