package lab.backprop.web.lessons;

import java.util.ArrayList;
import java.util.List;
import lab.backprop.engine.Activation;
import lab.backprop.notation.Captions;
import lab.backprop.web.Numbers;
import lab.backprop.web.Table;

/** The activation lesson's table: g(a) and g'(a) = k·g(a)(1 − g(a)) at a few points, for the chosen k. */
public final class SigmoidTables {
    static final double[] POINTS = {-6, -4, -2, -1, 0, 1, 2, 4, 6};

    private SigmoidTables() {
    }

    public static Table of(double k) {
        List<Table.Row> rows = new ArrayList<>();
        for (int n = 0; n < POINTS.length; n++) {
            double a = POINTS[n];
            double y = Activation.SIGMOID.apply(a, k);
            rows.add(new Table.Row("a = " + Numbers.exact(a), List.of(
                    new Table.Cell("g", n + 1, 0, y, null),
                    new Table.Cell("gprime", n + 1, 0, Activation.SIGMOID.derivative(a, y, k), null))));
        }
        return new Table("sigmoid", 0, Captions.SIGMOID,
                List.of("g(a)", "g'(a)"), rows);
    }
}
