package lab.backprop.exercises;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The loaded exercises, in the order of their file names, found by id. */
public final class ExerciseCatalog {
    private final Map<String, Exercise> byId = new LinkedHashMap<>();

    /** A catalog of these exercises; their ids must be distinct. */
    public ExerciseCatalog(List<Exercise> exercises) {
        for (Exercise e : exercises) {
            if (byId.putIfAbsent(e.id(), e) != null) {
                throw new IllegalArgumentException("duplicate exercise id '" + e.id() + "'");
            }
        }
    }

    public List<Exercise> all() {
        return List.copyOf(byId.values());
    }

    /** The exercises that name {@code slug} as the lesson they practise, in file-name order. */
    public List<Exercise> forLesson(String slug) {
        return byId.values().stream().filter(e -> e.lesson().equals(slug)).toList();
    }

    public Optional<Exercise> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The loaded exercise with this id, or else the generated one it names (random-2-2-1-42). */
    public Optional<Exercise> findOrGenerate(String id) {
        return find(id).or(() -> ExerciseGenerator.fromId(id));
    }
}
