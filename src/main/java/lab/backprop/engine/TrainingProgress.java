package lab.backprop.engine;

/** Hears each curve point as soon as it is computed, in epoch order (e.g. to stream progress). */
@FunctionalInterface
public interface TrainingProgress {
    /** Called once per recorded epoch, with that epoch's loss and error-signal points. */
    void point(int epoch, LossPoint loss, DeltaPoint delta);

    /** A listener that ignores every point. */
    TrainingProgress NONE = (epoch, loss, delta) -> { };
}
