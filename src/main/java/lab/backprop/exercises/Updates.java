package lab.backprop.exercises;

import lab.backprop.engine.Formulas;
import lab.backprop.engine.Layer;
import lab.backprop.engine.LayerTrace;
import lab.backprop.notation.Quantity;

/**
 * Marks what follows from one layer's error signals: gradients −δ_j·in_i, updates η·δ_j·in_i (in_i is
 * x_i or the student's z_i), and new weights w_ji(t) + their update (their own update where given).
 * Biases follow the same rules with a constant input of 1. A weight cell holding the entry of the
 * transposed position (w_jk for w_kj, where that entry exists) is diagnosed as swapped indices.
 */
final class Updates {
    private Updates() {
    }

    static void mark(Marker m, int l) {
        Layer layer = m.layer(l);
        LayerTrace t = m.trace(l);
        Ledger delta = m.ledger(l, Quantity.DELTA);
        double eta = m.learningRate();
        int rows = layer.size();
        int cols = layer.inputSize();

        Ledger grad = m.open(l, Quantity.GRAD_WEIGHTS);
        Ledger upd = m.open(l, Quantity.WEIGHT_UPDATES);
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < cols; i++) {
                double dj = delta.value(j, 0);
                double in = m.input(l, i);
                boolean up = delta.tainted(j, 0) || m.inputTainted(l, i);
                grad.enter(j, i, t.gradWeights().get(j, i), Formulas.gradient(dj, in), up,
                        new Mistake(Diagnosis.SIGN, Formulas.gradient(-dj, in)),
                        new Mistake(Diagnosis.SWAPPED_INDICES, Mistake.atTransposed(rows, cols, j, i,
                                (r, c) -> Formulas.gradient(delta.value(r, 0), m.input(l, c)))));
                upd.enter(j, i, t.weightUpdates().get(j, i), Formulas.change(eta, dj, in), up,
                        new Mistake(Diagnosis.SIGN, Formulas.change(eta, -dj, in)),
                        new Mistake(Diagnosis.MISSING_LEARNING_RATE, Formulas.change(1, dj, in)),
                        new Mistake(Diagnosis.SWAPPED_INDICES, Mistake.atTransposed(rows, cols, j, i,
                                (r, c) -> Formulas.change(eta, delta.value(r, 0), m.input(l, c)))));
            }
        }
        Ledger gradBias = m.open(l, Quantity.GRAD_BIASES);
        Ledger biasUpd = m.open(l, Quantity.BIAS_UPDATES);
        for (int j = 0; j < rows; j++) {
            double dj = delta.value(j, 0);
            boolean up = delta.tainted(j, 0);
            gradBias.enter(j, 0, t.gradBiases().get(j), Formulas.gradient(dj, 1), up,
                    new Mistake(Diagnosis.SIGN, Formulas.gradient(-dj, 1)));
            biasUpd.enter(j, 0, t.biasUpdates().get(j), Formulas.change(eta, dj, 1), up,
                    new Mistake(Diagnosis.SIGN, Formulas.change(eta, -dj, 1)),
                    new Mistake(Diagnosis.MISSING_LEARNING_RATE, Formulas.change(1, dj, 1)));
        }

        Ledger next = m.open(l, Quantity.NEW_WEIGHTS);
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < cols; i++) {
                double w = layer.weights().get(j, i);
                double change = upd.value(j, i);
                double withoutEta = Formulas.change(1, delta.value(j, 0), m.input(l, i));
                next.enter(j, i, t.newWeights().get(j, i), Formulas.updated(w, change), upd.tainted(j, i),
                        new Mistake(Diagnosis.SIGN, Formulas.updated(w, -change)),
                        new Mistake(Diagnosis.MISSING_LEARNING_RATE, Formulas.updated(w, withoutEta)),
                        new Mistake(Diagnosis.SWAPPED_INDICES, Mistake.atTransposed(rows, cols, j, i,
                                (r, c) -> Formulas.updated(layer.weights().get(r, c), upd.value(r, c)))));
            }
        }
        Ledger nextBias = m.open(l, Quantity.NEW_BIASES);
        for (int j = 0; j < rows; j++) {
            double b = layer.biases().get(j);
            double change = biasUpd.value(j, 0);
            nextBias.enter(j, 0, t.newBiases().get(j), Formulas.updated(b, change), biasUpd.tainted(j, 0),
                    new Mistake(Diagnosis.SIGN, Formulas.updated(b, -change)),
                    new Mistake(Diagnosis.MISSING_LEARNING_RATE,
                            Formulas.updated(b, Formulas.change(1, delta.value(j, 0), 1))));
        }
    }
}
