package lab.backprop.worked;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lab.backprop.engine.LayerTrace;
import lab.backprop.engine.Network;
import lab.backprop.engine.StepTrace;
import lab.backprop.notation.Letters;
import lab.backprop.notation.Role;
import lab.backprop.notation.Symbols;
import lab.backprop.problem.Problem;

/**
 * A step worked out in full: every formula with the numbers plugged in, in the order of the lecture
 * (feed-forward layer by layer, E, Δ at the output, δ below, then each update and new weight, E(t+1)).
 * Written once, in either {@link Script}: the answer key's page shows it in Unicode, the LaTeX and
 * Markdown downloads in TeX.
 */
public final class WorkedStep {
    /** One formula, read "sides[0] = sides[1] = …": the symbol, the formula, the numbers, the result. */
    public record Formula(List<String> sides) {
        public Formula {
            sides = List.copyOf(sides);
        }

        Formula(String... sides) {
            this(List.of(sides));
        }

        /** The formula as one line of text. */
        public String text() {
            return String.join(" = ", sides);
        }
    }

    /** A line of the solution: one formula, or two read together (a weight's change and its new value). */
    public record Line(List<Formula> formulas) {
        public Line {
            formulas = List.copyOf(formulas);
        }

        /** The line as one text, its formulas separated by semicolons. */
        public String text() {
            return String.join(";   ", formulas.stream().map(Formula::text).toList());
        }
    }

    /** One part of the solution: a message key for its heading, its layer symbol and its lines. */
    public record Part(String heading, String symbol, List<Line> lines) {
        public Part {
            lines = List.copyOf(lines);
        }
    }

    private final Network network;
    private final int decimals;
    private final Script s;

    private WorkedStep(Network network, int decimals, Script script) {
        this.network = network;
        this.decimals = decimals;
        this.s = script;
    }

    /** The worked step of this problem ({@code step} is its trace), numbers shown to {@code decimals} decimals. */
    public static List<Part> of(Problem problem, StepTrace step, int decimals, Script script) {
        return new WorkedStep(problem.network(), decimals, script).parts(step, problem.learningRate(),
                problem.network().slope());
    }

    private List<Part> parts(StepTrace step, double eta, double k) {
        List<Part> parts = new ArrayList<>();
        int last = step.layers().size() - 1;
        for (int l = 0; l <= last; l++) {
            parts.add(forward(step.layers().get(l), l, k));
        }
        parts.add(loss("solution.loss", Symbols.LOSS, step.target().toArray(), step.output().out().toArray(),
                step.loss()));
        for (int l = last; l >= 0; l--) {
            parts.add(errorSignal(step, l, k));
        }
        for (int l = last; l >= 0; l--) {
            parts.add(update(step.layers().get(l), l, eta));
        }
        parts.add(loss("solution.lossAfter", Symbols.LOSS_AFTER, step.target().toArray(), step.outAfter().toArray(),
                step.lossAfter()));
        return parts;
    }

    private Part forward(LayerTrace t, int l, double k) {
        Role r = role(l);
        String in = Symbols.input(l);
        List<Line> lines = new ArrayList<>();
        for (int j = 0; j < t.out().size(); j++) {
            StringBuilder sum = new StringBuilder(n(t.biases().get(j)));
            StringBuilder symbols = new StringBuilder(s.sub(r.weights(), j + 1, 0));
            for (int i = 0; i < t.input().size(); i++) {
                symbols.append(" + ").append(s.sub(r.weights(), j + 1, i + 1)).append(s.word("·"))
                        .append(s.sub(in, i + 1));
                sum.append(" + ").append(p(t.weights().get(j, i))).append(s.word("×")).append(p(t.input().get(i)));
            }
            String net = s.sub(r.net(), j + 1);
            lines.add(line(new Formula(net, symbols.toString(), sum.toString(), n(t.net().get(j)))));
            lines.add(line(new Formula(s.sub(r.out(), j + 1), "g(" + net + ")", activation(t, l, j, k),
                    n(t.out().get(j)))));
        }
        return new Part(r == Role.OUTPUT ? "solution.forwardOutput" : "solution.forwardHidden", r.out(), lines);
    }

    private String activation(LayerTrace t, int l, int j, double k) {
        String net = n(t.net().get(j));
        return switch (network.layers().get(l).activation()) {
            case SIGMOID -> s.sigmoid((k == 1 ? "" : n(k) + s.word("×")) + p(t.net().get(j)));
            case TANH -> s.function("tanh", net);
            case RELU -> s.function("max", "0, " + net);
            case LINEAR -> net;
        };
    }

    private Part loss(String heading, String symbol, double[] d, double[] y, double value) {
        StringBuilder terms = new StringBuilder();
        for (int q = 0; q < d.length; q++) {
            terms.append(q == 0 ? "" : " + ").append("(").append(n(d[q])).append(s.word(" − ")).append(n(y[q]))
                    .append(")").append(s.word("²"));
        }
        String definition = s.word("½") + " " + s.sum("k") + "(" + s.sub("d", "k") + s.word(" − ") + s.sub("y", "k")
                + ")" + s.word("²");
        return new Part(heading, symbol, List.of(line(new Formula(symbol, definition,
                s.word("½") + " [" + terms + "]", n(value)))));
    }

    private Part errorSignal(StepTrace step, int l, double k) {
        LayerTrace t = step.layers().get(l);
        Role r = role(l);
        boolean output = l == step.layers().size() - 1;
        String times = s.word(" × ");
        List<Line> lines = new ArrayList<>();
        for (int j = 0; j < t.out().size(); j++) {
            String net = s.sub(r.net(), j + 1);
            String out = s.sub(r.out(), j + 1);
            String y = n(t.out().get(j));
            String gPrime = s.gPrime(net);
            String derivative = n(t.derivative().get(j));
            lines.add(line(switch (network.layers().get(l).activation()) {
                case SIGMOID -> new Formula(gPrime, "k" + s.word("·") + out + "(1" + s.word(" − ") + out + ")",
                        n(k) + times + y + times + "(1" + s.word(" − ") + y + ")", derivative);
                case TANH -> new Formula(gPrime, "1" + s.word(" − ") + out + s.word("²"),
                        "1" + s.word(" − ") + y + s.word("²"), derivative);
                case RELU -> new Formula(gPrime, s.step(net), derivative);
                case LINEAR -> new Formula(gPrime, "1", derivative);
            }));
            String delta = s.sub(r.delta(), j + 1);
            if (output) {
                lines.add(line(new Formula(delta,
                        "(" + s.sub("d", j + 1) + s.word(" − ") + out + ")" + s.word("·") + gPrime,
                        "(" + n(step.target().get(j)) + s.word(" − ") + y + ")" + times + derivative,
                        n(t.delta().get(j)))));
            } else {
                LayerTrace above = step.layers().get(l + 1);
                StringBuilder sum = new StringBuilder();
                for (int q = 0; q < above.out().size(); q++) {
                    sum.append(q == 0 ? "" : " + ").append(p(above.weights().get(q, j))).append(s.word("×"))
                            .append(p(above.delta().get(q)));
                }
                String up = Letters.above(l, network.layers().size());
                String backSum = s.sum(up) + s.sub(role(l + 1).weights(), up, j + 1)
                        + (s == Script.TEX ? " " : "") + s.sub(role(l + 1).delta(), up);
                lines.add(line(new Formula(delta, gPrime + s.word("·") + backSum,
                        derivative + times + "(" + sum + ")", n(t.delta().get(j)))));
            }
        }
        return new Part(output ? "solution.outputDelta" : "solution.hiddenDelta", r.delta(), lines);
    }

    private Part update(LayerTrace t, int l, double eta) {
        Role r = role(l);
        String in = Symbols.input(l);
        String times = s.word(" × ");
        List<Line> lines = new ArrayList<>();
        for (int j = 0; j < t.out().size(); j++) {
            String delta = s.sub(r.delta(), j + 1);
            for (int i = 0; i <= t.input().size(); i++) {
                String w = s.sub(r.weights(), j + 1, i);
                String input = i == 0 ? "1" : s.sub(in, i);
                double x = i == 0 ? 1 : t.input().get(i - 1);
                double dw = i == 0 ? t.biasUpdates().get(j) : t.weightUpdates().get(j, i - 1);
                double old = i == 0 ? t.biases().get(j) : t.weights().get(j, i - 1);
                double now = i == 0 ? t.newBiases().get(j) : t.newWeights().get(j, i - 1);
                String dot = s.word("·");
                lines.add(new Line(List.of(
                        new Formula(s.change(w), s.word("η") + dot + delta + dot + input,
                                n(eta) + times + p(t.delta().get(j)) + times + p(x), n(dw)),
                        new Formula(w + "(t+1)", n(old) + " + " + p(dw), n(now)))));
            }
        }
        return new Part(r == Role.OUTPUT ? "solution.updateOutput" : "solution.updateHidden", r.weights(), lines);
    }

    private static Line line(Formula formula) {
        return new Line(List.of(formula));
    }

    private Role role(int l) {
        return Role.of(l, network.layers().size());
    }

    private String n(double v) {
        return s.number(String.format(Locale.ROOT, "%." + decimals + "f", v));
    }

    /** A number in a product, bracketed when negative. */
    private String p(double v) {
        return v < 0 ? "(" + n(v) + ")" : n(v);
    }
}
