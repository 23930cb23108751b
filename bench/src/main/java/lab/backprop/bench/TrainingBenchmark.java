package lab.backprop.bench;

import java.util.concurrent.TimeUnit;
import lab.backprop.engine.Backprop;
import lab.backprop.engine.FlatNetwork;
import lab.backprop.engine.Network;
import lab.backprop.engine.Vec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One online sample-update (feed-forward, error signals, every update +η·delta·input) in ns: the
 * training fast path ({@link FlatNetwork#learn}, in place, no allocation) beside the traced
 * {@link Backprop#step} (immutable trace, new network), on the shapes of the C reference loop
 * /work/shared/bench/limit.c: 2-2-2 and 64-64-64-10, sigmoid, k = 1, η = 0.5.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TrainingBenchmark {
    @Param({"2-2-2", "64-64-64-10"})
    public String shape;

    private Network network;
    private FlatNetwork flat;
    private double[] x;
    private double[] d;
    private Vec xVec;
    private Vec dVec;
    private double eta;

    /** A fresh copy of the weights each iteration, so every iteration starts from the same point. */
    @Setup(Level.Iteration)
    public void build() {
        Shapes.Problem p = Shapes.named(shape);
        network = p.network();
        flat = FlatNetwork.of(network);
        x = p.x();
        d = p.d();
        xVec = Vec.of(x);
        dVec = Vec.of(d);
        eta = p.eta();
    }

    /** The fast path: one sample's update, weights changed in place (as online training does). */
    @Benchmark
    public FlatNetwork learn() {
        flat.learn(x, d, eta);
        return flat;
    }

    /** The traced step on the same sample, for comparison (always from the same weights). */
    @Benchmark
    public void tracedStep(Blackhole bh) {
        bh.consume(Backprop.step(network, xVec, dVec, eta));
    }
}
