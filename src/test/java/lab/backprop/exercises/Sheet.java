package lab.backprop.exercises;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import lab.backprop.notation.Quantity;

/** Builds {@link Answers} for tests: {@code Sheet.of(2).vector(1, DELTA, -0.1385, 0.0381).answers()}. */
final class Sheet {
    private final List<Map<Quantity, Given>> layers = new ArrayList<>();
    private Given loss;
    private Given lossAfter;

    private Sheet(int layerCount) {
        for (int l = 0; l < layerCount; l++) {
            layers.add(new EnumMap<>(Quantity.class));
        }
    }

    static Sheet of(int layerCount) {
        return new Sheet(layerCount);
    }

    Sheet loss(Double value) {
        loss = Given.scalar(value);
        return this;
    }

    Sheet lossAfter(Double value) {
        lossAfter = Given.scalar(value);
        return this;
    }

    Sheet vector(int l, Quantity q, Double... values) {
        layers.get(l).put(q, Given.vector(values));
        return this;
    }

    Sheet matrix(int l, Quantity q, Double[][] rows) {
        layers.get(l).put(q, Given.matrix(rows));
        return this;
    }

    Answers answers() {
        return new Answers(loss, lossAfter, layers);
    }
}
