package lab.backprop.exercises;

import java.util.List;
import java.util.regex.Pattern;
import lab.backprop.problem.Problem;

/**
 * One worked exercise: a network problem (exactly what /api/backprop takes), which of its quantities
 * the student fills in, how many decimals the tables show, and the tolerance the answers are marked
 * with.
 *
 * @param id           unique, lower-case letters, digits and hyphens, at most 64 characters
 * @param title        the title in Korean and English
 * @param instructions what to do, in Korean and English
 * @param problem      the network at time t, one example and η
 * @param ask          the quantities to fill in
 * @param decimals     decimals to show in the tables (0 to 10)
 * @param tolerance    the marking tolerance
 * @param lesson       the slug of the lesson it practises, or "" for none
 * @param questions    questions beside the tables (a choice or a short number), in order; often none
 */
public record Exercise(String id, LocalText title, LocalText instructions, Problem problem, Ask ask, int decimals,
                       Tolerance tolerance, String lesson, List<Question> questions) {
    /** What an exercise id may look like. */
    public static final Pattern ID = Pattern.compile("[a-z0-9-]{1,64}");
    /** Ids starting with this are reserved for generated exercises (and /api/exercises/random). */
    public static final String GENERATED_PREFIX = "random";
    /** Decimals shown when a file does not say. */
    public static final int DEFAULT_DECIMALS = 4;
    public static final int MAX_DECIMALS = 10;
    /** What a lesson slug may look like. */
    public static final Pattern LESSON = Pattern.compile("[a-z0-9-]{1,64}");

    public Exercise {
        lesson = lesson == null ? "" : lesson;
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** An exercise of tables only, without questions. */
    public Exercise(String id, LocalText title, LocalText instructions, Problem problem, Ask ask, int decimals,
                    Tolerance tolerance, String lesson) {
        this(id, title, instructions, problem, ask, decimals, tolerance, lesson, List.of());
    }

    /** Whether the file names a lesson this exercise practises. */
    public boolean hasLesson() {
        return !lesson.isEmpty();
    }
}
