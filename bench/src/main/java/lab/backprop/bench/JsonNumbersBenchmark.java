package lab.backprop.bench;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import lab.backprop.problem.Json;
import lab.backprop.problem.Problem;
import lab.backprop.problem.ProblemReader;
import lab.backprop.worked.StepView;
import lab.backprop.engine.Backprop;
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
 * An experiment, not the app's configuration: the app's mapper against the same mapper with Jackson's
 * fast double writer and parser, since writing and reading doubles is most of a request's cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class JsonNumbersBenchmark {
    @Param({"2-2-2", "8-16-16-4"})
    public String shape;

    private final ObjectMapper fast = ((JsonMapper) Json.mapper()).rebuild()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();
    private byte[] body;
    private StepView view;

    @Setup
    public void build() throws IOException {
        body = Shapes.named(shape).requestJson();
        Problem p = ProblemReader.read(Json.mapper().readTree(body));
        view = StepView.of(Backprop.step(p.network(), p.input(), p.target(), p.learningRate()));
    }

    @Benchmark
    public void writeAppMapper(Blackhole bh) throws IOException {
        bh.consume(Json.mapper().writeValueAsBytes(view));
    }

    @Benchmark
    public void writeFastDoubles(Blackhole bh) throws IOException {
        bh.consume(fast.writeValueAsBytes(view));
    }

    /** Parse and validate, as the request does: validation reads every number as a double. */
    @Benchmark
    public void readAppMapper(Blackhole bh) throws IOException {
        bh.consume(ProblemReader.read(Json.mapper().readTree(body)));
    }

    @Benchmark
    public void readFastDoubles(Blackhole bh) throws IOException {
        bh.consume(ProblemReader.read(fast.readTree(body)));
    }
}
