package lab.backprop.engine;

import java.util.function.Supplier;

/** Hears each curve point as soon as it is computed, in epoch order (e.g. to stream progress). */
@FunctionalInterface
public interface TrainingProgress {
    /** Called once per recorded epoch, with that epoch's loss and error-signal points. */
    void point(int epoch, LossPoint loss, DeltaPoint delta);

    /**
     * The same point with the network after that epoch, built only if {@code network.get()} is called
     * (a copy of the weights: call it sparingly). By default it calls {@link #point(int, LossPoint, DeltaPoint)}.
     */
    default void point(int epoch, LossPoint loss, DeltaPoint delta, Supplier<Network> network) {
        point(epoch, loss, delta);
    }

    /** A listener that ignores every point. */
    TrainingProgress NONE = (epoch, loss, delta) -> { };
}
