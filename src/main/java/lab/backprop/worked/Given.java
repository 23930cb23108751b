package lab.backprop.worked;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lab.backprop.engine.Activation;
import lab.backprop.engine.Layer;
import lab.backprop.engine.Matrix;
import lab.backprop.engine.Vec;
import lab.backprop.notation.Letters;
import lab.backprop.notation.Role;
import lab.backprop.problem.Problem;

/**
 * What a worked step starts from, as TeX formulas for the LaTeX and Markdown handouts: the example
 * (x, d), η and k, then each layer's weights and biases at time t as the lecture writes them
 * (v_{ji}(t), v_{j0}(t), w_{kj}(t), w_{k0}(t)) and its activation.
 */
final class Given {
    private Given() {
    }

    static List<String> formulas(Problem p, int decimals) {
        List<String> given = new ArrayList<>();
        int count = p.network().layers().size();
        String example = "x = " + tuple(p.input(), decimals) + ",\\quad d = " + tuple(p.target(), decimals)
                + ",\\quad \\eta = " + number(p.learningRate(), decimals);
        boolean sigmoid = p.network().layers().stream().anyMatch(l -> l.activation() == Activation.SIGMOID);
        given.add(sigmoid ? example + ",\\quad k = " + number(p.network().slope(), decimals) : example);
        for (int l = 0; l < count; l++) {
            Layer layer = p.network().layers().get(l);
            Role r = Role.of(l, count);
            String me = Letters.unit(l, count);
            given.add(r.weights() + "_{" + me + Letters.below(l, count) + "}(t) = " + matrix(layer.weights(), decimals)
                    + ",\\quad " + r.weights() + "_{" + me + "0}(t) = " + tuple(layer.biases(), decimals)
                    + ",\\quad " + r.out() + "_" + me + " = g(" + r.net() + "_" + me + "),\\ g = \\text{"
                    + layer.activation().id() + "}");
        }
        return given;
    }

    private static String matrix(Matrix m, int decimals) {
        StringBuilder rows = new StringBuilder("\\begin{pmatrix}");
        for (int j = 0; j < m.rows(); j++) {
            for (int i = 0; i < m.columns(); i++) {
                rows.append(i == 0 ? "" : " & ").append(number(m.get(j, i), decimals));
            }
            rows.append(j + 1 < m.rows() ? " \\\\ " : "");
        }
        return rows.append("\\end{pmatrix}").toString();
    }

    private static String tuple(Vec v, int decimals) {
        List<String> numbers = new ArrayList<>();
        for (double x : v.toArray()) {
            numbers.add(number(x, decimals));
        }
        return "(" + String.join(", ", numbers) + ")";
    }

    static String number(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
