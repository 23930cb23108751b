package lab.backprop.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import lab.backprop.engine.DeltaRule;
import lab.backprop.engine.DeltaRuleTrace;
import lab.backprop.problem.DeltaRuleReader;

/** POST /api/delta-rule: one step of the single-layer delta rule Δw_ji = η (t_j − y_j) x_i. */
public final class DeltaRuleHandler implements Handler {
    /** The JSON answer; names as in {@link DeltaRuleTrace}. */
    public record View(double loss, double lossAfter, double[] input, double[][] weights, double[] biases,
                       double[] net, double[] out, double[] error, double[][] weightUpdates,
                       double[] biasUpdates, double[][] newWeights, double[] newBiases, double[] outAfter) {
        public static View of(DeltaRuleTrace t) {
            return new View(t.loss(), t.lossAfter(), t.input().toArray(), t.weights().toArray(),
                    t.biases().toArray(), t.net().toArray(), t.out().toArray(), t.error().toArray(),
                    t.weightUpdates().toArray(), t.biasUpdates().toArray(), t.newWeights().toArray(),
                    t.newBiases().toArray(), t.outAfter().toArray());
        }
    }

    @Override
    public void handle(Context ctx) {
        DeltaRuleReader.SingleLayer p = DeltaRuleReader.read(JsonBody.read(ctx));
        ctx.json(View.of(DeltaRule.step(p.layer(), p.slope(), p.input(), p.target(), p.learningRate())));
    }
}
