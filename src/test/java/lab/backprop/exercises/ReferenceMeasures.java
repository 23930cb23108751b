package lab.backprop.exercises;

import lab.backprop.problem.Problem;
import lab.backprop.support.ScalarGraph;

/**
 * Every {@link Measure} computed without the engine: by the scalar autodiff reference (cells, losses,
 * further steps, nudged weights) or by the textbook formula (an activation's derivative).
 */
final class ReferenceMeasures {
    private ReferenceMeasures() {
    }

    static double value(Measure m, Problem p) {
        double[][][] w = ShippedExercisesTest.weightsAtT(p);
        double[][] b = ShippedExercisesTest.biasesAtT(p);
        ScalarGraph.Graph g = ShippedExercisesTest.graph(p, w, b);
        if (m instanceof Measure.Loss loss) {
            return loss.after() ? lossAfterSteps(p, 1) : g.loss().data;
        }
        if (m instanceof Measure.Cell c) {
            return cell(c, g, p);
        }
        if (m instanceof Measure.LossAfterSteps s) {
            return lossAfterSteps(p, s.n());
        }
        if (m instanceof Measure.LossNudged n) {
            return nudged(p, n.weight(), n.epsilon());
        }
        if (m instanceof Measure.CentralDifference c) {
            return (nudged(p, c.weight(), c.epsilon()) - nudged(p, c.weight(), -c.epsilon())) / (2 * c.epsilon());
        }
        Measure.Derivative d = (Measure.Derivative) m;
        return switch (d.g()) {
            case SIGMOID -> d.k() * sigma(d.k() * d.a()) * (1 - sigma(d.k() * d.a()));
            case TANH -> 1 - Math.tanh(d.a()) * Math.tanh(d.a());
            case RELU -> d.a() > 0 ? 1 : 0;
            case LINEAR -> 1;
        };
    }

    private static double cell(Measure.Cell c, ScalarGraph.Graph g, Problem p) {
        double eta = p.learningRate();
        int l = c.l();
        int j = c.j();
        int i = c.i();
        return switch (c.q()) {
            case NET -> g.nets()[l][j].data;
            case OUT -> g.outs()[l][j].data;
            case DERIVATIVE -> g.derivative(l, j);
            case DELTA -> -g.nets()[l][j].grad;
            case GRAD_WEIGHTS -> g.weights()[l][j][i].grad;
            case GRAD_BIASES -> g.biases()[l][j].grad;
            case WEIGHT_UPDATES -> -eta * g.weights()[l][j][i].grad;
            case BIAS_UPDATES -> -eta * g.biases()[l][j].grad;
            case NEW_WEIGHTS -> p.network().layers().get(l).weights().get(j, i) - eta * g.weights()[l][j][i].grad;
            case NEW_BIASES -> p.network().layers().get(l).biases().get(j) - eta * g.biases()[l][j].grad;
        };
    }

    /** E after n gradient steps −η·∂E/∂w on the one example, each on a fresh graph. */
    private static double lossAfterSteps(Problem p, int n) {
        double[][][] w = ShippedExercisesTest.weightsAtT(p);
        double[][] b = ShippedExercisesTest.biasesAtT(p);
        for (int s = 0; s < n; s++) {
            ScalarGraph.Graph g = ShippedExercisesTest.graph(p, w, b);
            for (int l = 0; l < w.length; l++) {
                for (int j = 0; j < w[l].length; j++) {
                    for (int i = 0; i < w[l][j].length; i++) {
                        w[l][j][i] -= p.learningRate() * g.weights()[l][j][i].grad;
                    }
                    b[l][j] -= p.learningRate() * g.biases()[l][j].grad;
                }
            }
        }
        return ShippedExercisesTest.graph(p, w, b).loss().data;
    }

    private static double nudged(Problem p, Measure.Weight weight, double epsilon) {
        double[][][] w = ShippedExercisesTest.weightsAtT(p);
        double[][] b = ShippedExercisesTest.biasesAtT(p);
        if (weight.i() < 0) {
            b[weight.l()][weight.j()] += epsilon;
        } else {
            w[weight.l()][weight.j()][weight.i()] += epsilon;
        }
        return ShippedExercisesTest.graph(p, w, b).loss().data;
    }

    private static double sigma(double a) {
        return 1 / (1 + Math.exp(-a));
    }
}
