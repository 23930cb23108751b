package lab.backprop.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lab.backprop.content.ContentRoot;
import lab.backprop.engine.Backprop;
import lab.backprop.engine.LayerTrace;
import lab.backprop.engine.StepTrace;
import lab.backprop.i18n.Lang;
import lab.backprop.problem.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every number the example lessons quote in their formulas is the engine's. For each lesson the table
 * below lists each quoted formula with the quantities its numbers name, in order; the test computes
 * one step of the lesson's preset with {@link Backprop#step}, checks that each formula occurs in the
 * page's Markdown and that each of its numbers equals the engine's value rounded to the digits shown,
 * and checks that no formula with a decimal number on the page is missing from the table.
 */
class QuotedNumbersTest {

    /** What a quoted number may refer to: this lesson's step, its problem, and the shared example's step. */
    record Ctx(Problem problem, StepTrace step, StepTrace example) {
        LayerTrace hidden() {
            return step.layers().get(0);
        }

        LayerTrace out() {
            return step.output();
        }

        double eta() {
            return problem.learningRate();
        }
    }

    /** A named quantity of the example. */
    record Q(String name, ToDoubleFunction<Ctx> value) {
    }

    /** A formula as it appears in the Markdown, the quantities of its numbers, and the languages it is in. */
    record Quote(String tex, List<Q> numbers, Set<Lang> langs) {
    }

    // The quantities, named as in the lessons.
    static final Q X1 = q("x_1", c -> c.problem().input().get(0));
    static final Q X2 = q("x_2", c -> c.problem().input().get(1));
    static final Q D = q("d", c -> c.problem().target().get(0));
    static final Q ETA = q("eta", Ctx::eta);
    static final Q Z1 = q("z_1", c -> c.hidden().out().get(0));
    static final Q Z2 = q("z_2", c -> c.hidden().out().get(1));
    static final Q U1 = q("u_1", c -> c.hidden().net().get(0));
    static final Q U2 = q("u_2", c -> c.hidden().net().get(1));
    static final Q G_U1 = q("g'(u_1)", c -> c.hidden().derivative().get(0));
    static final Q G_U2 = q("g'(u_2)", c -> c.hidden().derivative().get(1));
    static final Q DELTA1 = q("delta_1", c -> c.hidden().delta().get(0));
    static final Q DELTA2 = q("delta_2", c -> c.hidden().delta().get(1));
    static final Q A = q("a", c -> c.out().net().get(0));
    static final Q Y = q("y", c -> c.out().out().get(0));
    static final Q G_A = q("g'(a)", c -> c.out().derivative().get(0));
    static final Q ERROR = q("d - y", c -> c.out().error().get(0));
    static final Q BIG_DELTA = q("Delta", c -> c.out().delta().get(0));
    static final Q DE_DA = q("dE/da", c -> -c.out().delta().get(0));
    static final Q E = q("E", c -> c.step().loss());
    static final Q E_AFTER = q("E(t+1)", c -> c.step().lossAfter());
    static final Q Y_AFTER = q("y(t+1)", c -> c.step().outAfter().get(0));

    static Q v(int j, int i) {
        return q("v_" + j + i, c -> i == 0 ? c.hidden().biases().get(j - 1) : c.hidden().weights().get(j - 1, i - 1));
    }

    static Q w(int k, int j) {
        return q("w_" + k + j, c -> j == 0 ? c.out().biases().get(k - 1) : c.out().weights().get(k - 1, j - 1));
    }

    static Q dv(int j, int i) {
        return q("Delta v_" + j + i,
                c -> i == 0 ? c.hidden().biasUpdates().get(j - 1) : c.hidden().weightUpdates().get(j - 1, i - 1));
    }

    static Q dw(int k, int j) {
        return q("Delta w_" + k + j,
                c -> j == 0 ? c.out().biasUpdates().get(k - 1) : c.out().weightUpdates().get(k - 1, j - 1));
    }

    static Q times(Q a, Q b) {
        return q(a.name() + " * " + b.name(), c -> a.value().applyAsDouble(c) * b.value().applyAsDouble(c));
    }

    /** The quoted formulas of each lesson folder: lessons 04–09 here, lessons 10–14 in {@link BeyondTheSlidesQuotes}. */
    static final Map<String, List<Quote>> QUOTES = merged(Map.of(
            "04-feed-forward", List.of(
                    both("x = (1.0,\\ 0.5)", X1, X2), both("d = 1.0", D), both("\\eta = 0.5", ETA),
                    both("v_{11} = 0.5", v(1, 1)), both("v_{12} = -0.3", v(1, 2)), both("v_{21} = 0.2", v(2, 1)),
                    both("v_{22} = 0.4", v(2, 2)), both("v_{10} = 0.1", v(1, 0)), both("v_{20} = -0.1", v(2, 0)),
                    both("w_{11} = 0.6", w(1, 1)), both("w_{12} = -0.5", w(1, 2)), both("w_{10} = 0.2", w(1, 0))),
            "05-error-backpropagation", List.of(),
            "06-error-signals", List.of(
                    both("x = (1.0, 0.5)", X1, X2), both("d = 1.0", D),
                    both("z_1 = 0.6106", Z1), both("z_2 = 0.5744", Z2), both("y = 0.5693", Y),
                    both("g'(a) = y(1-y) = 0.2452", G_A),
                    both("\\Delta = (1.0 - 0.5693) \\times 0.2452 = 0.4307 \\times 0.2452 = 0.1056",
                            D, Y, G_A, ERROR, G_A, BIG_DELTA),
                    both("\\partial E/\\partial a = -0.1056", DE_DA),
                    both("\\delta_1 = g'(u_1)\\,w_{11}\\Delta = 0.2378 \\times (0.6 \\times 0.1056) = 0.2378 \\times 0.0634 = 0.0151",
                            G_U1, w(1, 1), BIG_DELTA, G_U1, times(w(1, 1), BIG_DELTA), DELTA1),
                    both("\\delta_2 = g'(u_2)\\,w_{12}\\Delta = 0.2445 \\times (-0.5 \\times 0.1056) = 0.2445 \\times (-0.0528) = -0.0129",
                            G_U2, w(1, 2), BIG_DELTA, G_U2, times(w(1, 2), BIG_DELTA), DELTA2)),
            "07-weight-update", List.of(
                    both("\\eta = 0.5", ETA), both("\\Delta = 0.1056", BIG_DELTA),
                    both("\\delta_1 = 0.0151", DELTA1), both("\\delta_2 = -0.0129", DELTA2),
                    both("\\Delta w_{11} = \\eta(d - y) \\cdot g'(a) \\cdot z_1 = 0.2153 \\times 0.2452 \\times 0.6106 = 0.0322",
                            times(ETA, ERROR), G_A, Z1, dw(1, 1)),
                    both("\\Delta w_{12} = 0.0303", dw(1, 2)), both("\\Delta w_{10} = \\eta\\Delta = 0.0528", dw(1, 0)),
                    both("\\Delta v_{11} = \\eta\\,\\delta_1 x_1 = 0.0075", dv(1, 1)), both("\\Delta v_{12} = 0.0038", dv(1, 2)),
                    both("\\Delta v_{21} = -0.0065", dv(2, 1)), both("\\Delta v_{22} = -0.0032", dv(2, 2)),
                    both("\\Delta v_{10} = 0.0075", dv(1, 0)), both("\\Delta v_{20} = -0.0065", dv(2, 0)),
                    in(Lang.KO, "y = 0.5693 \\to 0.5923", Y, Y_AFTER), in(Lang.KO, "E = 0.0927 \\to 0.0831", E, E_AFTER),
                    in(Lang.EN, "y = 0.5693", Y), in(Lang.EN, "0.5923", Y_AFTER),
                    in(Lang.EN, "E = 0.0927", E), in(Lang.EN, "0.0831", E_AFTER)),
            "09-vanishing-derivative", List.of(
                    both("x = (1.0, 0.5)", X1, X2), both("d = 0.0", D),
                    both("u_1 = 8.0000", U1), both("u_2 = -7.5000", U2), both("a = 5.9956", A), both("y = 0.9975", Y),
                    both("d - y = -0.9975", ERROR), both("E = 0.4975", E),
                    in(Lang.KO, "g'(a) = 0.0025", G_A), in(Lang.EN, "0.0025", G_A),
                    both("\\Delta = -0.0025", BIG_DELTA), both("w_{11}(t+1) - w_{11}(t) = -0.0012", dw(1, 1)),
                    both("g'(u_1) = 0.0003", G_U1), both("g'(u_2) = 0.0006", G_U2),
                    both("\\delta_1 \\approx -4.1 \\times 10^{-6}", DELTA1), both("\\delta_2 \\approx 6.8 \\times 10^{-6}", DELTA2),
                    // Not this lesson's network: lesson 07's output derivative, a bound, and a suggestion.
                    both("g'(a) = 0.2452", q("lesson 07's g'(a)", c -> c.example().output().derivative().get(0))),
                    both("(\\frac{1}{4})^{10} \\approx 9.5 \\times 10^{-7}", q("(1/4)^10", c -> Math.pow(0.25, 10))),
                    both("\\pm 0.5", q("a suggested weight", c -> 0.5)))), BeyondTheSlidesQuotes.QUOTES);

    private static Map<String, List<Quote>> merged(Map<String, List<Quote>> a, Map<String, List<Quote>> b) {
        Map<String, List<Quote>> all = new java.util.HashMap<>(a);
        all.putAll(b);
        return Map.copyOf(all);
    }

    static Stream<Arguments> pages() {
        return QUOTES.keySet().stream().sorted()
                .flatMap(folder -> Stream.of(Lang.values()).map(lang -> Arguments.of(folder, lang)));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("pages")
    void everyQuotedNumberIsTheEnginesRoundedToTheDigitsShown(String folder, Lang lang) throws IOException {
        String markdown = Files.readString(ContentRoot.builtIn().resolve("lessons/" + folder + "/" + lang.code() + ".md"));
        Ctx ctx = ctx(folder);
        List<Quote> quotes = QUOTES.get(folder).stream().filter(q -> q.langs().contains(lang)).toList();
        List<String> wrong = new ArrayList<>();
        for (Quote quote : quotes) {
            assertThat(markdown).as("%s (%s) quotes", folder, lang.code()).contains("$" + quote.tex() + "$");
            List<BigDecimal> shown = numbers(quote.tex());
            assertThat(shown).as("the numbers of «%s»", quote.tex()).hasSameSizeAs(quote.numbers());
            for (int n = 0; n < shown.size(); n++) {
                Q q = quote.numbers().get(n);
                BigDecimal engine = BigDecimal.valueOf(q.value().applyAsDouble(ctx)).setScale(shown.get(n).scale(), RoundingMode.HALF_UP);
                if (engine.compareTo(shown.get(n)) != 0) {
                    wrong.add(String.format("%s (%s): «%s» shows %s for %s, the engine gives %s",
                            folder, lang.code(), quote.tex(), shown.get(n).toPlainString(), q.name(), engine.toPlainString()));
                }
            }
        }
        assertThat(wrong).withFailMessage(String.join("\n", wrong)).isEmpty();
        Set<String> listed = new LinkedHashSet<>(quotes.stream().map(Quote::tex).toList());
        assertThat(formulasWithDecimals(markdown)).as("formulas of %s (%s) with a number that this test does not check",
                folder, lang.code()).isSubsetOf(listed);
    }

    /** What a quoted number of a lesson folder may refer to. */
    static Ctx ctx(String folder) {
        Problem p = problem(folder);
        return new Ctx(p, p == null ? null : step(p), step(problem("04-feed-forward")));
    }

    /**
     * Lessons whose numbers this test cannot compute yet: lesson 01's delta rule and lesson 08's sigmoid
     * table are not a network step.
     */
    static final Set<String> NOT_A_NETWORK_STEP = Set.of("01-multilayer-perceptron", "08-activation-derivative");

    @org.junit.jupiter.api.Test
    void everyLessonThatQuotesADecimalNumberIsChecked() throws IOException {
        for (Lesson lesson : LESSONS.lessons()) {
            String folder = String.format("%02d-%s", lesson.order(), lesson.slug());
            if (NOT_A_NETWORK_STEP.contains(folder)) {
                continue;
            }
            for (Lang lang : Lang.values()) {
                String markdown = Files.readString(ContentRoot.builtIn().resolve("lessons/" + folder + "/" + lang.code() + ".md"));
                if (!formulasWithDecimals(markdown).isEmpty()) {
                    assertThat(QUOTES).as("%s (%s) quotes numbers", folder, lang.code()).containsKey(folder);
                }
            }
        }
    }

    /** The lesson's preset network problem, or null when it has none. */
    private static Problem problem(String folder) {
        Lesson lesson = LESSONS.lessons().stream().filter(l -> folder.endsWith("-" + l.slug())).findFirst().orElseThrow();
        return lesson.preset() == null ? null : lesson.preset().problem();
    }

    private static StepTrace step(Problem p) {
        return Backprop.step(p.network(), p.input(), p.target(), p.learningRate());
    }

    static final LessonLoader.Result LESSONS = new LessonLoader().load(ContentRoot.builtIn());

    private static final Pattern SUBSCRIPT = Pattern.compile("_\\{[^{}]*}|_[A-Za-z0-9]");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])(-?\\d+\\.\\d+)(\\s*\\\\times\\s*10\\^\\{(-?\\d+)})?");
    private static final Pattern MATH = Pattern.compile("\\$\\$(.+?)\\$\\$|\\$([^$\\n]+?)\\$", Pattern.DOTALL);

    /** The decimal numbers of a formula in order, a "m × 10^{e}" read as one number with m's digits. */
    static List<BigDecimal> numbers(String tex) {
        List<BigDecimal> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(SUBSCRIPT.matcher(tex).replaceAll(""));
        while (m.find()) {
            BigDecimal mantissa = new BigDecimal(m.group(1));
            out.add(m.group(3) == null ? mantissa : mantissa.scaleByPowerOfTen(Integer.parseInt(m.group(3))));
        }
        return out;
    }

    /** Every formula of the Markdown that holds a decimal number. */
    static List<String> formulasWithDecimals(String markdown) {
        List<String> out = new ArrayList<>();
        Matcher m = MATH.matcher(markdown);
        while (m.find()) {
            String tex = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            if (!numbers(tex).isEmpty()) {
                out.add(tex);
            }
        }
        return out;
    }

    private static Q q(String name, ToDoubleFunction<Ctx> value) {
        return new Q(name, value);
    }

    static Quote both(String tex, Q... numbers) {
        return new Quote(tex, List.of(numbers), Set.of(Lang.values()));
    }

    private static Quote in(Lang lang, String tex, Q... numbers) {
        return new Quote(tex, List.of(numbers), Set.of(lang));
    }
}
