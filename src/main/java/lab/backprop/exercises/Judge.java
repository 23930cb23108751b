package lab.backprop.exercises;

import java.util.List;
import lab.backprop.i18n.Lang;
import lab.backprop.notation.Quantity;

/**
 * Marks one answer against its true value and against its recomputation from the student's own
 * earlier answers (see {@link Marker} for how that recomputation is made).
 */
final class Judge {
    private final Tolerance tolerance;
    private final Lang language;

    Judge(Tolerance tolerance, Lang language) {
        this.tolerance = tolerance;
        this.language = language;
    }

    /**
     * The mark of one cell. In order: blank → missing; within tolerance of the truth → correct; within
     * tolerance of the recomputation → follow-through when some input of the recomputation is tainted
     * (came from a wrong answer), else correct (the student's correct but rounded answers carried
     * forward); otherwise incorrect, with the first mistake whose value the answer matches and that
     * differs from the recomputation by more than the tolerance.
     */
    Cell mark(String path, String symbol, Quantity quantity, Double given, double truth, double recomputed,
              boolean upstreamTainted, List<Mistake> mistakes) {
        Status status;
        Diagnosis diagnosis = null;
        if (given == null) {
            status = Status.MISSING;
        } else if (tolerance.accepts(given, truth)) {
            status = Status.CORRECT;
        } else if (tolerance.accepts(given, recomputed)) {
            status = upstreamTainted ? Status.FOLLOW_THROUGH : Status.CORRECT;
        } else {
            status = Status.INCORRECT;
            diagnosis = diagnose(given, recomputed, mistakes);
        }
        return new Cell(path, symbol, given, truth, status, diagnosis,
                Messages.of(status, diagnosis, quantity, language));
    }

    private Diagnosis diagnose(double given, double right, List<Mistake> mistakes) {
        for (Mistake m : mistakes) {
            boolean distinct = !tolerance.accepts(m.value(), right);
            if (distinct && tolerance.accepts(given, m.value())) {
                return m.diagnosis();
            }
        }
        return null;
    }
}
