package lab.backprop.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import lab.backprop.engine.Activation;
import lab.backprop.problem.Fields;
import lab.backprop.problem.InvalidInput;
import lab.backprop.problem.Limits;

/**
 * GET /api/activation?name=sigmoid&k=1&from=-6&to=6&points=121: g and g' sampled on a grid, computed
 * by the engine, for the plots of the activation lesson.
 */
public final class ActivationHandler implements Handler {
    static final int MAX_POINTS = 1001;

    /** The samples: a, g(a) and g'(a). */
    public record View(String name, double k, double[] a, double[] g, double[] derivative) {
    }

    @Override
    public void handle(Context ctx) {
        String name = ctx.queryParam("name") == null ? "sigmoid" : ctx.queryParam("name");
        Activation g = Activation.byId(name).orElseThrow(() -> new InvalidInput("name",
                "name is '" + name + "', expected one of sigmoid, tanh, relu, linear"));
        double k = query(ctx, "k", 1, 0, Limits.MAX_SLOPE);
        double from = query(ctx, "from", -6, -100, 100);
        double to = query(ctx, "to", 6, -100, 100);
        int points = (int) query(ctx, "points", 121, 2, MAX_POINTS);
        if (to <= from) {
            throw new InvalidInput("to", "to must be greater than from");
        }
        double[] a = new double[points];
        double[] y = new double[points];
        double[] dy = new double[points];
        for (int n = 0; n < points; n++) {
            a[n] = from + (to - from) * n / (points - 1);
            y[n] = g.apply(a[n], k);
            dy[n] = g.derivative(a[n], y[n], k);
        }
        ctx.json(new View(g.id(), k, a, y, dy));
    }

    /** A query number in (min, max] for k, else [min, max]; absent means the default. */
    private static double query(Context ctx, String key, double fallback, double min, double max) {
        String text = ctx.queryParam(key);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        double v;
        try {
            v = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput(key, key + " must be a number, not '" + text + "'");
        }
        boolean ok = Double.isFinite(v) && v <= max && (key.equals("k") ? v > min : v >= min);
        if (!ok) {
            throw new InvalidInput(key, key + " must be " + (key.equals("k") ? "greater than " : "at least ")
                    + Fields.format(min) + " and at most " + Fields.format(max) + ", got " + text);
        }
        return v;
    }
}
