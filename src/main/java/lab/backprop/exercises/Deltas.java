package lab.backprop.exercises;

import lab.backprop.engine.Activation;
import lab.backprop.engine.Layer;
import lab.backprop.engine.LayerTrace;

/**
 * Marks the error signals of one layer. The output's Δ_j = (d_j − y_j)·g′_j is recomputed from the
 * student's y and g′; a hidden δ_i = g′_i·Σ_j w_ji(t)·Δ_j from their g′ and their Δs (or δs) of the
 * layer above, always with the weights at time t.
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
            double error = m.target(j) - out.value(j, 0);
            double right = error * der.value(j, 0);
            double unitSlope = layer.activation().derivative(net.value(j, 0), out.value(j, 0), 1);
            delta.enter(j, 0, t.delta().get(j), right, out.tainted(j, 0) || der.tainted(j, 0),
                    new Mistake(Diagnosis.SIGN, -right),
                    new Mistake(Diagnosis.MISSING_DERIVATIVE, error),
                    new Mistake(Diagnosis.MISSING_SLOPE, error * unitSlope));
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
        for (int i = 0; i < layer.size(); i++) {
            double sum = 0;
            double sumUpdated = 0;
            for (int j = 0; j < above.size(); j++) {
                sum += above.weights().get(j, i) * deltaAbove.value(j, 0);
                sumUpdated += newAbove.value(j, i) * deltaAbove.value(j, 0);
            }
            double gPrime = der.value(i, 0);
            double right = gPrime * sum;
            double unitSlope = g.derivative(net.value(i, 0), out.value(i, 0), 1);
            delta.enter(i, 0, t.delta().get(i), right, der.tainted(i, 0) || aboveTainted,
                    new Mistake(Diagnosis.SIGN, -right),
                    new Mistake(Diagnosis.MISSING_DERIVATIVE, sum),
                    new Mistake(Diagnosis.MISSING_SLOPE, unitSlope * sum),
                    new Mistake(Diagnosis.UPDATED_WEIGHTS, gPrime * sumUpdated));
        }
    }
}
