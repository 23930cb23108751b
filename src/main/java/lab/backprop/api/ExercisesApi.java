package lab.backprop.api;

import io.javalin.http.Context;
import java.util.Map;
import lab.backprop.exercises.Exercise;
import lab.backprop.exercises.ExerciseCatalog;
import lab.backprop.exercises.ExerciseGenerator;
import lab.backprop.problem.InvalidRequest;

/**
 * GET /api/exercises (the list), /api/exercises/{id} (one, authored or generated) and
 * /api/exercises/random?seed=N&amp;shape=2-2-1 (a generated variant).
 */
public final class ExercisesApi {
    private final ExerciseCatalog catalog;

    public ExercisesApi(ExerciseCatalog catalog) {
        this.catalog = catalog;
    }

    public void list(Context ctx) {
        ctx.json(Map.of("exercises", catalog.all().stream().map(ExerciseView.Summary::of).toList()));
    }

    public void one(Context ctx) {
        String id = ctx.pathParam("id");
        if (!Exercise.ID.matcher(id).matches()) {
            throw InvalidRequest.badRequest("an exercise id is 1 to 64 lower-case letters, digits or hyphens");
        }
        Exercise e = catalog.find(id).or(() -> ExerciseGenerator.fromId(id))
                .orElseThrow(() -> new InvalidRequest(404, "there is no exercise '" + id + "'"));
        ctx.json(ExerciseView.of(e));
    }

    public void random(Context ctx) {
        long seed = seed(ctx.queryParam("seed"));
        String shape = ctx.queryParam("shape");
        int[] sizes;
        try {
            sizes = ExerciseGenerator.sizes(shape == null ? "2-2-1" : shape);
        } catch (IllegalArgumentException e) {
            throw InvalidRequest.badRequest(e.getMessage());
        }
        ctx.json(ExerciseView.of(ExerciseGenerator.generate(seed, sizes)));
    }

    private static long seed(String text) {
        String range = "seed must be a whole number from 0 to " + ExerciseGenerator.MAX_SEED;
        if (text == null || text.isEmpty()) {
            throw InvalidRequest.badRequest(range + ", e.g. a student number; it is missing");
        }
        if (!text.matches("\\d{1,18}")) {
            String shown = text.length() <= 20 ? text : text.substring(0, 20) + "…";
            throw InvalidRequest.badRequest(range + ", got '" + shown + "'");
        }
        return Long.parseLong(text);
    }
}
