package lab.backprop.records;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The class at a glance: a row per student, a column per exercise, and in each cell the best and the
 * latest score (0 to 1) and the number of attempts.
 */
public record Gradebook(List<String> exercises, List<Row> rows) {
    public Gradebook {
        exercises = List.copyOf(exercises);
        rows = List.copyOf(rows);
    }

    /** One exercise of one student. */
    public record Score(int attempts, double best, double latest) {
    }

    /** One student's scores by exercise id (an exercise not attempted is absent). */
    public record Row(Student student, Map<String, Score> scores) {
        public Row {
            scores = Map.copyOf(scores);
        }

        public Score score(String exerciseId) {
            return scores.get(exerciseId);
        }
    }

    /**
     * The rows sorted by {@code key}: "name", "number", or an exercise id (best score, highest first,
     * students without an attempt last); anything else keeps the order by number.
     */
    public Gradebook sortedBy(String key) {
        Comparator<Row> byNumber = Comparator.comparing(r -> r.student().number());
        Comparator<Row> order;
        if ("name".equals(key)) {
            order = Comparator.comparing((Row r) -> r.student().name()).thenComparing(byNumber);
        } else if (key != null && exercises.contains(key)) {
            order = Comparator.comparingDouble((Row r) -> r.score(key) == null ? -1 : r.score(key).best())
                    .reversed().thenComparing(byNumber);
        } else {
            order = byNumber;
        }
        return new Gradebook(exercises, rows.stream().sorted(order).toList());
    }
}
