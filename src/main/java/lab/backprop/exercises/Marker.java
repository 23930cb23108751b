package lab.backprop.exercises;

import java.util.ArrayList;
import java.util.List;
import lab.backprop.engine.Activation;
import lab.backprop.engine.Backprop;
import lab.backprop.engine.Formulas;
import lab.backprop.engine.Layer;
import lab.backprop.engine.LayerTrace;
import lab.backprop.engine.Matrix;
import lab.backprop.engine.Network;
import lab.backprop.engine.StepTrace;
import lab.backprop.engine.Vec;
import lab.backprop.i18n.Lang;
import lab.backprop.notation.Quantity;
import lab.backprop.notation.Role;
import lab.backprop.notation.Symbols;
import lab.backprop.problem.Problem;

/**
 * Marks a student's answers to one learning step, with follow-through credit. It walks the step in
 * the order a student computes it — forward through every layer (net, out, g′), the loss, then back
 * from the output (δ or Δ, gradients, updates, new weights), then the loss after the step — and
 * recomputes each quantity from the student's own values of its inputs (their answer where given,
 * else the recomputation, down to the problem's data): net from the outs below, out from net, g′ from
 * out (net for relu), Δ from y and g′, δ from g′ and the Δs above with the weights at time t,
 * gradients and updates from δ and the input, new weights from the updates, E(t+1) from the new
 * weights. {@link Judge} then marks each cell against the truth and that recomputation.
 */
public final class Marker {
    private final Problem problem;
    private final Network network;
    private final Vec x;
    private final Vec d;
    private final double eta;
    private final double k;
    private final StepTrace truth;
    private final Answers answers;
    private final Judge judge;
    private final Ledger[][] sheet;
    private final List<Question> questions;
    private Ledger loss;
    private Ledger lossAfter;

    private Marker(Problem problem, StepTrace truth, List<Question> questions, Answers answers, Judge judge) {
        this.problem = problem;
        this.questions = questions;
        this.network = problem.network();
        this.x = problem.input();
        this.d = problem.target();
        this.eta = problem.learningRate();
        this.k = network.slope();
        this.truth = truth;
        this.answers = answers;
        this.judge = judge;
        this.sheet = new Ledger[network.layers().size()][Quantity.values().length];
    }

    /**
     * Every asked cell of {@code answers} marked against {@code truth}, the step of {@code problem}
     * (computed once by the caller, {@link Problem#step}, and shared with whatever else shows it).
     */
    public static Marking mark(Problem problem, StepTrace truth, Answers answers, Tolerance tolerance,
                               Lang language) {
        return mark(problem, truth, List.of(), answers, tolerance, language);
    }

    /** Like {@link #mark(Problem, StepTrace, Answers, Tolerance, Lang)}, and the answers to {@code questions} too. */
    public static Marking mark(Problem problem, StepTrace truth, List<Question> questions, Answers answers,
                               Tolerance tolerance, Lang language) {
        return new Marker(problem, truth, questions, answers, new Judge(tolerance, language)).run();
    }

    /** An exercise's tables and questions marked with its tolerance. */
    public static Marking mark(Exercise e, StepTrace truth, Answers answers, Lang language) {
        return mark(e.problem(), truth, e.questions(), answers, e.tolerance(), language);
    }

    private Marking run() {
        int last = network.layers().size() - 1;
        for (int l = 0; l <= last; l++) {
            forward(l);
        }
        markLoss();
        for (int l = last; l >= 0; l--) {
            Deltas.mark(this, l);
            Updates.mark(this, l);
        }
        markLossAfter();
        List<Cell> cells = new ArrayList<>(loss.cells());
        for (Ledger[] layer : sheet) {
            for (Ledger q : layer) {
                cells.addAll(q.cells());
            }
        }
        cells.addAll(lossAfter.cells());
        cells.addAll(QuestionMarks.mark(this, questions));
        return Marking.of(cells);
    }

    private void forward(int l) {
        Layer layer = layer(l);
        LayerTrace t = trace(l);
        Activation g = layer.activation();
        Ledger net = open(l, Quantity.NET);
        Matrix transposed = Mistake.transposed(layer.weights());
        Vec in = Vec.generate(layer.inputSize(), i -> input(l, i));
        boolean inputsTainted = false;
        for (int i = 0; i < layer.inputSize(); i++) {
            inputsTainted |= inputTainted(l, i);
        }
        for (int j = 0; j < layer.size(); j++) {
            net.enter(j, 0, t.net().get(j), Formulas.netInput(layer.weights(), layer.biases(), in, j), inputsTainted,
                    new Mistake(Diagnosis.MISSING_BIAS, Formulas.weightedSum(layer.weights(), in, j)),
                    new Mistake(Diagnosis.SWAPPED_INDICES, transposed == null ? Double.NaN
                            : Formulas.netInput(transposed, layer.biases(), in, j)));
        }
        Ledger out = open(l, Quantity.OUT);
        for (int j = 0; j < layer.size(); j++) {
            double a = net.value(j, 0);
            out.enter(j, 0, t.out().get(j), g.apply(a, k), net.tainted(j, 0),
                    new Mistake(Diagnosis.MISSING_SLOPE, g.apply(a, 1)));
        }
        Ledger der = open(l, Quantity.DERIVATIVE);
        for (int j = 0; j < layer.size(); j++) {
            double a = net.value(j, 0);
            double y = out.value(j, 0);
            boolean up = switch (g) {
                case SIGMOID, TANH -> out.tainted(j, 0);
                case RELU -> net.tainted(j, 0);
                case LINEAR -> false;
            };
            der.enter(j, 0, t.derivative().get(j), g.derivative(a, y, k), up,
                    new Mistake(Diagnosis.MISSING_SLOPE, g.derivative(a, y, 1)),
                    new Mistake(Diagnosis.DERIVATIVE_AT_OUTPUT, Mistake.derivativeAtOutput(g, y, k)));
        }
    }

    private void markLoss() {
        int last = network.layers().size() - 1;
        Ledger y = sheet[last][Quantity.OUT.ordinal()];
        loss = new Ledger(null, 1, 1, answers.loss(), scalar("loss", Symbols.LOSS), judge);
        loss.enter(0, 0, truth.loss(), Formulas.loss(y.column(0), d), y.anyTainted());
    }

    private void markLossAfter() {
        List<Layer> next = new ArrayList<>();
        boolean up = false;
        for (int l = 0; l < network.layers().size(); l++) {
            Ledger w = ledger(l, Quantity.NEW_WEIGHTS);
            Ledger b = ledger(l, Quantity.NEW_BIASES);
            Layer layer = layer(l);
            next.add(new Layer(Matrix.generate(layer.size(), layer.inputSize(), w::value),
                    Vec.generate(layer.size(), j -> b.value(j, 0)), layer.activation()));
            up |= w.anyTainted() || b.anyTainted();
        }
        Vec yAfter = Backprop.forward(new Network(next, k), x).output();
        lossAfter = new Ledger(null, 1, 1, answers.lossAfter(), scalar("lossAfter", Symbols.LOSS_AFTER),
                judge);
        lossAfter.enter(0, 0, truth.lossAfter(), Formulas.loss(yAfter, d), up);
    }

    /** Starts the ledger of quantity q in layer l, shaped like the true quantity. */
    Ledger open(int l, Quantity q) {
        Layer layer = layer(l);
        int columns = q.isMatrix() ? layer.inputSize() : 1;
        Role role = Role.of(l, network.layers().size());
        Ledger.Naming naming = new Ledger.Naming() {
            @Override
            public String path(int j, int i) {
                return "layers[" + l + "]." + q.key() + "[" + j + "]" + (q.isMatrix() ? "[" + i + "]" : "");
            }

            @Override
            public String symbol(int j, int i) {
                return Symbols.of(q, role, j, i);
            }
        };
        Ledger ledger = new Ledger(q, layer.size(), columns, answers.get(l, q), naming, judge);
        sheet[l][q.ordinal()] = ledger;
        return ledger;
    }

    private static Ledger.Naming scalar(String path, String symbol) {
        return new Ledger.Naming() {
            @Override
            public String path(int j, int i) {
                return path;
            }

            @Override
            public String symbol(int j, int i) {
                return symbol;
            }
        };
    }

    /** The ledger of the loss before (false) or after (true) the step. */
    Ledger lossLedger(boolean after) {
        return after ? lossAfter : loss;
    }

    Problem problem() {
        return problem;
    }

    StepTrace truth() {
        return truth;
    }

    Answers answers() {
        return answers;
    }

    Judge judge() {
        return judge;
    }

    Ledger ledger(int l, Quantity q) {
        return sheet[l][q.ordinal()];
    }

    /** The student's value of input i of layer l: x_i, or their out of the layer below. */
    double input(int l, int i) {
        return l == 0 ? x.get(i) : ledger(l - 1, Quantity.OUT).value(i, 0);
    }

    boolean inputTainted(int l, int i) {
        return l > 0 && ledger(l - 1, Quantity.OUT).tainted(i, 0);
    }

    Layer layer(int l) {
        return network.layers().get(l);
    }

    LayerTrace trace(int l) {
        return truth.layers().get(l);
    }

    boolean isOutput(int l) {
        return l == network.layers().size() - 1;
    }

    double target(int j) {
        return d.get(j);
    }

    double slope() {
        return k;
    }

    double learningRate() {
        return eta;
    }
}
