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
     * forward); otherwise incorrect, with the mistake whose value the answer matches most closely among
     * those that differ from the recomputation by more than the tolerance.
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

    /**
     * The mistake whose value the answer is closest to, among those within tolerance of it that differ
     * from the right recomputation by more than the tolerance; on a tie the first in order. Two slips
     * can land within the tolerance of each other (g′ taken at y and the updated weights, in a hidden
     * δ); the student's rounded answer is still nearest the one they made.
     */
    private Diagnosis diagnose(double given, double right, List<Mistake> mistakes) {
        Mistake best = null;
        for (Mistake m : mistakes) {
            boolean distinct = !tolerance.accepts(m.value(), right);
            if (distinct && tolerance.accepts(given, m.value())
                    && (best == null || Math.abs(given - m.value()) < Math.abs(given - best.value()))) {
                best = m;
            }
        }
        return best == null ? null : best.diagnosis();
    }
}
