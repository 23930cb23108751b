package lab.backprop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import lab.backprop.problem.Json;
import lab.backprop.problem.Problem;
import lab.backprop.problem.ProblemReader;
import lab.backprop.worked.StepView;
import lab.backprop.engine.Backprop;
import lab.backprop.engine.StepTrace;
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

/**
 * What POST /api/backprop does between the socket and the socket, without HTTP: parse the body,
 * validate it into a Problem, run the step, build the view and write it as JSON ({@link #request}),
 * and each part alone so the table shows which one dominates.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ApiBenchmark {
    @Param({"2-2-1", "2-2-2", "8-16-16-4", "63-64"})
    public String shape;

    private byte[] body;
    private JsonNode tree;
    private StepTrace trace;

    @Setup
    public void build() throws IOException {
        body = Shapes.named(shape).requestJson();
        tree = Json.mapper().readTree(body);
        Problem p = ProblemReader.read(tree);
        trace = Backprop.step(p.network(), p.input(), p.target(), p.learningRate());
    }

    /** The whole request: bytes in, bytes out. */
    @Benchmark
    public void request(Blackhole bh) throws IOException {
        Problem p = ProblemReader.read(Json.mapper().readTree(body));
        StepTrace t = Backprop.step(p.network(), p.input(), p.target(), p.learningRate());
        bh.consume(Json.mapper().writeValueAsBytes(StepView.of(t)));
    }

    /** Bytes to a JSON tree. */
    @Benchmark
    public void parse(Blackhole bh) throws IOException {
        bh.consume(Json.mapper().readTree(body));
    }

    /** A JSON tree to a validated Problem (every shape and number checked). */
    @Benchmark
    public void validate(Blackhole bh) {
        bh.consume(ProblemReader.read(tree));
    }

    /** A finished step to its view (with the finiteness check) and then to bytes. */
    @Benchmark
    public void serialize(Blackhole bh) throws IOException {
        bh.consume(Json.mapper().writeValueAsBytes(StepView.of(trace)));
    }
}
