package lab.backprop.exercises;

import java.util.List;
import java.util.Map;
import lab.backprop.notation.Quantity;

/**
 * A student's answers to one step. A quantity that is not present (a null {@link Given}, or no entry
 * in a layer's map) was not asked and yields no cells; a present quantity yields one cell per entry,
 * blanks included.
 *
 * @param loss      E before the step, or null when not asked
 * @param lossAfter E after the step, or null when not asked
 * @param layers    the answers for each non-input layer in order; may be shorter than the network
 */
public record Answers(Given loss, Given lossAfter, List<Map<Quantity, Given>> layers) {
    public Answers {
        layers = layers.stream().map(Map::copyOf).toList();
    }

    /** What was given for quantity q of layer l, or null when it was not asked. */
    public Given get(int l, Quantity q) {
        return l < layers.size() ? layers.get(l).get(q) : null;
    }
}
