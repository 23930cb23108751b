package lab.backprop.exercises;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lab.backprop.engine.Activation;
import lab.backprop.engine.Backprop;
import lab.backprop.engine.Layer;
import lab.backprop.engine.Matrix;
import lab.backprop.engine.Network;
import lab.backprop.engine.StepTrace;
import lab.backprop.engine.Vec;
import lab.backprop.notation.Letters;
import lab.backprop.notation.Quantity;
import lab.backprop.notation.Role;
import lab.backprop.notation.Subscripts;
import lab.backprop.notation.Symbols;
import lab.backprop.problem.InvalidInput;
import lab.backprop.problem.Problem;

/**
 * A named quantity of an exercise, computed by the engine, never typed in by hand: what a question's
 * answer (or each of its choices) is. Written as text in an exercise file:
 *
 * <ul>
 *   <li>{@code loss}, {@code lossAfter}: E and E(t+1) of the step;
 *   <li>{@code layers[N].<quantity>[j]} or {@code [j][i]}: a cell of the step ({@code layers[0].delta[1]});
 *   <li>{@code lossAfterSteps(n)}: E(t+n), after n steps on the same example (1 to 20);
 *   <li>{@code lossNudged(layers[N].weights[j][i], ε)}: E with that weight (or {@code biases[j]}) moved
 *       by ε, everything else at time t;
 *   <li>{@code centralDifference(layers[N].weights[j][i], ε)}: (E₊ − E₋)/(2ε), the finite-difference
 *       estimate of ∂E/∂w;
 *   <li>{@code derivative(sigmoid, a, k)} (tanh, relu, linear without k): g′(a) by the engine.
 * </ul>
 */
public sealed interface Measure {
    /** Its value for this problem, whose step {@code truth} is already computed. */
    double value(Problem p, StepTrace truth);

    /** A short symbol for the answer box: E(t+2), δ₁, (E₊ − E₋)/2ε, g′(2; k = 2). */
    String symbol(Network network);

    /** E before or after the step. */
    record Loss(boolean after) implements Measure {
        @Override
        public double value(Problem p, StepTrace truth) {
            return after ? truth.lossAfter() : truth.loss();
        }

        @Override
        public String symbol(Network network) {
            return after ? Symbols.LOSS_AFTER : Symbols.LOSS;
        }
    }

    /** One cell of the step: quantity q of layer l, entry [j][i] (i = 0 for a vector). */
    record Cell(int l, Quantity q, int j, int i) implements Measure {
        @Override
        public double value(Problem p, StepTrace truth) {
            return q.in(truth.layers().get(l), j, i);
        }

        /** The cell's symbol; with two or more hidden layers a hidden cell names its layer's letter: δ₁ (h). */
        @Override
        public String symbol(Network network) {
            int layers = network.layers().size();
            String symbol = Symbols.of(q, Role.of(l, layers), j, i);
            return layers > 2 && l < layers - 1 ? symbol + " (" + Letters.unit(l, layers) + ")" : symbol;
        }
    }

    /** E(t+n): the loss after n steps on the same example. */
    record LossAfterSteps(int n) implements Measure {
        @Override
        public double value(Problem p, StepTrace truth) {
            StepTrace t = truth;
            for (int s = 1; s < n; s++) {
                t = Backprop.step(t.updated(), p.input(), p.target(), p.learningRate());
            }
            return t.lossAfter();
        }

        @Override
        public String symbol(Network network) {
            return "E(t+" + n + ")";
        }
    }

    /** A weight (or, with i = −1, a bias) of layer l at time t. */
    record Weight(int l, int j, int i) {
        String symbol(Network network) {
            String letter = Role.of(l, network.layers().size()).weights();
            return i < 0 ? Subscripts.of(letter, j + 1, 0) : Subscripts.of(letter, j + 1, i + 1);
        }

        /** E with this weight moved by ε, the rest of the network at time t. */
        double lossNudged(Problem p, double epsilon) {
            List<Layer> layers = new ArrayList<>(p.network().layers());
            Layer layer = layers.get(l);
            Matrix w = i < 0 ? layer.weights() : Matrix.generate(layer.size(), layer.inputSize(),
                    (r, c) -> layer.weights().get(r, c) + (r == j && c == i ? epsilon : 0));
            Vec b = i >= 0 ? layer.biases() : Vec.generate(layer.size(), r -> layer.biases().get(r) + (r == j ? epsilon : 0));
            layers.set(l, new Layer(w, b, layer.activation()));
            Vec y = Backprop.forward(new Network(layers, p.network().slope()), p.input()).output();
            return Backprop.loss(y, p.target());
        }
    }

    /** E(w + ε): the loss with one weight nudged. */
    record LossNudged(Weight weight, double epsilon) implements Measure {
        @Override
        public double value(Problem p, StepTrace truth) {
            return weight.lossNudged(p, epsilon);
        }

        @Override
        public String symbol(Network network) {
            return "E(" + weight.symbol(network) + (epsilon < 0 ? " − " : " + ") + format(Math.abs(epsilon)) + ")";
        }
    }

    /** (E(w + ε) − E(w − ε)) / 2ε, the central difference that estimates ∂E/∂w. */
    record CentralDifference(Weight weight, double epsilon) implements Measure {
        @Override
        public double value(Problem p, StepTrace truth) {
            return (weight.lossNudged(p, epsilon) - weight.lossNudged(p, -epsilon)) / (2 * epsilon);
        }

        @Override
        public String symbol(Network network) {
            return "(E₊ − E₋)/2ε";
        }
    }

    /** g′(a) of one activation function (with slope k for the sigmoid). */
    record Derivative(Activation g, double a, double k) implements Measure {
        @Override
        public double value(Problem p, StepTrace truth) {
            return g.derivative(a, g.apply(a, k), k);
        }

        @Override
        public String symbol(Network network) {
            return "g′(" + format(a) + (g.usesSlope() ? "; k = " + format(k) : "") + ")";
        }
    }

    /**
     * The measure {@code text} names, checked against {@code network}.
     *
     * @throws InvalidInput at {@code path} with a sentence when it names nothing the exercise has
     */
    static Measure parse(String text, Network network, String path) {
        return MeasureParser.parse(text.strip(), network, path);
    }

    /** A number as a student reads it: 0.001, 2, −0.5. */
    static String format(double v) {
        String s = v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
        return s.replace('-', '−');
    }
}
