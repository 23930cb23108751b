package lab.backprop.bench;

import java.util.concurrent.TimeUnit;
import lab.backprop.engine.Backprop;
import lab.backprop.engine.Network;
import lab.backprop.engine.Vec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** The engine alone: one feed-forward pass, and one full learning step (which includes two passes). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class EngineBenchmark {
    @Param({"2-2-1", "2-2-2", "8-16-16-4", "10x64"})
    public String shape;

    private Network network;
    private Vec x;
    private Vec d;
    private double eta;

    @Setup
    public void build() {
        Shapes.Problem p = Shapes.named(shape);
        network = p.network();
        x = Vec.of(p.x());
        d = Vec.of(p.d());
        eta = p.eta();
    }

    @Benchmark
    public void forward(Blackhole bh) {
        bh.consume(Backprop.forward(network, x));
    }

    @Benchmark
    public void step(Blackhole bh) {
        bh.consume(Backprop.step(network, x, d, eta));
    }
}
