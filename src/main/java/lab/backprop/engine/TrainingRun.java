package lab.backprop.engine;

import java.util.List;

/**
 * The result of {@link Training#train}: the loss and error-signal curves at the recorded epochs (see
 * {@link EpochSampling}), the network after the last epoch run, how many epochs ran, and whether a
 * caller's stop signal ended the run early (then the last epoch run is the last point).
 */
public record TrainingRun(List<LossPoint> lossCurve, List<DeltaPoint> deltaCurve, Network network, int epochs,
                          boolean stopped) {
    public TrainingRun {
        lossCurve = List.copyOf(lossCurve);
        deltaCurve = List.copyOf(deltaCurve);
    }

    /** The loss after the last epoch run. */
    public double finalLoss() {
        return lossCurve.get(lossCurve.size() - 1).loss();
    }
}
