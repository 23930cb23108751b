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
 * @param questions the answers to the exercise's questions by id (a choice's is the chosen option's
 *                  0-based index); a question without an entry was not asked
 */
public record Answers(Given loss, Given lossAfter, List<Map<Quantity, Given>> layers, Map<String, Given> questions) {
    public Answers {
        layers = layers.stream().map(Map::copyOf).toList();
        questions = questions == null ? Map.of() : Map.copyOf(questions);
    }

    /** Answers to the tables only. */
    public Answers(Given loss, Given lossAfter, List<Map<Quantity, Given>> layers) {
        this(loss, lossAfter, layers, Map.of());
    }

    /** What was given for quantity q of layer l, or null when it was not asked. */
    public Given get(int l, Quantity q) {
        return l < layers.size() ? layers.get(l).get(q) : null;
    }
}
