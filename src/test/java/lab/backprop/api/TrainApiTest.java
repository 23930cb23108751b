package lab.backprop.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import lab.backprop.engine.Activation;
import lab.backprop.engine.Backprop;
import lab.backprop.engine.Layer;
import lab.backprop.engine.LayerTrace;
import lab.backprop.engine.Matrix;
import lab.backprop.engine.Network;
import lab.backprop.engine.StepTrace;
import lab.backprop.engine.Vec;
import lab.backprop.support.AppTest;
import lab.backprop.support.RunningApp.Reply;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** POST /api/train over real HTTP: the contract, checked against traced steps of Backprop.step. */
class TrainApiTest extends AppTest {
    static final double[][][] V0 = {{{0.5, -0.4}, {0.3, 0.8}}, {{0.7, -0.6}}};
    static final double[][] B0 = {{0.1, -0.2}, {0.05}};
    static final double[][] X = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    static final double[] D = {0, 1, 1, 0};

    /** XOR on a 2-2-1 sigmoid network with the given tail ("epochs": ..., "mode": ...). */
    static String xor(String tail) {
        return """
                {"layers": [2, 2, 1], "weights": [[[0.5, -0.4], [0.3, 0.8]], [[0.7, -0.6]]],
                 "biases": [[0.1, -0.2], [0.05]], "activations": "sigmoid", "slope": 1, "learningRate": 0.5,
                 "data": [{"input": [0, 0], "target": [0]}, {"input": [0, 1], "target": [1]},
                          {"input": [1, 0], "target": [1]}, {"input": [1, 1], "target": [0]}], """ + tail + "}";
    }

    static Network start() {
        return new Network(List.of(new Layer(Matrix.of(V0[0]), Vec.of(B0[0]), Activation.SIGMOID),
                new Layer(Matrix.of(V0[1]), Vec.of(B0[1]), Activation.SIGMOID)), 1.0);
    }

    static double meanLoss(Network n) {
        double sum = 0;
        for (int t = 0; t < X.length; t++) {
            sum += Backprop.loss(Backprop.forward(n, Vec.of(X[t])).output(), Vec.of(D[t]));
        }
        return sum / X.length;
    }

    @Nested
    class TheContract {
        @Test
        void onlineEpochsEqualTracedStepsSampleBySampleInTheGivenOrder() {
            Reply r = app.postJson("/api/train", xor("\"epochs\": 3"));
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.header("Content-Type")).startsWith("application/json");
            JsonNode body = r.json();
            Network n = start();
            for (int epoch = 1; epoch <= 3; epoch++) {
                double[] absDelta = new double[2];
                for (int t = 0; t < X.length; t++) {
                    StepTrace step = Backprop.step(n, Vec.of(X[t]), Vec.of(D[t]), 0.5);
                    for (int l = 0; l < 2; l++) {
                        LayerTrace layer = step.layers().get(l);
                        for (double delta : layer.delta().toArray()) {
                            absDelta[l] += Math.abs(delta) / (X.length * layer.delta().size());
                        }
                    }
                    n = step.updated();
                }
                JsonNode loss = body.get("lossCurve").get(epoch - 1);
                assertThat(loss.get("epoch").asInt()).isEqualTo(epoch);
                assertThat(loss.get("loss").asDouble()).isCloseTo(meanLoss(n), within(1e-12));
                JsonNode delta = body.get("deltaCurve").get(epoch - 1);
                assertThat(delta.get("epoch").asInt()).isEqualTo(epoch);
                assertThat(delta.get("meanAbsDelta")).hasSize(2);
                for (int l = 0; l < 2; l++) {
                    assertThat(delta.get("meanAbsDelta").get(l).asDouble()).isCloseTo(absDelta[l], within(1e-12));
                }
            }
            assertThat(body.get("lossCurve")).hasSize(3);
            for (int l = 0; l < 2; l++) {
                double[][] w = n.layers().get(l).weights().toArray();
                for (int j = 0; j < w.length; j++) {
                    for (int i = 0; i < w[j].length; i++) {
                        assertThat(body.get("weights").get(l).get(j).get(i).asDouble()).isCloseTo(w[j][i], within(1e-12));
                    }
                    assertThat(body.get("biases").get(l).get(j).asDouble())
                            .isCloseTo(n.layers().get(l).biases().get(j), within(1e-12));
                }
            }
            assertThat(body.get("weights").get(0)).hasSize(2);
            assertThat(body.get("weights").get(1).get(0)).hasSize(2);
        }

        @Test
        void aBatchEpochAppliesTheSummedUpdatesOfEverySampleAtTheStartingWeights() {
            JsonNode body = app.postJson("/api/train", xor("\"epochs\": 1, \"mode\": \"batch\"")).json();
            Network n = start();
            double[][] dw = new double[1][2];
            double[] db = new double[1];
            for (int t = 0; t < X.length; t++) {
                LayerTrace out = Backprop.step(n, Vec.of(X[t]), Vec.of(D[t]), 0.5).layers().get(1);
                for (int j = 0; j < 2; j++) {
                    dw[0][j] += out.weightUpdates().get(0, j);
                }
                db[0] += out.biasUpdates().get(0);
            }
            assertThat(body.get("weights").get(1).get(0).get(1).asDouble()).isCloseTo(-0.6 + dw[0][1], within(1e-12));
            assertThat(body.get("biases").get(1).get(0).asDouble()).isCloseTo(0.05 + db[0], within(1e-12));
        }

        @Test
        void aLongRunHas500PointsFromTheFirstToTheLastEpochAndLearnsXor() {
            JsonNode body = app.postJson("/api/train", xor("\"epochs\": 4000, \"shuffleSeed\": 7")).json();
            JsonNode losses = body.get("lossCurve");
            assertThat(losses).hasSize(500);
            assertThat(losses.get(0).get("epoch").asInt()).isEqualTo(1);
            assertThat(losses.get(499).get("epoch").asInt()).isEqualTo(4000);
            assertThat(body.get("deltaCurve").get(499).get("epoch").asInt()).isEqualTo(4000);
            assertThat(losses.get(499).get("loss").asDouble()).isLessThan(losses.get(0).get("loss").asDouble() / 10);
        }

        @Test
        void twoIdenticalRequestsGetIdenticalBytes() {
            String request = xor("\"epochs\": 2000, \"shuffleSeed\": 42, \"mode\": \"online\"");
            Reply first = app.postJson("/api/train", request);
            Reply second = app.postJson("/api/train", request);
            assertThat(first.status()).isEqualTo(200);
            assertThat(second.body()).isEqualTo(first.body());
            assertThat(app.postJson("/api/train", xor("\"epochs\": 2000, \"shuffleSeed\": 43")).body())
                    .as("another shuffle seed, another order").isNotEqualTo(first.body());
        }

        @Test
        void divergenceIsA400NamingTheEpochNeverNaN() {
            // A linear 1-1 unit with η = 100: s = w + b becomes s(1 − 2η) each step; find the first
            // epoch whose loss ½ s² is no longer finite by the lecture's update rule, in plain doubles.
            double w = 1;
            double b = 0;
            int expected = 0;
            for (int epoch = 1; expected == 0; epoch++) {
                double delta = 0 - (w + b);
                w += 100 * delta;
                b += 100 * delta;
                if (!Double.isFinite(0.5 * (w + b) * (w + b))) {
                    expected = epoch;
                }
            }
            Reply r = app.postJson("/api/train", """
                    {"layers": [1, 1], "weights": [[[1]]], "activations": "linear", "learningRate": 100,
                     "data": [{"input": [1], "target": [0]}], "epochs": 400}""");
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().get("error").asText()).startsWith("training diverged in epoch " + expected + ":");
            assertThat(r.body()).doesNotContain("NaN").doesNotContain("Infinity");
        }
    }
}
