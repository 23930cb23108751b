package lab.backprop.api;

import java.util.List;
import lab.backprop.engine.DeltaPoint;
import lab.backprop.engine.Layer;
import lab.backprop.engine.LossPoint;
import lab.backprop.engine.Network;
import lab.backprop.engine.TrainingRun;

/**
 * The JSON answer of /api/train (a fixed contract, see docs/API.md): the loss curve, the final weights
 * and biases in the request's shapes, and the per-layer mean |error signal| at the same epochs.
 */
public record TrainView(List<LossView> lossCurve, double[][][] weights, double[][] biases, List<DeltaView> deltaCurve) {

    /** A loss-curve point: the mean over the samples of ½Σ(d − y)² after {@code epoch}. */
    public record LossView(int epoch, double loss) {
        static LossView of(LossPoint p) {
            return new LossView(p.epoch(), p.loss());
        }
    }

    /** An error-signal point: mean |Δ| or |δ| of each non-input layer over that epoch's samples. */
    public record DeltaView(int epoch, double[] meanAbsDelta) {
        static DeltaView of(DeltaPoint p) {
            return new DeltaView(p.epoch(), p.meanAbsDelta().toArray());
        }
    }

    /** A snapshot of the network while it trains (a streamed {@code network} event). */
    public record NetworkView(int epoch, double[][][] weights, double[][] biases) {
        static NetworkView of(int epoch, Network n) {
            return new NetworkView(epoch, TrainView.weights(n), TrainView.biases(n));
        }
    }

    /** A streamed {@code progress} event: one curve point of both curves. */
    public record ProgressView(int epoch, double loss, double[] meanAbsDelta) {
        static ProgressView of(LossPoint loss, DeltaPoint delta) {
            return new ProgressView(loss.epoch(), loss.loss(), delta.meanAbsDelta().toArray());
        }
    }

    public static TrainView of(TrainingRun run) {
        return new TrainView(run.lossCurve().stream().map(LossView::of).toList(), weights(run.network()),
                biases(run.network()), run.deltaCurve().stream().map(DeltaView::of).toList());
    }

    static double[][][] weights(Network n) {
        return n.layers().stream().map(l -> l.weights().toArray()).toArray(double[][][]::new);
    }

    static double[][] biases(Network n) {
        return n.layers().stream().map(Layer::biases).map(b -> b.toArray()).toArray(double[][]::new);
    }
}
