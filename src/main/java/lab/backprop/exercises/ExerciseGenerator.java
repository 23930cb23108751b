package lab.backprop.exercises;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lab.backprop.engine.Activation;
import lab.backprop.engine.Layer;
import lab.backprop.engine.Matrix;
import lab.backprop.engine.Network;
import lab.backprop.engine.SplitMix64;
import lab.backprop.engine.Vec;
import lab.backprop.problem.InvalidInput;
import lab.backprop.problem.Limits;
import lab.backprop.problem.Problem;

/**
 * Makes a full-step exercise from a seed and a shape such as 2-2-1, with numbers a student can work
 * by hand: weights ±0.1 … ±1.0 (one decimal, never 0), biases −0.5 … 0.5 (one decimal), inputs
 * 0.1 … 1.0 (one decimal), targets 0.05 … 0.95 (steps of 0.05), η one of 0.1, 0.25, 0.5, 1; sigmoid
 * units with k = 1. The same seed and shape give the same exercise on every machine
 * ({@link SplitMix64}), so a seed such as a student number names a reproducible variant.
 */
public final class ExerciseGenerator {
    /** The largest seed accepted (18 digits). */
    public static final long MAX_SEED = 999_999_999_999_999_999L;
    private static final double[] RATES = {0.1, 0.25, 0.5, 1.0};
    private static final Pattern SHAPE = Pattern.compile("\\d{1,2}(-\\d{1,2})+");
    private static final Pattern ID = Pattern.compile(Exercise.GENERATED_PREFIX + "-(\\d{1,2}(?:-\\d{1,2})+)-(\\d{1,18})");
    private static final List<String> ASK = List.of("loss", "net", "out", "derivative", "delta", "weightUpdates",
            "biasUpdates", "newWeights", "newBiases");

    private ExerciseGenerator() {
    }

    /** The exercise for {@code seed} (0 to {@link #MAX_SEED}) and layer sizes {@code sizes}. */
    public static Exercise generate(long seed, int[] sizes) {
        if (seed < 0 || seed > MAX_SEED) {
            throw new InvalidInput("seed", "seed must be a whole number from 0 to " + MAX_SEED);
        }
        String wrong = checkSizes(sizes);
        if (wrong != null) {
            throw new InvalidInput("shape", wrong);
        }
        SplitMix64 rnd = new SplitMix64(seed);
        List<Layer> layers = new ArrayList<>();
        for (int l = 1; l < sizes.length; l++) {
            int rows = sizes[l];
            int cols = sizes[l - 1];
            double[][] w = new double[rows][cols];
            double[] b = new double[rows];
            for (int j = 0; j < rows; j++) {
                for (int i = 0; i < cols; i++) {
                    w[j][i] = (rnd.nextInt(2) == 0 ? 1 : -1) * (1 + rnd.nextInt(10)) / 10.0;
                }
                b[j] = (rnd.nextInt(11) - 5) / 10.0;
            }
            layers.add(new Layer(Matrix.of(w), Vec.of(b), Activation.SIGMOID));
        }
        Vec x = Vec.generate(sizes[0], i -> (1 + rnd.nextInt(10)) / 10.0);
        Vec d = Vec.generate(sizes[sizes.length - 1], k -> (1 + rnd.nextInt(19)) / 20.0);
        double eta = RATES[rnd.nextInt(RATES.length)];
        Problem problem = new Problem(new Network(layers, 1.0), x, d, eta);
        String shape = shape(sizes);
        LocalText title = LocalText.of("generated.title", shape, Long.toString(seed));
        LocalText instructions = LocalText.of("generated.instructions", Double.toString(eta));
        return new Exercise(Exercise.GENERATED_PREFIX + "-" + shape + "-" + seed, title, instructions, problem,
                Ask.parse(ASK, problem.network()), Exercise.DEFAULT_DECIMALS, Tolerance.DEFAULT, "");
    }

    /**
     * Layer sizes from a shape such as {@code 2-2-1}: 2 to {@link Limits#MAX_LAYERS} layers (input
     * included) of 1 to {@link Limits#MAX_UNITS} units.
     *
     * @throws InvalidInput at "shape", with a sentence, when the shape is not one
     */
    public static int[] sizes(String shape) {
        String expected = "shape must be layer sizes joined by '-', like 2-2-1: from 2 to " + Limits.MAX_LAYERS
                + " layers of 1 to " + Limits.MAX_UNITS + " units";
        if (shape == null || shape.length() > 64 || !SHAPE.matcher(shape).matches()) {
            throw new InvalidInput("shape", expected + (shape == null ? "" : ", got '" + abbreviate(shape) + "'"));
        }
        int[] sizes = Arrays.stream(shape.split("-")).mapToInt(Integer::parseInt).toArray();
        String wrong = checkSizes(sizes);
        if (wrong != null) {
            throw new InvalidInput("shape", expected + ", got '" + shape + "': " + wrong);
        }
        return sizes;
    }

    /**
     * The exercise a seed and a shape make, both as a visitor typed them (a null shape is 2-2-1).
     *
     * @throws InvalidInput at "seed" or "shape", with a sentence naming what is wrong
     */
    public static Exercise fromRequest(String seedText, String shape) {
        String range = "seed must be a whole number from 0 to " + MAX_SEED;
        if (seedText == null || seedText.isEmpty()) {
            throw new InvalidInput("seed", range + ", e.g. a student number; it is missing");
        }
        if (!seedText.matches("\\d{1,18}")) {
            throw new InvalidInput("seed", range + ", got '" + abbreviate(seedText) + "'");
        }
        return generate(Long.parseLong(seedText), sizes(shape == null ? "2-2-1" : shape));
    }

    /** The generated exercise an id such as {@code random-2-2-1-42} names, if it names one. */
    public static Optional<Exercise> fromId(String id) {
        Matcher m = ID.matcher(id);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(generate(Long.parseLong(m.group(2)), sizes(m.group(1))));
        } catch (InvalidInput e) {
            return Optional.empty();
        }
    }

    /** Why a worksheet cannot hold this shape (beyond the API's limits or the form's boxes), or null. */
    private static String checkSizes(int[] sizes) {
        if (sizes.length < 2 || sizes.length > Limits.MAX_LAYERS
                || Arrays.stream(sizes).anyMatch(n -> n < 1 || n > Limits.MAX_UNITS)) {
            return "a network needs 2 to " + Limits.MAX_LAYERS + " layers of 1 to " + Limits.MAX_UNITS
                    + " units, got " + Arrays.toString(sizes);
        }
        if (Limits.parameters(sizes) > Limits.MAX_FORM_PARAMETERS) {
            return "shape " + shape(sizes) + " has " + Limits.parameters(sizes)
                    + " weights and biases; a worksheet takes at most " + Limits.MAX_FORM_PARAMETERS;
        }
        return null;
    }

    private static String shape(int[] sizes) {
        return Arrays.stream(sizes).mapToObj(Integer::toString).collect(Collectors.joining("-"));
    }

    private static String abbreviate(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "…";
    }
}
