package lab.backprop.exercises;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lab.backprop.engine.Activation;
import lab.backprop.engine.Layer;
import lab.backprop.engine.Network;
import lab.backprop.notation.Quantity;
import lab.backprop.problem.InvalidInput;

/** Reads the text of a {@link Measure} (see there for the forms), checking every index against the network. */
final class MeasureParser {
    private static final String NUMBER = "(-?\\d{1,6}(?:\\.\\d{1,12})?)";
    private static final String INDEX = "\\[(\\d{1,2})]";
    private static final Pattern CELL = Pattern.compile("layers" + INDEX + "\\.([A-Za-z]+)" + INDEX + "(?:" + INDEX + ")?");
    private static final String WEIGHT = "layers" + INDEX + "\\.(weights|biases)" + INDEX + "(?:" + INDEX + ")?";
    private static final Pattern STEPS = Pattern.compile("lossAfterSteps\\((\\d{1,2})\\)");
    private static final Pattern NUDGE = Pattern.compile("(lossNudged|centralDifference)\\(\\s*" + WEIGHT
            + "\\s*,\\s*" + NUMBER + "\\s*\\)");
    private static final Pattern DERIVATIVE = Pattern.compile("derivative\\(\\s*([a-z]+)\\s*,\\s*" + NUMBER
            + "\\s*(?:,\\s*" + NUMBER + "\\s*)?\\)");
    static final int MAX_STEPS = 20;
    static final String FORMS = "loss, lossAfter, layers[N].<quantity>[j] (or [j][i]), lossAfterSteps(n),"
            + " lossNudged(layers[N].weights[j][i], ε), centralDifference(layers[N].weights[j][i], ε) or"
            + " derivative(sigmoid, a, k)";

    private MeasureParser() {
    }

    static Measure parse(String text, Network network, String path) {
        if (text.equals("loss") || text.equals("lossAfter")) {
            return new Measure.Loss(text.equals("lossAfter"));
        }
        Matcher m;
        if ((m = CELL.matcher(text)).matches()) {
            return cell(m, text, network, path);
        }
        if ((m = STEPS.matcher(text)).matches()) {
            int n = Integer.parseInt(m.group(1));
            if (n < 1 || n > MAX_STEPS) {
                throw new InvalidInput(path, path + ": lossAfterSteps takes 1 to " + MAX_STEPS + " steps, got " + n);
            }
            return new Measure.LossAfterSteps(n);
        }
        if ((m = NUDGE.matcher(text)).matches()) {
            Measure.Weight w = weight(m, network, path);
            double epsilon = Double.parseDouble(m.group(6));
            if (epsilon == 0 || Math.abs(epsilon) > 1) {
                throw new InvalidInput(path, path + ": ε must be a number other than 0 from −1 to 1, got " + m.group(6));
            }
            return m.group(1).equals("lossNudged") ? new Measure.LossNudged(w, epsilon)
                    : new Measure.CentralDifference(w, Math.abs(epsilon));
        }
        if ((m = DERIVATIVE.matcher(text)).matches()) {
            String id = m.group(1);
            Activation g = Activation.byId(id).orElseThrow(() -> new InvalidInput(path, path
                    + ": no activation '" + id + "'; expected sigmoid, tanh, relu or linear"));
            double k = m.group(3) == null ? 1 : Double.parseDouble(m.group(3));
            if (k <= 0 || k > 100) {
                throw new InvalidInput(path, path + ": the slope k must be greater than 0 and at most 100");
            }
            return new Measure.Derivative(g, Double.parseDouble(m.group(2)), k);
        }
        throw new InvalidInput(path, path + " is '" + abbreviate(text) + "', expected one of " + FORMS);
    }

    private static Measure cell(Matcher m, String text, Network network, String path) {
        int l = layer(m.group(1), network, path);
        Quantity q = Quantity.byKey(m.group(2)).orElseThrow(() -> new InvalidInput(path, path + ": '" + m.group(2)
                + "' is not a quantity (net, out, derivative, delta, gradWeights, gradBiases, weightUpdates,"
                + " biasUpdates, newWeights, newBiases)"));
        Layer layer = network.layers().get(l);
        int j = index(m.group(3), layer.size(), "unit", path);
        if (q.isMatrix() != (m.group(4) != null)) {
            throw new InvalidInput(path, path + ": '" + text + "' needs " + (q.isMatrix() ? "two indices [j][i]"
                    : "one index [j]"));
        }
        int i = q.isMatrix() ? index(m.group(4), layer.inputSize(), "input", path) : 0;
        return new Measure.Cell(l, q, j, i);
    }

    private static Measure.Weight weight(Matcher m, Network network, String path) {
        int l = layer(m.group(2), network, path);
        Layer layer = network.layers().get(l);
        boolean bias = m.group(3).equals("biases");
        if (bias == (m.group(5) != null)) {
            throw new InvalidInput(path, path + ": " + (bias ? "biases[j] takes one index" : "weights[j][i] takes two"));
        }
        int j = index(m.group(4), layer.size(), "unit", path);
        int i = bias ? -1 : index(m.group(5), layer.inputSize(), "input", path);
        return new Measure.Weight(l, j, i);
    }

    private static int layer(String digits, Network network, String path) {
        int l = Integer.parseInt(digits);
        if (l >= network.layers().size()) {
            throw new InvalidInput(path, path + " names layers[" + l + "], but the network's non-input layers are"
                    + " numbered 0 to " + (network.layers().size() - 1));
        }
        return l;
    }

    private static int index(String digits, int size, String what, String path) {
        int n = Integer.parseInt(digits);
        if (n >= size) {
            throw new InvalidInput(path, path + ": " + what + " index " + n + " is beyond the layer (0 to "
                    + (size - 1) + ")");
        }
        return n;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
