package lab.backprop.exercises;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lab.backprop.engine.Network;
import lab.backprop.notation.Quantity;

/**
 * Which quantities of a step the student fills in: the loss before and after the step, and a set of
 * {@link Quantity} per non-input layer.
 */
public record Ask(boolean loss, boolean lossAfter, List<Set<Quantity>> layers) {
    private static final Pattern ENTRY = Pattern.compile("(?:(hidden|output|layers\\[(\\d+)])\\.)?([A-Za-z]+)");

    public Ask {
        layers = layers.stream().map(Set::copyOf).toList();
    }

    /** Whether quantity q of layer l is asked. */
    public boolean asks(int l, Quantity q) {
        return layers.get(l).contains(q);
    }

    /**
     * Reads the entries of an exercise's {@code ask} list against its network. Each entry is
     * {@code loss}, {@code lossAfter}, or a quantity key ({@code net}, {@code delta}, ...) for every
     * layer, optionally limited to {@code hidden.}, {@code output.} or {@code layers[N].} (N counted
     * from 0 over the non-input layers), e.g. {@code output.delta}.
     *
     * @throws IllegalArgumentException naming the first entry that is not understood
     */
    public static Ask parse(List<String> entries, Network network) {
        int count = network.layers().size();
        boolean loss = false;
        boolean lossAfter = false;
        List<Set<Quantity>> layers = new ArrayList<>();
        for (int l = 0; l < count; l++) {
            layers.add(EnumSet.noneOf(Quantity.class));
        }
        for (String entry : entries) {
            if (entry.equals("loss")) {
                loss = true;
                continue;
            }
            if (entry.equals("lossAfter")) {
                lossAfter = true;
                continue;
            }
            Matcher m = ENTRY.matcher(entry);
            Quantity q = m.matches() ? Quantity.byKey(m.group(3)).orElse(null) : null;
            if (q == null) {
                throw new IllegalArgumentException("ask entry '" + entry + "' is not loss, lossAfter or a quantity"
                        + " (net, out, derivative, delta, gradWeights, gradBiases, weightUpdates, biasUpdates,"
                        + " newWeights, newBiases), optionally prefixed by hidden., output. or layers[N].");
            }
            String scope = m.group(1);
            int only = m.group(2) == null ? -1 : layerIndex(entry, m.group(2), count);
            if ("hidden".equals(scope) && count == 1) {
                throw new IllegalArgumentException("ask entry '" + entry + "' asks for hidden layers, but the"
                        + " network has none");
            }
            for (int l = 0; l < count; l++) {
                boolean output = l == count - 1;
                boolean in = scope == null
                        || scope.equals("output") && output
                        || scope.equals("hidden") && !output
                        || l == only;
                if (in) {
                    layers.get(l).add(q);
                }
            }
        }
        return new Ask(loss, lossAfter, layers);
    }

    private static int layerIndex(String entry, String digits, int count) {
        int l = digits.length() > 2 ? Integer.MAX_VALUE : Integer.parseInt(digits);
        if (l >= count) {
            throw new IllegalArgumentException("ask entry '" + entry + "' names a layer the network does not"
                    + " have: its non-input layers are numbered 0 to " + (count - 1));
        }
        return l;
    }

    /** Whether nothing at all is asked. */
    public boolean isEmpty() {
        return !loss && !lossAfter && layers.stream().allMatch(Set::isEmpty);
    }
}
