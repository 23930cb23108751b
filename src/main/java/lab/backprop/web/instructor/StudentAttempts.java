package lab.backprop.web.instructor;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import lab.backprop.exercises.Exercise;
import lab.backprop.exercises.ExerciseCatalog;
import lab.backprop.records.Attempt;
import lab.backprop.web.exercises.Worksheet;

/** A student's attempts as the student saw them: each stored marking laid on its exercise's worksheet. */
final class StudentAttempts {
    private final ExerciseCatalog exercises;

    StudentAttempts(ExerciseCatalog exercises) {
        this.exercises = exercises;
    }

    /** One attempt and its marked worksheet (null when the exercise is no longer in the catalog). */
    record Shown(Attempt attempt, Exercise exercise, Worksheet sheet, String handedIn) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    List<Shown> of(List<Attempt> attempts) {
        return attempts.stream().map(a -> {
            Optional<Exercise> e = exercises.findOrGenerate(a.exerciseId());
            Worksheet sheet = e.map(x -> Worksheet.of(x, x.problem().step(), a.answers()::get, a.marking(), null, null))
                    .orElse(null);
            return new Shown(a, e.orElse(null), sheet, TIME.format(a.handedInAt().atZone(ZoneId.systemDefault())));
        }).toList();
    }
}
