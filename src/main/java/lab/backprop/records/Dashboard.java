package lab.backprop.records;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import lab.backprop.exercises.Diagnosis;
import lab.backprop.exercises.Status;
import org.jdbi.v3.core.Jdbi;

/** The instructor's numbers, computed by the database from the stored attempts. */
public final class Dashboard {
    /** Anonymous examples shown for one diagnosis. */
    public static final int EXAMPLES = 20;

    private final Jdbi jdbi;

    public Dashboard(Records records) {
        this.jdbi = records.jdbi();
    }

    /** The gradebook, rows by student number, columns by exercise id; a student's name is the latest given. */
    public Gradebook gradebook() {
        return jdbi.withHandle(h -> {
            Map<String, String> names = new HashMap<>();
            h.createQuery("SELECT student_number, student_name FROM attempt ORDER BY handed_in_ms, id")
                    .map((rs, ctx) -> names.put(rs.getString(1), rs.getString(2))).list();
            Map<String, Map<String, Gradebook.Score>> byStudent = new LinkedHashMap<>();
            TreeSet<String> exercises = new TreeSet<>();
            h.createQuery("SELECT a.student_number, a.exercise_id, COUNT(*) AS attempts, MAX(a.score) AS best, "
                            + "(SELECT b.score FROM attempt b WHERE b.student_number = a.student_number "
                            + "AND b.exercise_id = a.exercise_id ORDER BY b.attempt_no DESC LIMIT 1) AS latest "
                            + "FROM attempt a GROUP BY a.student_number, a.exercise_id "
                            + "ORDER BY a.student_number, a.exercise_id")
                    .map((rs, ctx) -> {
                        exercises.add(rs.getString("exercise_id"));
                        return byStudent.computeIfAbsent(rs.getString("student_number"), n -> new HashMap<>())
                                .put(rs.getString("exercise_id"), new Gradebook.Score(rs.getInt("attempts"),
                                        rs.getDouble("best"), rs.getDouble("latest")));
                    }).list();
            List<Gradebook.Row> rows = new ArrayList<>();
            byStudent.forEach((number, scores) ->
                    rows.add(new Gradebook.Row(new Student(names.get(number), number), scores)));
            return new Gradebook(List.copyOf(exercises), rows);
        });
    }

    /** The class's mistakes at one exercise. */
    public Mistakes mistakes(String exerciseId) {
        return jdbi.withHandle(h -> {
            int attempts = h.createQuery("SELECT COUNT(*) FROM attempt WHERE exercise_id = :e")
                    .bind("e", exerciseId).mapTo(Integer.class).one();
            int students = h.createQuery("SELECT COUNT(DISTINCT student_number) FROM attempt WHERE exercise_id = :e")
                    .bind("e", exerciseId).mapTo(Integer.class).one();
            List<Mistakes.WrongCell> wrong = h.createQuery("SELECT c.path, c.symbol, COUNT(*) AS n "
                            + "FROM attempt_cell c JOIN attempt a ON a.id = c.attempt_id "
                            + "WHERE a.exercise_id = :e AND c.status = :incorrect "
                            + "GROUP BY c.path, c.symbol ORDER BY n DESC, c.path")
                    .bind("e", exerciseId).bind("incorrect", Status.INCORRECT.id())
                    .map((rs, ctx) -> new Mistakes.WrongCell(rs.getString(1), rs.getString(2), rs.getInt(3))).list();
            Map<Diagnosis, Mistakes.Count> counts = new EnumMap<>(Diagnosis.class);
            for (Diagnosis d : Diagnosis.values()) {
                counts.put(d, new Mistakes.Count(0, 0));
            }
            h.createQuery("SELECT c.diagnosis, COUNT(*), COUNT(DISTINCT a.student_number) "
                            + "FROM attempt_cell c JOIN attempt a ON a.id = c.attempt_id "
                            + "WHERE a.exercise_id = :e AND c.diagnosis IS NOT NULL GROUP BY c.diagnosis")
                    .bind("e", exerciseId)
                    .map((rs, ctx) -> counts.put(Records.diagnosis(rs.getString(1)),
                            new Mistakes.Count(rs.getInt(2), rs.getInt(3)))).list();
            return new Mistakes(exerciseId, attempts, students, wrong, counts);
        });
    }

    /** Up to {@link #EXAMPLES} cells with this diagnosis at this exercise, newest first, without names. */
    public List<Mistakes.Example> examples(String exerciseId, Diagnosis diagnosis) {
        return jdbi.withHandle(h -> h.createQuery("SELECT c.symbol, c.given, c.expected, c.message "
                        + "FROM attempt_cell c JOIN attempt a ON a.id = c.attempt_id "
                        + "WHERE a.exercise_id = :e AND c.diagnosis = :d "
                        + "ORDER BY a.handed_in_ms DESC, a.id DESC, c.position LIMIT " + EXAMPLES)
                .bind("e", exerciseId).bind("d", diagnosis.id())
                .map((rs, ctx) -> {
                    double given = rs.getDouble(2);
                    Double g = rs.wasNull() ? null : given;
                    return new Mistakes.Example(rs.getString(1), g, rs.getDouble(3), rs.getString(4));
                }).list());
    }
}
