package lab.backprop.lessons;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import lab.backprop.engine.GradientCheck;
import lab.backprop.engine.LayerTrace;
import lab.backprop.engine.Vec;
import lab.backprop.lessons.QuotedNumbersTest.Ctx;
import lab.backprop.lessons.QuotedNumbersTest.Q;
import lab.backprop.lessons.QuotedNumbersTest.Quote;

/**
 * The quoted formulas of lessons 10–14 (beyond the slides), for {@link QuotedNumbersTest}: networks with
 * two outputs or two hidden layers, so quantities are named by layer ({@code at}), and the gradient check's
 * nudged losses come from {@link GradientCheck} on the lesson's preset.
 */
final class BeyondTheSlidesQuotes {
    private BeyondTheSlidesQuotes() {
    }

    /** Entry j of a quantity of non-input layer l of this lesson's step. */
    static Q at(String name, int l, Function<LayerTrace, Vec> quantity, int j) {
        return new Q(name, c -> quantity.apply(c.step().layers().get(l)).get(j));
    }

    /** Entry [j][i] of layer l's weights (i = -1: the bias). */
    static Q weight(String name, int l, int j, int i) {
        return new Q(name, c -> {
            LayerTrace t = c.step().layers().get(l);
            return i < 0 ? t.biases().get(j) : t.weights().get(j, i);
        });
    }

    /** A quantity of another lesson's preset step. */
    static Q of(String folder, Q q) {
        return new Q(folder + ": " + q.name(), c -> q.value().applyAsDouble(QuotedNumbersTest.ctx(folder)));
    }

    /** Nudging w₁₁ (output layer, unit 1, from hidden unit 1) of this lesson's preset by ±ε. */
    static Q check(String name, double eps, ToDoubleFunction<GradientCheck> part) {
        return new Q(name + " (ε = " + eps + ")", c -> part.applyAsDouble(GradientCheck.of(c.problem().network(),
                c.problem().input(), c.problem().target(), 1, 0, 0, eps)));
    }

    static Q constant(String name, double value) {
        return new Q(name, c -> value);
    }

    static Q meanAbsDelta(int l) {
        return new Q("mean |delta| of layer " + l, c -> {
            Vec delta = c.step().layers().get(l).delta();
            double sum = 0;
            for (int j = 0; j < delta.size(); j++) {
                sum += Math.abs(delta.get(j));
            }
            return sum / delta.size();
        });
    }

    static Q times(Q a, Q b) {
        return QuotedNumbersTest.times(a, b);
    }

    static Q neg(Q a) {
        return new Q("-" + a.name(), c -> -a.value().applyAsDouble(c));
    }

    // 2-2-2 (lesson 11) and 2-2-2-1 (lesson 12): layer 0 is the first hidden layer.
    static final Q G_U1 = at("g'(u_1)", 0, LayerTrace::derivative, 0);
    static final Q G_U2 = at("g'(u_2)", 0, LayerTrace::derivative, 1);
    static final Q DELTA_1 = at("Delta_1", 1, LayerTrace::delta, 0);
    static final Q DELTA_2 = at("Delta_2", 1, LayerTrace::delta, 1);
    static final Q W11 = weight("w_11", 1, 0, 0);
    static final Q W21 = weight("w_21", 1, 1, 0);
    static final Q W12 = weight("w_12", 1, 0, 1);
    static final Q W22 = weight("w_22", 1, 1, 1);
    static final Q X1 = QuotedNumbersTest.X1;
    static final Q EXAMPLE_DELTA1 = of("04-feed-forward", QuotedNumbersTest.DELTA1);
    static final String VANISHING = "09-vanishing-derivative";

    static Quote both(String tex, Q... numbers) {
        return QuotedNumbersTest.both(tex, numbers);
    }

    static final Map<String, List<Quote>> QUOTES = Map.of(
            "10-gradient-check", List.of(
                    both("\\partial E/\\partial w_{11} = -\\Delta z_1 = -0.1056 \\times 0.6106 = -0.0645",
                            QuotedNumbersTest.DE_DA, QuotedNumbersTest.Z1, check("dE/dw_11", 1e-5, GradientCheck::analytic)),
                    both("w_{11} = 0.6", QuotedNumbersTest.w(1, 1)),
                    both("E_+ = 0.0927330", check("E+", 1e-5, GradientCheck::lossPlus)),
                    both("w_{11} = 0.60001", check("w + eps", 1e-5, g -> g.weight() + g.epsilon())),
                    both("E_- = 0.0927343", check("E-", 1e-5, GradientCheck::lossMinus)),
                    both("w_{11} = 0.59999", check("w - eps", 1e-5, g -> g.weight() - g.epsilon())),
                    both("E_+ - E_- = -1.2896 \\times 10^{-6}", check("E+ - E-", 1e-5, g -> g.lossPlus() - g.lossMinus())),
                    both("-0.0645", check("estimate", 1e-5, GradientCheck::estimate)),
                    both("-0.0644799107", check("estimate", 1e-5, GradientCheck::estimate)),
                    both("1.0 \\times 10^{-12}", check("|difference|", 1e-5, g -> Math.abs(g.difference()))),
                    both("\\Delta = (d - y)\\,g'(a) = 0.1056", QuotedNumbersTest.BIG_DELTA),
                    both("-0.0635", check("estimate", 1, GradientCheck::estimate)),
                    both("9.6 \\times 10^{-4}", check("|difference|", 1, g -> Math.abs(g.difference()))),
                    both("5.2 \\times 10^{-5}", check("|difference|", 1e-13, g -> Math.abs(g.difference())))),
            "11-two-outputs", List.of(
                    both("w_{21} = 0.3", W21), both("w_{22} = 0.8", W22), both("w_{20} = -0.2", weight("w_20", 1, 1, -1)),
                    both("d = (1.0,\\ 0.0)", new Q("d_1", c -> c.step().target().get(0)), new Q("d_2", c -> c.step().target().get(1))),
                    both("x = (1.0,\\ 0.5)", X1, QuotedNumbersTest.X2),
                    both("z_1 = 0.6106", at("z_1", 0, LayerTrace::out, 0)), both("z_2 = 0.5744", at("z_2", 0, LayerTrace::out, 1)),
                    both("y_1 = 0.5693", at("y_1", 1, LayerTrace::out, 0)), both("y_2 = 0.6089", at("y_2", 1, LayerTrace::out, 1)),
                    both("E = 0.2781", QuotedNumbersTest.E),
                    both("\\Delta_1 = (d_1 - y_1)\\,g'(a_1) = 0.4307 \\times 0.2452 = 0.1056",
                            at("d_1 - y_1", 1, LayerTrace::error, 0), at("g'(a_1)", 1, LayerTrace::derivative, 0), DELTA_1),
                    both("\\Delta_2 = (d_2 - y_2)\\,g'(a_2) = -0.6089 \\times 0.2381 = -0.1450",
                            at("d_2 - y_2", 1, LayerTrace::error, 1), at("g'(a_2)", 1, LayerTrace::derivative, 1), DELTA_2),
                    both("\\delta_1 = g'(u_1)\\,(w_{11}\\Delta_1 + w_{21}\\Delta_2) = 0.2378 \\times (0.0634 + (-0.0435)) = 0.2378 \\times 0.0199 = 0.0047",
                            G_U1, times(W11, DELTA_1), times(W21, DELTA_2), G_U1, at("back-sum 1", 0, LayerTrace::error, 0),
                            at("delta_1", 0, LayerTrace::delta, 0)),
                    both("\\delta_1 = 0.0151", EXAMPLE_DELTA1), both("0.0151", EXAMPLE_DELTA1),
                    both("\\delta_2 = g'(u_2)\\,(w_{12}\\Delta_1 + w_{22}\\Delta_2) = 0.2445 \\times ((-0.0528) + (-0.1160)) = -0.0413",
                            G_U2, times(W12, DELTA_1), times(W22, DELTA_2), at("delta_2", 0, LayerTrace::delta, 1)),
                    both("-\\Delta_1 w_{11}\\,g'(u_1)\\,x_1 = -0.1056 \\times 0.6 \\times 0.2378 \\times 1.0 = -0.0151",
                            neg(DELTA_1), W11, G_U1, X1, neg(times(times(times(DELTA_1, W11), G_U1), X1))),
                    both("-\\Delta_2 w_{21}\\,g'(u_1)\\,x_1 = 0.1450 \\times 0.3 \\times 0.2378 \\times 1.0 = 0.0103",
                            neg(DELTA_2), W21, G_U1, X1, neg(times(times(times(DELTA_2, W21), G_U1), X1))),
                    both("\\partial E/\\partial v_{11} = -0.0151 + 0.0103 = -0.0047",
                            neg(times(times(times(DELTA_1, W11), G_U1), X1)), neg(times(times(times(DELTA_2, W21), G_U1), X1)),
                            new Q("dE/dv_11", c -> c.step().layers().get(0).gradWeights().get(0, 0)))),
            "12-two-hidden-layers", twoHiddenLayers(),
            "13-graph-and-matrix", List.of(
                    both("W^\\top \\Delta = (0.0199,\\ -0.1688)", of("11-two-outputs", at("back-sum 1", 0, LayerTrace::error, 0)),
                            of("11-two-outputs", at("back-sum 2", 0, LayerTrace::error, 1)))),
            "14-starting-weights", List.of(
                    both("0.3", QuotedNumbersTest.v(1, 1)), both("z_1 = z_2 = 0.6106", QuotedNumbersTest.Z2),
                    both("w_{11} = w_{12} = 0.3", QuotedNumbersTest.w(1, 2)),
                    both("\\delta_1 = \\delta_2 = 0.0071", QuotedNumbersTest.DELTA2),
                    both("v_{11}(t+1) = v_{21}(t+1) = 0.3035", new Q("v_21(t+1)", c -> c.hidden().newWeights().get(1, 0))),
                    both("0.31", constant("a suggested weight", 0.31)),
                    both("y = 0.9975", of(VANISHING, QuotedNumbersTest.Y)), both("d = 0.0", of(VANISHING, QuotedNumbersTest.D)),
                    both("\\Delta = -0.0025", of(VANISHING, QuotedNumbersTest.BIG_DELTA)),
                    both("\\Delta = d - y = -0.9975", of(VANISHING, QuotedNumbersTest.ERROR)),
                    both("-0.0025", of(VANISHING, QuotedNumbersTest.BIG_DELTA))));

    /** Lesson 12's 2-2-2-1 network: layer 0 is h, layer 1 is j, layer 2 the output k. */
    private static List<Quote> twoHiddenLayers() {
        Q delta = at("Delta", 2, LayerTrace::delta, 0);
        Q gA = at("g'(a)", 2, LayerTrace::derivative, 0);
        Q gJ1 = at("g'(u_j=1)", 1, LayerTrace::derivative, 0);
        Q gH1 = at("g'(u_h=1)", 0, LayerTrace::derivative, 0);
        Q deltaJ1 = at("delta_j=1", 1, LayerTrace::delta, 0);
        Q deltaJ2 = at("delta_j=2", 1, LayerTrace::delta, 1);
        return List.of(
                both("w_{11} = 0.7", weight("w_11", 2, 0, 0)), both("w_{12} = -0.4", weight("w_12", 2, 0, 1)),
                both("w_{10} = 0.1", weight("w_10", 2, 0, -1)), both("d = 1.0", QuotedNumbersTest.D),
                both("\\Delta = (d - y)\\,g'(a) = 0.4366 \\times 0.2460 = 0.1074", at("d - y", 2, LayerTrace::error, 0), gA, delta),
                both("\\delta_{j=1} = g'(u_{j=1})\\,w_{11}\\Delta = 0.2452 \\times 0.7 \\times 0.1074 = 0.0184",
                        gJ1, weight("w_11", 2, 0, 0), delta, deltaJ1),
                both("\\delta_{j=2} = g'(u_{j=2})\\,w_{12}\\Delta = 0.2381 \\times (-0.4) \\times 0.1074 = -0.0102",
                        at("g'(u_j=2)", 1, LayerTrace::derivative, 1), weight("w_12", 2, 0, 1), delta, deltaJ2),
                both("\\delta_{h=1} = g'(u_{h=1}) \\sum_j v_{j1}\\,\\delta_j = 0.2378 \\times (0.6 \\times 0.0184 + 0.3 \\times (-0.0102)) "
                        + "= 0.2378 \\times 0.0080 = 0.0019", gH1, weight("v_11 (j from h)", 1, 0, 0), deltaJ1,
                        weight("v_21 (j from h)", 1, 1, 0), deltaJ2, gH1, at("back-sum h=1", 0, LayerTrace::error, 0),
                        at("delta_h=1", 0, LayerTrace::delta, 0)),
                both("\\delta_{h=2} = g'(u_{h=2}) \\sum_j v_{j2}\\,\\delta_j = 0.2445 \\times (-0.0174) = -0.0043",
                        at("g'(u_h=2)", 0, LayerTrace::derivative, 1), at("back-sum h=2", 0, LayerTrace::error, 1),
                        at("delta_h=2", 0, LayerTrace::delta, 1)),
                both("g'(a)\\,g'(u_{j=1})\\,g'(u_{h=1}) = 0.2460 \\times 0.2452 \\times 0.2378 = 0.0143",
                        gA, gJ1, gH1, times(times(gA, gJ1), gH1)),
                both("(\\frac{1}{4})^3 \\approx 0.0156", constant("(1/4)^3", 0.015625)),
                both("|\\Delta| = 0.1074 \\;\\to\\; \\overline{|\\delta_j|} = 0.0143 \\;\\to\\; \\overline{|\\delta_h|} = 0.0031",
                        meanAbsDelta(2), meanAbsDelta(1), meanAbsDelta(0)),
                both("0.0043", new Q("the largest |dE/dv_hi|", c -> {
                    LayerTrace t = c.step().layers().get(0);
                    double max = 0;
                    for (int j = 0; j < t.out().size(); j++) {
                        max = Math.max(max, Math.abs(t.gradBiases().get(j)));
                        for (int i = 0; i < t.input().size(); i++) {
                            max = Math.max(max, Math.abs(t.gradWeights().get(j, i)));
                        }
                    }
                    return max;
                })),
                both("\\partial E/\\partial w_{11} = -0.0611", new Q("dE/dw_11", c -> c.step().output().gradWeights().get(0, 0))));
    }
}
