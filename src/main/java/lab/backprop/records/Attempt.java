package lab.backprop.records;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import lab.backprop.exercises.Cell;
import lab.backprop.exercises.Marking;
import lab.backprop.i18n.Lang;

/**
 * One handed-in attempt, as stored: who, which exercise (an authored id, or a generated one that
 * names its seed and shape, random-2-2-1-42), the n-th attempt of that student at it, when, the
 * language the marks were written in, every typed answer by field, and the marking as the student saw it.
 */
public record Attempt(long id, Student student, String exerciseId, int attemptNo, Instant handedInAt, Lang lang,
                      Map<String, String> answers, Marking marking) {
    public Attempt {
        answers = Map.copyOf(answers);
    }

    /** The share of asked cells that are correct or follow through, 0 to 1 (0 when nothing was asked). */
    public double score() {
        return score(marking.summary());
    }

    static double score(Marking.Summary s) {
        return s.total() == 0 ? 0 : (double) (s.correct() + s.followThrough()) / s.total();
    }

    public List<Cell> cells() {
        return marking.cells();
    }
}
