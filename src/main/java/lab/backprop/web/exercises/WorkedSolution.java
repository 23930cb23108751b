package lab.backprop.web.exercises;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lab.backprop.engine.LayerTrace;
import lab.backprop.engine.Network;
import lab.backprop.engine.StepTrace;
import lab.backprop.notation.Letters;
import lab.backprop.notation.Role;
import lab.backprop.notation.Subscripts;
import lab.backprop.notation.Symbols;
import lab.backprop.problem.Problem;

/**
 * A step worked out in full: every formula with the numbers plugged in, in the order of the lecture
 * (feed-forward layer by layer, E, Δ at the output, δ below, then each update and new weight).
 */
public final class WorkedSolution {
    /** One step of the solution: a message key for its heading, its layer symbol and its lines. */
    public record Step(String heading, String symbol, List<String> lines) {
    }

    private final int decimals;
    private final Network network;

    private WorkedSolution(Network network, int decimals) {
        this.network = network;
        this.decimals = decimals;
    }

    /** The worked step of this problem ({@code step} is its trace), numbers shown to {@code decimals} decimals. */
    public static List<Step> of(Problem problem, StepTrace step, int decimals) {
        return new WorkedSolution(problem.network(), decimals).steps(step, problem.learningRate(),
                problem.network().slope());
    }

    private List<Step> steps(StepTrace step, double eta, double k) {
        List<Step> steps = new ArrayList<>();
        int last = step.layers().size() - 1;
        for (int l = 0; l <= last; l++) {
            steps.add(forward(step.layers().get(l), l, k));
        }
        steps.add(loss("solution.loss", "E", step.target().toArray(), step.output().out().toArray(), step.loss()));
        for (int l = last; l >= 0; l--) {
            steps.add(errorSignal(step, l, k));
        }
        for (int l = last; l >= 0; l--) {
            steps.add(update(step.layers().get(l), l, eta));
        }
        steps.add(loss("solution.lossAfter", "E(t+1)", step.target().toArray(), step.outAfter().toArray(),
                step.lossAfter()));
        return steps;
    }

    private Step forward(LayerTrace t, int l, double k) {
        Role r = role(l);
        String in = Symbols.input(l);
        List<String> lines = new ArrayList<>();
        for (int j = 0; j < t.out().size(); j++) {
            StringBuilder sum = new StringBuilder(n(t.biases().get(j)));
            StringBuilder symbols = new StringBuilder(Subscripts.of(r.weights(), j + 1, 0));
            for (int i = 0; i < t.input().size(); i++) {
                symbols.append(" + ").append(Subscripts.of(r.weights(), j + 1, i + 1)).append("·")
                        .append(Subscripts.of(in, i + 1));
                sum.append(" + ").append(p(t.weights().get(j, i))).append("×").append(p(t.input().get(i)));
            }
            String net = Subscripts.of(r.net(), j + 1);
            lines.add(net + " = " + symbols + " = " + sum + " = " + n(t.net().get(j)));
            lines.add(Subscripts.of(r.out(), j + 1) + " = g(" + net + ") = " + activation(t, l, j, k) + " = "
                    + n(t.out().get(j)));
        }
        return new Step(r == Role.OUTPUT ? "solution.forwardOutput" : "solution.forwardHidden", r.out(), lines);
    }

    private String activation(LayerTrace t, int l, int j, double k) {
        String net = n(t.net().get(j));
        return switch (network.layers().get(l).activation()) {
            case SIGMOID -> "1 / (1 + e^(−" + (k == 1 ? "" : n(k) + "×") + p(t.net().get(j)) + "))";
            case TANH -> "tanh(" + net + ")";
            case RELU -> "max(0, " + net + ")";
            case LINEAR -> net;
        };
    }

    private Step loss(String heading, String symbol, double[] d, double[] y, double value) {
        StringBuilder terms = new StringBuilder();
        for (int q = 0; q < d.length; q++) {
            terms.append(q == 0 ? "" : " + ").append("(").append(n(d[q])).append(" − ").append(n(y[q])).append(")²");
        }
        return new Step(heading, symbol, List.of(symbol + " = ½ Σₖ (dₖ − yₖ)² = ½ [" + terms + "] = " + n(value)));
    }

    private Step errorSignal(StepTrace step, int l, double k) {
        LayerTrace t = step.layers().get(l);
        Role r = role(l);
        boolean output = l == step.layers().size() - 1;
        List<String> lines = new ArrayList<>();
        for (int j = 0; j < t.out().size(); j++) {
            String net = Subscripts.of(r.net(), j + 1);
            String out = Subscripts.of(r.out(), j + 1);
            double y = t.out().get(j);
            String gPrime = switch (network.layers().get(l).activation()) {
                case SIGMOID -> "k·" + out + "(1 − " + out + ") = " + n(k) + " × " + n(y) + " × (1 − " + n(y) + ")";
                case TANH -> "1 − " + out + "² = 1 − " + n(y) + "²";
                case RELU -> "(" + net + " > 0 ? 1 : 0)";
                case LINEAR -> "1";
            };
            lines.add("g′(" + net + ") = " + gPrime + " = " + n(t.derivative().get(j)));
            String delta = Subscripts.of(r.delta(), j + 1);
            if (output) {
                double d = step.target().get(j);
                lines.add(delta + " = (" + Subscripts.of("d", j + 1) + " − " + out + ")·g′(" + net + ") = ("
                        + n(d) + " − " + n(y) + ") × " + n(t.derivative().get(j)) + " = " + n(t.delta().get(j)));
            } else {
                LayerTrace above = step.layers().get(l + 1);
                StringBuilder sum = new StringBuilder();
                for (int q = 0; q < above.out().size(); q++) {
                    sum.append(q == 0 ? "" : " + ").append(p(above.weights().get(q, j))).append("×")
                            .append(p(above.delta().get(q)));
                }
                String up = Letters.subscript(Letters.above(l, network.layers().size()));
                String backSum = "Σ" + up + " " + role(l + 1).weights() + up + Subscripts.of("", j + 1)
                        + role(l + 1).delta() + up;
                lines.add(delta + " = g′(" + net + ")·" + backSum + " = " + n(t.derivative().get(j)) + " × (" + sum
                        + ") = " + n(t.delta().get(j)));
            }
        }
        return new Step(output ? "solution.outputDelta" : "solution.hiddenDelta", r.delta(), lines);
    }

    private Step update(LayerTrace t, int l, double eta) {
        Role r = role(l);
        String in = Symbols.input(l);
        List<String> lines = new ArrayList<>();
        for (int j = 0; j < t.out().size(); j++) {
            String delta = Subscripts.of(r.delta(), j + 1);
            for (int i = 0; i <= t.input().size(); i++) {
                String w = Subscripts.of(r.weights(), j + 1, i);
                String input = i == 0 ? "1" : Subscripts.of(in, i);
                double x = i == 0 ? 1 : t.input().get(i - 1);
                double dw = i == 0 ? t.biasUpdates().get(j) : t.weightUpdates().get(j, i - 1);
                double old = i == 0 ? t.biases().get(j) : t.weights().get(j, i - 1);
                double now = i == 0 ? t.newBiases().get(j) : t.newWeights().get(j, i - 1);
                lines.add("Δ" + w + " = η·" + delta + "·" + input + " = " + n(eta) + " × " + p(t.delta().get(j)) + " × "
                        + p(x) + " = " + n(dw) + ";   " + w + "(t+1) = " + n(old) + " + " + p(dw) + " = " + n(now));
            }
        }
        return new Step(r == Role.OUTPUT ? "solution.updateOutput" : "solution.updateHidden", r.weights(), lines);
    }

    private Role role(int l) {
        return Role.of(l, network.layers().size());
    }

    private String n(double v) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v).replace('-', '−');
    }

    /** A number in a product, bracketed when negative. */
    private String p(double v) {
        return v < 0 ? "(" + n(v) + ")" : n(v);
    }
}
