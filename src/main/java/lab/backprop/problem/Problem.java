package lab.backprop.problem;

import lab.backprop.engine.Backprop;
import lab.backprop.engine.Network;
import lab.backprop.engine.StepTrace;
import lab.backprop.engine.Vec;

/** A validated /api/backprop request: the network at time t, one example (x, d) and the learning rate η. */
public record Problem(Network network, Vec input, Vec target, double learningRate) {
    /** The sentence for a step whose numbers left the range of doubles. */
    public static final String OVERFLOW = "the step overflowed the range of double numbers;"
            + " use smaller weights, inputs or learningRate";

    /**
     * The learning step of this problem, computed once per request and handed to whatever shows or
     * marks it. A step that overflowed (possible only with huge weights, many linear layers and a large
     * η) is refused rather than shown as non-numbers.
     */
    public StepTrace step() {
        StepTrace trace = Backprop.step(network, input, target, learningRate);
        if (!trace.isFinite()) {
            throw new InvalidInput("", OVERFLOW);
        }
        return trace;
    }
}
