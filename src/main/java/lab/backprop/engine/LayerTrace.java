package lab.backprop.engine;

/**
 * Every intermediate of one learning step for one non-input layer, in the lecture's terms.
 *
 * @param input         what fed the layer: x for the first layer, else the outputs z below
 * @param weights       the incoming weights at time t, [j][i]
 * @param biases        the biases at time t
 * @param net           net input u_j or a_k = Σ_i weights[j][i]·input[i] + bias[j]
 * @param out           output z_j = g(u_j) or y_k = g(a_k)
 * @param derivative    g'(net) for each unit
 * @param error         what g' scales into the error signal: d_k − y_k at the output, and below the
 *                      responsibility Σ_j w_ji Δ_j handed back through the weights at time t
 * @param delta         the error signal −∂E/∂net = derivative · error: (d − y)·g'(a) at the output,
 *                      g'(u)·Σ_j w_ji Δ_j below
 * @param gradWeights   ∂E/∂weights[j][i] = −delta[j]·input[i]
 * @param gradBiases    ∂E/∂bias[j] = −delta[j]
 * @param weightUpdates η·delta[j]·input[i], the change from time t to t + 1
 * @param biasUpdates   η·delta[j]
 * @param newWeights    weights + weightUpdates, the weights at time t + 1
 * @param newBiases     biases + biasUpdates
 */
public record LayerTrace(
        Vec input,
        Matrix weights,
        Vec biases,
        Vec net,
        Vec out,
        Vec derivative,
        Vec error,
        Vec delta,
        Matrix gradWeights,
        Vec gradBiases,
        Matrix weightUpdates,
        Vec biasUpdates,
        Matrix newWeights,
        Vec newBiases) {

    /** Whether every number of this layer's step is finite. */
    public boolean isFinite() {
        return input.isFinite() && weights.isFinite() && biases.isFinite() && net.isFinite() && out.isFinite()
                && derivative.isFinite() && error.isFinite() && delta.isFinite() && gradWeights.isFinite()
                && gradBiases.isFinite() && weightUpdates.isFinite() && biasUpdates.isFinite()
                && newWeights.isFinite() && newBiases.isFinite();
    }
}
