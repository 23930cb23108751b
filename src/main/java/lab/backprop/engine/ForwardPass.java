package lab.backprop.engine;

import java.util.List;

/**
 * The feed-forward phase's result: for each non-input layer its net input (u or a) and output (z or y).
 */
public record ForwardPass(Vec input, List<Vec> net, List<Vec> out) {
    public ForwardPass {
        net = List.copyOf(net);
        out = List.copyOf(out);
    }

    /** The network's output y. */
    public Vec output() {
        return out.get(out.size() - 1);
    }

    /** What fed non-input layer l: x for l = 0, else the outputs of layer l − 1. */
    public Vec inputOf(int l) {
        return l == 0 ? input : out.get(l - 1);
    }
}
