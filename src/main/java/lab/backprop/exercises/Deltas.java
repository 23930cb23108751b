package lab.backprop.exercises;

import lab.backprop.engine.Activation;
import lab.backprop.engine.Formulas;
import lab.backprop.engine.Layer;
import lab.backprop.engine.LayerTrace;
import lab.backprop.engine.Matrix;
import lab.backprop.engine.Vec;
import lab.backprop.notation.Quantity;

/**
 * Marks the error signals of one layer. The output's Δ_j = (d_j − y_j)·g′_j is recomputed from the
 * student's y and g′; a hidden δ_i = g′_i·Σ_j w_ji(t)·Δ_j from their g′ and their Δs (or δs) of the
 * layer above, always with the weights at time t. Besides the sign, a missing g′ or k and the updated
 * weights, it recognises g′ taken at the output and (for a square matrix above) the weights transposed.
 */
final class Deltas {
    private Deltas() {
    }

    static void mark(Marker m, int l) {
        if (m.isOutput(l)) {
            output(m, l);
        } else {
            hidden(m, l);
        }
    }

    private static void output(Marker m, int l) {
        Layer layer = m.layer(l);
        LayerTrace t = m.trace(l);
        Ledger net = m.ledger(l, Quantity.NET);
        Ledger out = m.ledger(l, Quantity.OUT);
        Ledger der = m.ledger(l, Quantity.DERIVATIVE);
        Ledger delta = m.open(l, Quantity.DELTA);
        for (int j = 0; j < layer.size(); j++) {
            double error = Formulas.outputError(m.target(j), out.value(j, 0));
            double right = Formulas.delta(der.value(j, 0), error);
            double unitSlope = layer.activation().derivative(net.value(j, 0), out.value(j, 0), 1);
            double atOutput = Mistake.derivativeAtOutput(layer.activation(), out.value(j, 0), m.slope());
            delta.enter(j, 0, t.delta().get(j), right, out.tainted(j, 0) || der.tainted(j, 0),
                    new Mistake(Diagnosis.SIGN, -right),
                    new Mistake(Diagnosis.MISSING_DERIVATIVE, error),
                    new Mistake(Diagnosis.MISSING_SLOPE, Formulas.delta(unitSlope, error)),
                    new Mistake(Diagnosis.DERIVATIVE_AT_OUTPUT, Formulas.delta(atOutput, error)));
        }
    }

    private static void hidden(Marker m, int l) {
        Layer layer = m.layer(l);
        Layer above = m.layer(l + 1);
        LayerTrace t = m.trace(l);
        Activation g = layer.activation();
        Ledger net = m.ledger(l, Quantity.NET);
        Ledger out = m.ledger(l, Quantity.OUT);
        Ledger der = m.ledger(l, Quantity.DERIVATIVE);
        Ledger deltaAbove = m.ledger(l + 1, Quantity.DELTA);
        Ledger newAbove = m.ledger(l + 1, Quantity.NEW_WEIGHTS);
        Ledger delta = m.open(l, Quantity.DELTA);
        boolean aboveTainted = deltaAbove.anyTainted();
        Vec signals = deltaAbove.column(0);
        Matrix updatedAbove = Matrix.generate(above.size(), above.inputSize(), newAbove::value);
        Matrix transposedAbove = Mistake.transposed(above.weights());
        for (int i = 0; i < layer.size(); i++) {
            double sum = Formulas.backSum(above.weights(), signals, i);
            double sumUpdated = Formulas.backSum(updatedAbove, signals, i);
            double gPrime = der.value(i, 0);
            double right = Formulas.delta(gPrime, sum);
            double unitSlope = g.derivative(net.value(i, 0), out.value(i, 0), 1);
            double atOutput = Mistake.derivativeAtOutput(g, out.value(i, 0), m.slope());
            double sumTransposed = transposedAbove == null ? Double.NaN
                    : Formulas.backSum(transposedAbove, signals, i);
            delta.enter(i, 0, t.delta().get(i), right, der.tainted(i, 0) || aboveTainted,
                    new Mistake(Diagnosis.SIGN, -right),
                    new Mistake(Diagnosis.MISSING_DERIVATIVE, sum),
                    new Mistake(Diagnosis.MISSING_SLOPE, Formulas.delta(unitSlope, sum)),
                    new Mistake(Diagnosis.UPDATED_WEIGHTS, Formulas.delta(gPrime, sumUpdated)),
                    new Mistake(Diagnosis.DERIVATIVE_AT_OUTPUT, Formulas.delta(atOutput, sum)),
                    new Mistake(Diagnosis.SWAPPED_INDICES, Formulas.delta(gPrime, sumTransposed)));
        }
    }
}
