package lab.backprop.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import lab.backprop.engine.Network;
import lab.backprop.engine.Sample;
import lab.backprop.engine.TrainingMode;
import lab.backprop.engine.TrainingPlan;
import lab.backprop.engine.Vec;

/**
 * Turns the JSON of a /api/train request into a {@link TrainingProblem}: the network fields read
 * exactly as /api/backprop reads them ({@link ProblemReader#network}), then {@code learningRate},
 * {@code data}, {@code epochs}, {@code mode} and {@code shuffleSeed}, and last the work budget.
 */
public final class TrainingReader {
    public static final Set<String> FIELDS;
    private static final Set<String> SAMPLE_FIELDS = Set.of("input", "target");

    static {
        Set<String> fields = new HashSet<>(ProblemReader.NETWORK_FIELDS);
        fields.addAll(List.of("learningRate", "data", "epochs", "mode", "shuffleSeed"));
        FIELDS = Set.copyOf(fields);
    }

    private TrainingReader() {
    }

    public static TrainingProblem read(JsonNode body) {
        String p = Fields.openObject(body, "", FIELDS);
        Network network = ProblemReader.network(body, p);
        double eta = ProblemReader.learningRate(body, p);
        List<Sample> samples = samples(body.get("data"), network);
        int epochs = Fields.whole(body.get("epochs"), "epochs", 1, Limits.MAX_EPOCHS);
        TrainingMode mode = mode(body.get("mode"));
        OptionalLong seed = seed(body.get("shuffleSeed"));
        long parameters = TrainingProblem.parameters(network);
        long work = TrainingProblem.work(epochs, samples.size(), parameters);
        if (work > Limits.MAX_TRAINING_WORK) {
            throw new InvalidInput("epochs", "epochs × samples × weights is " + epochs + " × " + samples.size()
                    + " × " + parameters + " = " + work + "; at most " + Limits.MAX_TRAINING_WORK
                    + " are allowed (use at most " + Math.max(1, Limits.MAX_TRAINING_WORK / (samples.size() * parameters))
                    + " epochs)");
        }
        return new TrainingProblem(network, new TrainingPlan(samples, eta, epochs, mode, seed));
    }

    private static List<Sample> samples(JsonNode node, Network network) {
        JsonNode data = Fields.array(node, "data");
        if (data.isEmpty() || data.size() > Limits.MAX_SAMPLES) {
            throw InvalidInput.at("data", " must hold from 1 to " + Limits.MAX_SAMPLES
                    + " samples ({\"input\": [...], \"target\": [...]}), got " + data.size());
        }
        List<Sample> samples = new ArrayList<>();
        for (int t = 0; t < data.size(); t++) {
            String path = "data[" + t + "]";
            String p = Fields.openObject(data.get(t), path, SAMPLE_FIELDS);
            JsonNode sample = data.get(t);
            samples.add(new Sample(Vec.of(Fields.numbers(sample.get("input"), p + "input", network.inputSize())),
                    Vec.of(Fields.numbers(sample.get("target"), p + "target", network.outputSize()))));
        }
        return samples;
    }

    private static TrainingMode mode(JsonNode node) {
        if (Fields.absent(node)) {
            return TrainingMode.ONLINE;
        }
        return switch (Fields.text(node, "mode")) {
            case "online" -> TrainingMode.ONLINE;
            case "batch" -> TrainingMode.BATCH;
            default -> throw new InvalidInput("mode", "mode is '" + node.textValue() + "', expected online or batch");
        };
    }

    private static String abbreviated(JsonNode node) {
        String text = node.toString();
        return text.length() <= 24 ? text : text.substring(0, 24) + "…";
    }

    private static OptionalLong seed(JsonNode node) {
        if (Fields.absent(node)) {
            return OptionalLong.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new InvalidInput("shuffleSeed", "shuffleSeed must be a whole number from "
                    + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ", not " + abbreviated(node));
        }
        return OptionalLong.of(node.longValue());
    }
}
