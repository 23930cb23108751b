package lab.backprop.exercises;

import java.util.List;
import java.util.regex.Pattern;
import lab.backprop.engine.Network;
import lab.backprop.engine.StepTrace;
import lab.backprop.problem.Problem;

/**
 * A question beside the tables: a short numeric answer ({@link Kind#NUMBER}: the value of a named
 * {@link Measure}) or a choice among named quantities ({@link Kind#CHOICE}: which one is picked by
 * {@link Pick}, e.g. the hidden unit with the largest |δ_j|). The answer key always comes from the
 * engine. A choice is answered and marked as the 0-based index of the chosen option.
 *
 * @param id      1-32 of a-z 0-9 -, unique in the exercise; the answer's key and its path questions.&lt;id&gt;
 * @param kind    number or choice
 * @param text    the question in both languages (Markdown with $…$ TeX), or null when a /api/check
 *                request leaves it out
 * @param answer  what a number question asks for (null for a choice)
 * @param choices the options of a choice, in the order shown (empty for a number)
 * @param pick    which option is right (null for a number)
 * @param source  the measures as written (the answer, or each choice), for the API to send back
 */
public record Question(String id, Kind kind, LocalText text, Measure answer, List<Measure> choices, Pick pick,
                       List<String> source) {
    /** What a question id may look like (short enough for a records path). */
    public static final Pattern ID = Pattern.compile("[a-z0-9-]{1,32}");

    public Question {
        choices = List.copyOf(choices);
        source = List.copyOf(source);
    }

    /** The two kinds of question. */
    public enum Kind {
        NUMBER("number"), CHOICE("choice");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** How a choice's right option is found among the options' values. */
    public enum Pick {
        LARGEST("largest"), SMALLEST("smallest"), LARGEST_MAGNITUDE("largestMagnitude"),
        SMALLEST_MAGNITUDE("smallestMagnitude");

        private final String id;

        Pick(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** The index of the picked value (the first one on a tie). */
        int of(double[] values) {
            int best = 0;
            for (int n = 1; n < values.length; n++) {
                if (better(values[n], values[best])) {
                    best = n;
                }
            }
            return best;
        }

        private boolean better(double a, double b) {
            return switch (this) {
                case LARGEST -> a > b;
                case SMALLEST -> a < b;
                case LARGEST_MAGNITUDE -> Math.abs(a) > Math.abs(b);
                case SMALLEST_MAGNITUDE -> Math.abs(a) < Math.abs(b);
            };
        }
    }

    public boolean isChoice() {
        return kind == Kind.CHOICE;
    }

    /** The right answer: the measure's value, or the index of the picked choice. */
    public double expected(Problem p, StepTrace truth) {
        if (!isChoice()) {
            return answer.value(p, truth);
        }
        return pick.of(choices.stream().mapToDouble(c -> c.value(p, truth)).toArray());
    }

    /** The symbol of each option (δ₁, δ₂), or of the one answer of a number question. */
    public List<String> symbols(Network network) {
        return isChoice() ? choices.stream().map(c -> c.symbol(network)).toList() : List.of(answer.symbol(network));
    }

    /** The symbol of the answer box: the answer's symbol, or the options' joined (δ₁ / δ₂), or the id if long. */
    public String symbol(Network network) {
        String joined = String.join(" / ", symbols(network));
        return joined.length() <= 32 ? joined : id;
    }
}
