package lab.backprop.engine;

/**
 * Repeated learning steps on one example, for plots of E against the step number.
 */
public final class Training {
    private Training() {
    }

    /**
     * The loss before each of {@code steps} learning steps and after the last one: steps + 1 values.
     * The network passed in is not changed.
     */
    public static double[] lossCurve(Network network, Vec x, Vec d, double eta, int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must not be negative");
        }
        double[] losses = new double[steps + 1];
        Network current = network;
        for (int s = 0; s < steps; s++) {
            StepTrace trace = Backprop.step(current, x, d, eta);
            losses[s] = trace.loss();
            current = trace.updated();
        }
        losses[steps] = Backprop.loss(Backprop.forward(current, x).output(), d);
        return losses;
    }
}
