package lab.backprop.engine;

/**
 * Each formula of one learning step, stated once. {@link Backprop} and {@link DeltaRule} compute the
 * truth with them, and the exercise marker recomputes a student's cells from their own earlier
 * answers with the very same formulas, so the two can never disagree about what a formula is.
 */
public final class Formulas {
    private Formulas() {
    }

    /** The net input u_j (or a_k) = w_j0 + Σ_i w_ji·in_i, summed from the bias on. */
    public static double netInput(Matrix weights, Vec biases, Vec in, int j) {
        return accumulate(biases.get(j), weights, in, j);
    }

    /** Σ_i w_ji·in_i: the net input without its bias (what a student who forgot the bias writes). */
    public static double weightedSum(Matrix weights, Vec in, int j) {
        return accumulate(0, weights, in, j);
    }

    private static double accumulate(double start, Matrix weights, Vec in, int j) {
        double sum = start;
        for (int i = 0; i < weights.columns(); i++) {
            sum += weights.get(j, i) * in.get(i);
        }
        return sum;
    }

    /** The lecture's loss E = ½ Σ_k (d_k − y_k)². */
    public static double loss(Vec y, Vec d) {
        if (d.size() != y.size()) {
            throw new IllegalArgumentException("target has " + d.size() + " entries, expected " + y.size());
        }
        double sum = 0;
        for (int k = 0; k < y.size(); k++) {
            double e = outputError(d.get(k), y.get(k));
            sum += e * e;
        }
        return 0.5 * sum;
    }

    /** What an output unit got wrong: d_k − y_k. */
    public static double outputError(double d, double y) {
        return d - y;
    }

    /** Σ_k w_kj·Δ_k: the responsibility handed back to unit j below through the weights {@code above}. */
    public static double backSum(Matrix above, Vec deltaAbove, int j) {
        double sum = 0;
        for (int k = 0; k < above.rows(); k++) {
            sum += above.get(k, j) * deltaAbove.get(k);
        }
        return sum;
    }

    /** The error signal −∂E/∂net = g′ × error: Δ_k = g′(a_k)(d_k − y_k), δ_j = g′(u_j) Σ_k w_kj Δ_k. */
    public static double delta(double gPrime, double error) {
        return gPrime * error;
    }

    /** ∂E/∂w = −delta·input (the input is 1 for a bias). */
    public static double gradient(double delta, double input) {
        return -delta * input;
    }

    /** The change w(t+1) − w(t) = η·delta·input (the input is 1 for a bias). */
    public static double change(double eta, double delta, double input) {
        return eta * delta * input;
    }

    /** The weight at time t + 1: w(t) + its change. */
    public static double updated(double w, double change) {
        return w + change;
    }
}
