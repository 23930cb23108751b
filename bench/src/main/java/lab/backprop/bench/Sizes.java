package lab.backprop.bench;

import java.io.IOException;
import lab.backprop.problem.Json;
import lab.backprop.problem.Limits;
import lab.backprop.problem.Problem;
import lab.backprop.problem.ProblemReader;
import lab.backprop.worked.StepView;
import lab.backprop.engine.Backprop;

/**
 * Prints, for each benchmarked shape, the size of its request and response bodies, for reading the
 * timings. Run: {@code java -cp target/benchmarks.jar lab.backprop.bench.Sizes}.
 */
public final class Sizes {
    private Sizes() {
    }

    public static void main(String[] args) throws IOException {
        System.out.printf("%-10s %8s %12s %14s%n", "shape", "weights", "request B", "response B");
        for (String shape : new String[] {"2-2-1", "2-2-2", "8-16-16-4", "63-64", "10x64"}) {
            Shapes.Problem p = Shapes.named(shape);
            byte[] request = p.requestJson();
            if (Limits.parameters(p.sizes()) > Limits.MAX_PARAMETERS) {
                System.out.printf("%-10s %8s %12d %14s   (over the API's %d weights and biases: 400)%n", shape, "",
                        request.length, "", Limits.MAX_PARAMETERS);
                continue;
            }
            Problem problem = ProblemReader.read(Json.mapper().readTree(request));
            byte[] response = Json.mapper().writeValueAsBytes(StepView.of(
                    Backprop.step(problem.network(), problem.input(), problem.target(), problem.learningRate())));
            int weights = 0;
            for (double[][] m : p.w()) {
                weights += m.length * m[0].length;
            }
            System.out.printf("%-10s %8d %12d %14d%s%n", shape, weights, request.length, response.length,
                    request.length > Limits.MAX_BODY_BYTES ? "   (request over the " + Limits.MAX_BODY_BYTES
                            + "-byte limit: HTTP answers 413)" : "");
        }
    }
}
