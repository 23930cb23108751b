package lab.backprop.engine;

/**
 * Every intermediate of one delta-rule step on a single-layer perceptron.
 *
 * @param input         x
 * @param weights       w_ji at time t
 * @param biases        the biases at time t
 * @param net           Σ_i w_ji x_i + b_j
 * @param out           y_j = g(net_j)
 * @param error         the error signal t_j − y_j
 * @param weightUpdates Δw_ji = η (t_j − y_j) x_i
 * @param biasUpdates   η (t_j − y_j)
 * @param newWeights    w_ji + Δw_ji
 * @param newBiases     biases + biasUpdates
 * @param loss          ½ Σ_j (t_j − y_j)² before the step
 * @param lossAfter     the same after the step
 * @param outAfter      y after the step
 */
public record DeltaRuleTrace(
        Vec input,
        Matrix weights,
        Vec biases,
        Vec net,
        Vec out,
        Vec error,
        Matrix weightUpdates,
        Vec biasUpdates,
        Matrix newWeights,
        Vec newBiases,
        double loss,
        double lossAfter,
        Vec outAfter) {
}
